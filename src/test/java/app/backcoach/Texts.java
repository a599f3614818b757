package app.backcoach;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.util.List;
import java.util.stream.IntStream;

/** Text a person might type, or paste, for jqwik properties of the services' input rules. */
public final class Texts {

    /** Every character that Java's {@code isBlank} and {@code strip} treat as white space. */
    public static final List<Character> WHITESPACE = IntStream.rangeClosed(0, Character.MAX_VALUE)
            .filter(Character::isWhitespace).mapToObj(c -> (char) c).toList();

    private Texts() {
    }

    /** Empty, or white space only: spaces, tabs, line breaks, the Unicode spaces. */
    public static Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(chars(WHITESPACE)).ofMinLength(0).ofMaxLength(20);
    }

    /**
     * Any text of {@code min} to {@code max} characters (Java's count, UTF-16 units), its length spread evenly
     * over that range: mostly printable ASCII, and any character of the Basic Multilingual Plane (control
     * characters, lone surrogates, combining marks, right-to-left letters), emoji and other characters beyond
     * it, and white space anywhere.
     */
    public static Arbitrary<String> any(int min, int max) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(' ', '~')),
                Tuple.of(4, Arbitraries.integers().between(0, Character.MAX_VALUE)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                Tuple.of(1, Arbitraries.integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT,
                        Character.MAX_CODE_POINT)),
                Tuple.of(2, Arbitraries.of(WHITESPACE).map(c -> (int) c)));
        // the length first, evenly from min to max (and the limits themselves), then the characters
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform())
                .flatMap(length -> codePoint.list().ofSize(length))
                .map(codePoints -> {
                    StringBuilder text = new StringBuilder();
                    codePoints.forEach(text::appendCodePoint);
                    return text.length() > max ? cut(text.toString(), max) : text.toString();
                }).filter(text -> text.length() >= min);
    }

    /** Any text of {@code min} to {@code max} characters that is not blank. */
    public static Arbitrary<String> notBlank(int min, int max) {
        return any(min, max).filter(text -> !text.isBlank());
    }

    /** Text that is not blank and longer than {@code max} characters: up to about {@code 4 * max + 40}. */
    public static Arbitrary<String> longerThan(int max) {
        return Combinators.combine(notBlank(1, 40), Arbitraries.integers().between(max + 1, 4 * max))
                .as((text, length) -> {
                    StringBuilder longer = new StringBuilder(text);
                    while (longer.length() < length) {
                        longer.append(text);
                    }
                    return longer.toString();
                });
    }

    /** The first {@code max} UTF-16 units, without leaving half of a surrogate pair at the end. */
    private static String cut(String text, int max) {
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static char[] chars(List<Character> list) {
        char[] chars = new char[list.size()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = list.get(i);
        }
        return chars;
    }
}
