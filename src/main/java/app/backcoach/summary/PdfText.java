package app.backcoach.summary;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text as the PDF's standard fonts can write it (Windows-1252, as PDF's standard 14 fonts have it): a character
 * outside it shows as "?" instead of going missing without a trace.
 */
final class PdfText {

    private PdfText() {
    }

    static String safe(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            safe.append(encoder.canEncode(character) ? character : "?");
        });
        return safe.toString();
    }
}
