import java.io.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Kill -9 durability harness for H2 (MVStore).
 *
 * Parent:  java -cp h2.jar:classes Harness parent key=value ...
 *   rounds=200 dir=db-X url=";WRITE_DELAY=0" afterCommit="" afterOpen=""
 *   parentCheck=false (parent opens+checks+closes the db after each kill)
 *   killMin=300 killMax=4000 (ms after child READY), sleepMin=50 sleepMax=800 (ms between ops)
 *   workers=2 idle=4 initRows=8000 recoverOnce=false seed=1 tag=name
 * Child: started by the parent; verifies expected.txt after open (recovery happens here,
 *   like the app restarting on the same file), then writes until killed.
 */
public class Harness {

    // ---------------------------------------------------------------- parent
    static Map<String, String> opts = new HashMap<>();
    static String opt(String k, String d) { return opts.getOrDefault(k, d); }
    static int iopt(String k, int d) { return Integer.parseInt(opt(k, "" + d)); }
    static boolean bopt(String k) { return Boolean.parseBoolean(opt(k, "false")); }

    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i++) {
            int p = args[i].indexOf('=');
            opts.put(args[i].substring(0, p), args[i].substring(p + 1));
        }
        if (args[0].equals("child")) child(); else parent();
    }

    static void parent() throws Exception {
        int rounds = iopt("rounds", 200);
        Path dir = Paths.get(opt("dir", "db"));
        Files.createDirectories(dir);
        String tag = opt("tag", dir.getFileName().toString());
        Random rnd = new Random(Long.parseLong(opt("seed", "1")));
        // expected: key "I:table:id" -> 0, "U:table:id" -> min version
        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, Long> commitTime = new HashMap<>();
        Path expFile = dir.resolve("expected.txt");
        Files.deleteIfExists(expFile);
        long totalCommitted = 0, totalMissing = 0, roundsWithLoss = 0, openFail = 0;
        List<String> lossLog = new ArrayList<>();
        long killTimeOfPrevRound = 0;
        Set<Integer> keepSnap = new HashSet<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        long t0 = System.currentTimeMillis();
        for (int r = 1; r <= rounds; r++) {
            // write expected file for the child to check
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(expFile))) {
                for (Map.Entry<String, Long> e : expected.entrySet()) w.println(e.getKey() + " " + e.getValue());
            }
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", cp, "Harness", "child"));
            for (Map.Entry<String, String> e : opts.entrySet()) cmd.add(e.getKey() + "=" + e.getValue());
            cmd.add("round=" + r);
            cmd.add("childSeed=" + rnd.nextLong());
            cmd.add("verBase=" + ((long) r * 10_000_000L));
            int killMode = rnd.nextInt(3); // 0 random time, 1 right after a commit, 2 quietMs after the last commit
            long killAfter = iopt("killMin", 300) + rnd.nextInt(iopt("killMax", 4000) - iopt("killMin", 300));
            if (killMode == 2) cmd.add("stopAfter=" + killAfter);
            boolean recoverThisRound = bopt("recoverOnce");
            if (recoverThisRound) cmd.add("recoverOpen=true");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            Process p = pb.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()));
            BlockingQueue<String[]> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try {
                    String l;
                    while ((l = in.readLine()) != null) lines.add(new String[]{l, "" + System.currentTimeMillis()});
                } catch (IOException ignore) { }
                lines.add(new String[]{"EOF", "" + System.currentTimeMillis()});
            });
            reader.setDaemon(true);
            reader.start();
            long ready = -1, lastCommit = -1;
            int committedThisRound = 0, missingThisRound = 0;
            boolean dead = false, killed = false, openFailedThisRound = false;
            long quiet = iopt("quietMs", 2000);
            int waitCommits = 1 + rnd.nextInt(8);
            while (!dead) {
                String[] ln = lines.poll(5, TimeUnit.MILLISECONDS);
                long now = System.currentTimeMillis();
                if (ln != null) {
                    String l = ln[0];
                    long ts = Long.parseLong(ln[1]);
                    if (l.equals("EOF")) { dead = true; break; }
                    String[] f = l.split(" ");
                    switch (f[0]) {
                        case "READY": ready = ts; break;
                        case "I": case "U": {
                            String key = f[0] + ":" + f[1] + ":" + f[2];
                            long v = f[0].equals("U") ? Long.parseLong(f[3]) : 0;
                            Long old = expected.get(key);
                            if (old == null || v > old) expected.put(key, v);
                            commitTime.put(key, ts);
                            committedThisRound++;
                            lastCommit = ts;
                            if (killMode == 1 && ready > 0 && now - ready >= killAfter && !killed) {
                                if (--waitCommits <= 0) { p.destroyForcibly(); killed = true; }
                            }
                            break;
                        }
                        case "MISSING": { // MISSING I:table:id expectedVer actualVer
                            String key = f[1];
                            long ct = commitTime.getOrDefault(key, 0L);
                            String msg = String.format("round %d: MISSING %s exp=%s got=%s committed %d ms before previous kill",
                                    r, key, f[2], f.length > 3 ? f[3] : "-", killTimeOfPrevRound - ct);
                            lossLog.add(msg);
                            System.out.println("[" + tag + "] " + msg);
                            if (key.startsWith("I:")) expected.remove(key); else expected.put(key, 0L);
                            missingThisRound++;
                            break;
                        }
                        case "OPENFAIL":
                            System.out.println("[" + tag + "] round " + r + ": " + l);
                            openFail++;
                            openFailedThisRound = true;
                            killed = true;
                            break;
                        case "CHECKED": case "INFO":
                            if (bopt("verbose")) System.out.println("[" + tag + "] round " + r + ": " + l);
                            break;
                        default:
                            System.out.println("[" + tag + "] child: " + l);
                    }
                }
                if (!killed && ready > 0) {
                    if (killMode == 0 && now - ready >= killAfter) { p.destroyForcibly(); killed = true; }
                    else if (killMode == 1 && now - ready >= killAfter + 10000) { p.destroyForcibly(); killed = true; }
                    else if (killMode == 2 && now - ready >= killAfter && now - Math.max(lastCommit, ready + killAfter) >= quiet) {
                        p.destroyForcibly(); killed = true;
                    } else if (killMode == 2 && now - ready >= killAfter + 15000) { p.destroyForcibly(); killed = true; }
                }
            }
            p.waitFor();
            if (bopt("snapshot")) {
                // keep a copy of the file as left by the kill (before anybody recovers it)
                Path snapDir = dir.resolve("snap");
                Files.createDirectories(snapDir);
                Files.copy(dir.resolve("app.mv.db"), snapDir.resolve("kill-" + r + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
                Path old = snapDir.resolve("kill-" + (r - 4) + ".mv.db");
                if (!keepSnap.contains(r - 4)) Files.deleteIfExists(old);
            }
            if (missingThisRound > 0) { keepSnap.add(r - 1); keepSnap.add(r - 2); }
            if (openFailedThisRound) {
                Files.move(dir.resolve("app.mv.db"), dir.resolve("app.mv.db.corrupt-round" + r));
                expected.clear();
            }
            killTimeOfPrevRound = System.currentTimeMillis();
            reader.join(1000);
            totalCommitted += committedThisRound;
            totalMissing += missingThisRound;
            if (missingThisRound > 0) roundsWithLoss++;
            if (!killed) System.out.println("[" + tag + "] round " + r + ": child exited by itself rc=" + p.exitValue());
            if (bopt("parentCheck")) {
                Map<String, String> res = check(dir, opt("checkUrl", opt("url", "")), expected, false);
                for (Map.Entry<String, String> e : res.entrySet()) {
                    String key = e.getKey();
                    long ct = commitTime.getOrDefault(key, 0L);
                    String msg = String.format("round %d (parent check): MISSING %s %s committed %d ms before kill",
                            r, key, e.getValue(), killTimeOfPrevRound - ct);
                    lossLog.add(msg);
                    System.out.println("[" + tag + "] " + msg);
                    if (key.startsWith("I:")) expected.remove(key); else expected.put(key, 0L);
                    totalMissing++;
                }
                if (!res.isEmpty()) roundsWithLoss++;
            }
            // rounds-with-loss for the child check is attributed to the previous round's kill
            if (r % 10 == 0 || r == rounds) {
                System.out.printf("[%s] after round %d: committed=%d missing=%d roundsWithLoss=%d openFail=%d size=%d elapsed=%ds%n",
                        tag, r, totalCommitted, totalMissing, roundsWithLoss, openFail, fileSize(dir),
                        (System.currentTimeMillis() - t0) / 1000);
            }
        }
        // final check of the last kill, done by the parent (recovery)
        Map<String, String> res = check(dir, opt("url", ""), expected, false);
        for (Map.Entry<String, String> e : res.entrySet()) {
            String msg = "final check: MISSING " + e.getKey() + " " + e.getValue() + " committed "
                    + (killTimeOfPrevRound - commitTime.getOrDefault(e.getKey(), 0L)) + " ms before kill";
            lossLog.add(msg);
            System.out.println("[" + tag + "] " + msg);
            totalMissing++;
        }
        if (!res.isEmpty()) roundsWithLoss++;
        String summary = String.format("RESULT tag=%s url='%s' afterCommit='%s' afterOpen='%s' parentCheck=%s rounds=%d committed=%d missing=%d roundsWithLoss=%d openFail=%d fileSize=%d elapsed=%ds",
                tag, opt("url", ""), opt("afterCommit", ""), opt("afterOpen", ""), opt("parentCheck", "false"), rounds,
                totalCommitted, totalMissing, roundsWithLoss, openFail, fileSize(dir), (System.currentTimeMillis() - t0) / 1000);
        System.out.println(summary);
        Files.writeString(Paths.get("results.txt"), summary + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.write(dir.resolve("losses.txt"), lossLog);
    }

    static long fileSize(Path dir) {
        try { return Files.size(dir.resolve("app.mv.db")); } catch (IOException e) { return -1; }
    }

    /** returns missing key -> description */
    static Map<String, String> check(Path dir, String url, Map<String, Long> expected, boolean quiet) throws Exception {
        Map<String, String> missing = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("app") + url, "sa", "")) {
            verify(c, expected, missing);
        } catch (SQLException e) {
            System.out.println("parent open failed: " + e);
        }
        return missing;
    }

    static void verify(Connection c, Map<String, Long> expected, Map<String, String> missing) throws SQLException {
        Map<String, Map<Long, Long>> tables = new HashMap<>();
        for (String key : expected.keySet()) {
            String t = key.split(":")[1];
            if (!tables.containsKey(t)) {
                Map<Long, Long> m = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, VER FROM " + t)) {
                    while (rs.next()) m.put(rs.getLong(1), rs.getLong(2));
                }
                tables.put(t, m);
            }
        }
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            String[] f = e.getKey().split(":");
            Long ver = tables.get(f[1]).get(Long.parseLong(f[2]));
            if (ver == null) missing.put(e.getKey(), e.getValue() + " null");
            else if (f[0].equals("U") && ver < e.getValue()) missing.put(e.getKey(), e.getValue() + " " + ver);
        }
    }

    // ---------------------------------------------------------------- child
    static final Object OUT = new Object();
    static void out(String s) { synchronized (OUT) { System.out.println(s); System.out.flush(); } }

    static final String[] TABLES = {"USERS", "WORKOUTS", "EXERCISES", "SETS", "SESSIONS", "AUDIT_LOG", "PLANS", "NOTES"};

    static void child() throws Exception {
        Path dir = Paths.get(opt("dir", "db"));
        String url = "jdbc:h2:file:" + dir.resolve("app") + opt("url", "");
        if (bopt("recoverOpen")) url += ";RECOVER=TRUE";
        Random rnd = new Random(Long.parseLong(opt("childSeed", "1")));
        AtomicLong ver = new AtomicLong(Long.parseLong(opt("verBase", "0")));
        int idle = iopt("idle", 4), workers = iopt("workers", 2);
        List<Connection> pool = new ArrayList<>();
        Connection first;
        try {
            first = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            out("OPENFAIL " + e.toString().replace('\n', ' '));
            System.exit(3);
            return;
        }
        pool.add(first);
        // verify what the previous rounds committed (the recovery happened in this open)
        Path expFile = dir.resolve("expected.txt");
        if (Files.exists(expFile)) {
            Map<String, Long> expected = new LinkedHashMap<>();
            for (String l : Files.readAllLines(expFile)) {
                if (l.isBlank()) continue;
                String[] f = l.split(" ");
                expected.put(f[0], Long.parseLong(f[1]));
            }
            Map<String, String> missing = new LinkedHashMap<>();
            if (!expected.isEmpty()) verify(first, expected, missing);
            for (Map.Entry<String, String> e : missing.entrySet()) out("MISSING " + e.getKey() + " " + e.getValue());
            out("CHECKED " + expected.size());
        }
        if (bopt("recoverOpen")) {
            // reopen normally after the RECOVER=TRUE open
            first.close();
            pool.clear();
            url = "jdbc:h2:file:" + dir.resolve("app") + opt("url", "");
            first = DriverManager.getConnection(url, "sa", "");
            pool.add(first);
        }
        String afterOpen = opt("afterOpen", "");
        if (!afterOpen.isEmpty()) try (Statement s = first.createStatement()) { s.execute(afterOpen); }
        createSchema(first, rnd);
        for (int i = 1; i < idle + workers + 2; i++) pool.add(DriverManager.getConnection(url, "sa", ""));
        // a long-open read transaction on one connection
        Connection holder = pool.get(1);
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM USERS")) { rs.next(); }
        // idle connections: touched once
        for (int i = 2; i < 2 + idle - 1 && i < pool.size(); i++) {
            try (Statement s = pool.get(i).createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) { rs.next(); }
        }
        out("READY");
        String afterCommit = opt("afterCommit", "");
        int sleepMin = iopt("sleepMin", 50), sleepMax = iopt("sleepMax", 800);
        ConcurrentLinkedDeque<Long> recentSets = new ConcurrentLinkedDeque<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Connection c = pool.get(pool.size() - 1 - w);
            c.setAutoCommit(false);
            Random wr = new Random(rnd.nextLong());
            Thread t = new Thread(() -> {
                try {
                    long stopAt = opts.containsKey("stopAfter") ? System.currentTimeMillis() + Long.parseLong(opt("stopAfter", "0")) : Long.MAX_VALUE;
                    while (System.currentTimeMillis() < stopAt) {
                        Thread.sleep(sleepMin + wr.nextInt(sleepMax - sleepMin));
                        doOp(c, wr, ver, afterCommit, recentSets);
                    }
                } catch (Exception e) {
                    out("ERR " + e.toString().replace('\n', ' '));
                }
            });
            t.start();
            threads.add(t);
        }
        // reader thread: reads recently committed rows on an idle connection
        Connection rc = pool.get(idle + workers > 2 ? 2 : 0);
        Thread reader = new Thread(() -> {
            Random rr = new Random(rnd.nextLong());
            try {
                while (true) {
                    Thread.sleep(50 + rr.nextInt(300));
                    Long id = recentSets.peekLast();
                    if (id == null) continue;
                    try (PreparedStatement ps = rc.prepareStatement("SELECT * FROM SETS WHERE ID=?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) { rs.next(); }
                    }
                }
            } catch (Exception e) {
                out("ERR reader " + e);
            }
        });
        reader.start();
        for (Thread t : threads) t.join();
        out("INFO workers stopped");
        Thread.sleep(Long.MAX_VALUE); // stay alive (idle app) until killed
    }

    static void createSchema(Connection c, Random rnd) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("CREATE TABLE IF NOT EXISTS " + t + "(ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "PARENT_ID BIGINT, VER BIGINT NOT NULL, NAME VARCHAR(200), PAYLOAD VARCHAR(2000), "
                        + "CREATED TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
                s.execute("CREATE INDEX IF NOT EXISTS IDX_" + t + "_PARENT ON " + t + "(PARENT_ID)");
                s.execute("CREATE INDEX IF NOT EXISTS IDX_" + t + "_NAME ON " + t + "(NAME)");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM USERS")) {
                rs.next();
                if (rs.getLong(1) > 0) return;
            }
            c.setAutoCommit(false);
            int initRows = iopt("initRows", 8000);
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + "(PARENT_ID, VER, NAME, PAYLOAD) VALUES(?,?,?,?)")) {
                    int n = t.equals("USERS") ? 50 : initRows / TABLES.length;
                    for (int i = 0; i < n; i++) {
                        ps.setLong(1, 1 + rnd.nextInt(50));
                        ps.setLong(2, 0);
                        ps.setString(3, t.toLowerCase() + "-" + rnd.nextInt(100000));
                        ps.setString(4, pad(rnd, 100 + rnd.nextInt(400)));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    static String pad(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('a' + r.nextInt(26)));
        return b.toString();
    }

    static void doOp(Connection c, Random r, AtomicLong ver, String afterCommit, Deque<Long> recentSets) throws SQLException {
        int op = r.nextInt(10);
        List<String> printed = new ArrayList<>();
        if (op < 4) {
            // insert a set row (the app's critical row), sometimes with a parent workout insert in the same tx
            String t = op == 0 ? "WORKOUTS" : "SETS";
            long id = insert(c, r, t, ver.incrementAndGet());
            printed.add("I " + t + " " + id);
            if (t.equals("SETS")) recentSets.add(id);
        } else if (op < 7) {
            // update a row (user sign-in, workout update)
            String t = op == 4 ? "USERS" : (op == 5 ? "WORKOUTS" : "SETS");
            long id;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT ID FROM " + t + " ORDER BY ID DESC LIMIT 1 OFFSET " + r.nextInt(t.equals("USERS") ? 50 : 20))) {
                if (!rs.next()) { c.rollback(); return; }
                id = rs.getLong(1);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM " + t + " WHERE ID=" + id + " FOR UPDATE")) {
                rs.next();
            }
            long v = ver.incrementAndGet(); // taken under the row lock: monotonic in commit order
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + t + " SET VER=?, PAYLOAD=? WHERE ID=?")) {
                ps.setLong(1, v);
                ps.setString(2, pad(r, 50 + r.nextInt(300)));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            printed.add("U " + t + " " + id + " " + v);
        } else if (op < 9) {
            // audit log insert + delete of old audit rows (not tracked for deletes)
            long id = insert(c, r, "AUDIT_LOG", ver.incrementAndGet());
            printed.add("I AUDIT_LOG " + id);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM SESSIONS WHERE ID IN (SELECT ID FROM SESSIONS ORDER BY ID LIMIT 2)");
                s.executeUpdate("INSERT INTO SESSIONS(PARENT_ID, VER, NAME, PAYLOAD) VALUES(1, 0, 'x', '" + pad(r, 200) + "')");
            }
        } else {
            long id = insert(c, r, "NOTES", ver.incrementAndGet());
            printed.add("I NOTES " + id);
        }
        c.commit();
        for (String p : printed) out(p);
        if (!afterCommit.isEmpty()) try (Statement s = c.createStatement()) { s.execute(afterCommit); c.commit(); }
    }

    static long insert(Connection c, Random r, String t, long v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + "(PARENT_ID, VER, NAME, PAYLOAD) VALUES(?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, 1 + r.nextInt(50));
            ps.setLong(2, v);
            ps.setString(3, t.toLowerCase() + "-" + r.nextInt(100000));
            ps.setString(4, pad(r, 50 + r.nextInt(500)));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) { rs.next(); return rs.getLong(1); }
        }
    }
}
