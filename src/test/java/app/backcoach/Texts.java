package app.backcoach;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.stream.IntStream;

import static org.quicktheories.generators.SourceDSL.integers;

/** Text a person might type, or paste, for the property-based tests (QuickTheories) of the services' input rules. */
public final class Texts {

    /** Every character that Java's {@code isBlank} and {@code strip} treat as white space. */
    public static final List<Character> WHITESPACE = IntStream.rangeClosed(0, Character.MAX_VALUE)
            .filter(Character::isWhitespace).mapToObj(c -> (char) c).toList();

    private Texts() {
    }

    /** Empty, or white space only: spaces, tabs, line breaks, the Unicode spaces. */
    public static Gen<String> blank() {
        return ofChars(Generate.pick(WHITESPACE), 0, 20);
    }

    /**
     * Any text of {@code min} to {@code max} characters (Java's count, UTF-16 units), its length spread evenly
     * over that range: mostly printable ASCII, and any character of the Basic Multilingual Plane (control
     * characters, lone surrogates, combining marks, right-to-left letters), emoji and other characters beyond
     * it, and white space anywhere.
     */
    public static Gen<String> any(int min, int max) {
        Gen<Integer> codePoint = Generate.frequency(
                Pair.of(12, integers().between(' ', '~')),
                Pair.of(4, integers().between(0, Character.MAX_VALUE)),
                Pair.of(1, integers().between(0x1F300, 0x1FAFF)),
                Pair.of(1, integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)),
                Pair.of(2, Generate.pick(WHITESPACE).map(c -> (int) c)));
        // the length first, evenly from min to max (and the limits themselves), then the characters
        Gen<Integer> lengths = integers().between(min, max);
        Gen<String> texts = in -> {
            int length = lengths.generate(in);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                int next = codePoint.generate(in);
                if (Character.charCount(next) > length - text.length()) {
                    // one unit left: the high half of the pair alone (a lone surrogate) rather than more
                    next = Character.highSurrogate(next);
                }
                text.appendCodePoint(next);
            }
            return text.toString();
        };
        return texts.describedAs(Texts::shown);
    }

    /** {@link #any} without the characters no database stores (NUL, half a surrogate pair). */
    public static Gen<String> storable(int min, int max) {
        return any(min, max).assuming(app.backcoach.base.StoredText::storable);
    }

    /** {@link #storable} and not blank. */
    public static Gen<String> storableNotBlank(int min, int max) {
        return storable(min, max).assuming(text -> !text.isBlank());
    }

    /** Text of up to {@code max} characters with a NUL or half a surrogate pair in it. */
    public static Gen<String> unstorable(int max) {
        Gen<Character> odd = Generate.pick(List.of('\u0000', '\uD83D', '\uDE00'));
        return any(0, max - 1).zip(odd, integers().between(0, 1000), (text, c, at) -> {
            int place = at % (text.length() + 1);
            return text.substring(0, place) + c + text.substring(place);
        }).assuming(text -> !text.isBlank() && !app.backcoach.base.StoredText.storable(text)).describedAs(Texts::shown);
    }

    /** Any text of {@code min} to {@code max} characters that is not blank. */
    public static Gen<String> notBlank(int min, int max) {
        return any(min, max).assuming(text -> !text.isBlank());
    }

    /** Text that is not blank and longer than {@code max} characters: up to about {@code 4 * max + 40}. */
    public static Gen<String> longerThan(int max) {
        return notBlank(1, 40).zip(integers().between(max + 1, 4 * max), (text, length) -> {
            StringBuilder longer = new StringBuilder(text);
            while (longer.length() < length) {
                longer.append(text);
            }
            return longer.toString();
        }).describedAs(Texts::shown);
    }

    /** Text of {@code min} to {@code max} characters, each from {@code chars}. */
    public static Gen<String> ofChars(Gen<Character> chars, int min, int max) {
        Gen<Integer> lengths = integers().between(min, max);
        Gen<String> texts = in -> {
            int length = lengths.generate(in);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.generate(in).charValue());
            }
            return text.toString();
        };
        return texts.describedAs(Texts::shown);
    }

    /** Text of {@code min} to {@code max} characters, each one of {@code chars}. */
    public static Gen<String> ofChars(String chars, int min, int max) {
        return ofChars(Generate.pick(chars.chars().mapToObj(c -> (char) c).toList()), min, max);
    }

    /** Text of {@code min} to {@code max} characters from {@code first} to {@code last}. */
    public static Gen<String> ofChars(char first, char last, int min, int max) {
        return ofChars(Generate.characters(first, last), min, max);
    }

    /**
     * A text as a failure report shows it: in quotes, with its length, and every character outside printable
     * ASCII as a {@code \}{@code uXXXX} escape (white space, control characters and surrogates are otherwise
     * invisible, or break the report).
     */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"') {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04x", (int) c));
            }
        }
        return shown.append("\" (").append(text.length()).append(" characters)").toString();
    }
}
