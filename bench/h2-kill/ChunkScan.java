import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.nio.file.*;
import java.util.*;
import org.h2.mvstore.*;

/** Lists store headers and every chunk header/footer physically present in an .mv.db file,
 *  then opens a copy read-only with MVStore and prints which version recovery chooses. */
public class ChunkScan {
    public static void main(String[] a) throws Exception {
        Path f = Paths.get(a[0]);
        byte[] all = Files.readAllBytes(f);
        int blocks = all.length / 4096;
        System.out.println("file " + f + " size=" + all.length + " blocks=" + blocks);
        for (int b = 0; b < 2; b++) System.out.println("storeHeader[" + b + "] " + str(all, b * 4096, 200).trim());
        List<String> rows = new ArrayList<>();
        for (int b = 2; b < blocks; b++) {
            String h = str(all, b * 4096, 200);
            if (!h.startsWith("chunk:")) continue;
            Map<String, String> m = parse(h);
            int id = Integer.parseInt(m.get("chunk"), 16);
            int len = Integer.parseInt(m.get("len"), 16);
            long ver = Long.parseLong(m.get("version"), 16);
            long next = Long.parseLong(m.getOrDefault("next", "0"), 16);
            String foot = "";
            int fe = (b + len) * 4096;
            if (fe <= all.length) foot = str(all, fe - 128, 128).trim();
            boolean ok = foot.startsWith("chunk:" + m.get("chunk") + ",");
            rows.add(String.format("block=%5d id=%6d ver=%6d len=%4d next=%5d footerOK=%s time=%s", b, id, ver, len, next, ok,
                    Long.parseLong(m.get("time"), 16)));
        }
        rows.forEach(System.out::println);
        if (a.length > 1) {
            Path copy = Paths.get(a[1]);
            Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
            MVStore s = new MVStore.Builder().fileName(copy.toString()).readOnly().open();
            System.out.println("recovery chooses version " + s.getCurrentVersion());
            s.close();
        }
    }
    static String str(byte[] a, int off, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = off; i < off + n && i < a.length; i++) { char c = (char) (a[i] & 0xff); if (c == '\n' || c == 0) break; b.append(c); }
        return b.toString();
    }
    static Map<String, String> parse(String s) {
        Map<String, String> m = new HashMap<>();
        for (String kv : s.split(",")) { int p = kv.indexOf(':'); if (p > 0) m.put(kv.substring(0, p), kv.substring(p + 1)); }
        return m;
    }
}
