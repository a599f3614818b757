package app.backcoach.base;

/**
 * Whether a text can be stored as written on every database BackCoach runs on. PostgreSQL's UTF-8 text has
 * no NUL character and no half of a surrogate pair (H2 would keep both); neither comes from a person typing
 * in a browser, so a text with one is refused, not changed.
 */
public final class StoredText {

    private StoredText() {
    }

    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
