package app.backcoach.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the app shows comes from the translations, every key the code uses exists there, and every
 * language has every key: English (the base file) and Spanish.
 */
class I18nKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ENGLISH = "/vaadin-i18n/translations.properties";
    private static final String SPANISH = "/vaadin-i18n/translations_es.properties";
    /** Texts that are the same word in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "safety.no");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate)\\(\\s*\"([a-zA-Z0-9_.-]+)\"|title\\s*=\\s*\"([a-zA-Z0-9_.-]+)\"|\"((?:[a-z]+\\.)+[a-zA-Z0-9]+)\"");
    private static final Pattern TEXT_LITERAL_IN_COMPONENT = Pattern.compile(
            "new (?:Span|Button|H1|H2|H3|H4|Paragraph|Div|NativeLabel|ListItem)\\(\"[^\"]*[A-Za-z][^\"]*\"");

    @Test
    void everyTranslationKeyUsedInTheCodeExistsInEnglish() throws IOException {
        Properties english = load(ENGLISH);
        Set<String> used = keysUsedInCode();

        assertThat(used).as("translation keys found in the code").isNotEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(english::containsKey);
        // a literal ending in "." is the prefix of keys completed at run time, e.g. "workout.phase." + phase
        missing.removeIf(key -> key.endsWith(".") && english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key)));
        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void everyKeyOfOneLanguageIsInTheOther() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> spanish = load(SPANISH).stringPropertyNames();

        assertThat(new TreeSet<>(difference(english, spanish))).as("keys in English but not in Spanish").isEmpty();
        assertThat(new TreeSet<>(difference(spanish, english))).as("keys in Spanish but not in English").isEmpty();
    }

    @Test
    void noSpanishTextIsEmptyOrLeftInEnglish() throws IOException {
        Properties english = load(ENGLISH);
        Properties spanish = load(SPANISH);
        Set<String> untranslated = new TreeSet<>();
        for (String key : spanish.stringPropertyNames()) {
            String es = spanish.getProperty(key);
            String en = english.getProperty(key, "");
            boolean empty = es.isBlank() && !en.isBlank();
            boolean same = !es.isBlank() && es.equals(en) && !SAME_IN_BOTH.contains(key) && hasWords(es);
            if (empty || same) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSamePlaceholders() throws IOException {
        Properties english = load(ENGLISH);
        Properties spanish = load(SPANISH);
        Set<String> differ = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key, "")))) {
                differ.add(key);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void theCheckForEnglishLeftInSpanishSeesWordsAndLetsFiguresPass() {
        assertThat(hasWords("Pause")).isTrue();
        assertThat(hasWords("{0} \u00b7 {1} \u00b7 {2}")).isFalse();
        assertThat(hasWords("{0} min {1} s")).isFalse();
    }

    @Test
    void viewsShowNoTextLiterals() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(l -> TEXT_LITERAL_IN_COMPONENT.matcher(l).find())
                            .map(l -> f + ": " + l.trim()))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    /** Whether a text holds a word, not only placeholders, figures, signs and the units "s" and "min". */
    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(" ").replaceAll("\\b(?:s|min)\\b", " ").chars()
                .anyMatch(Character::isLetter);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Properties english = load(ENGLISH);
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = KEY_IN_CODE.matcher(String.join("\n", lines(f)));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    // a dotted string literal counts as a key only in a namespace the translations use
                    if (m.group(3) == null || prefixes.stream().anyMatch(key::startsWith)) {
                        keys.add(key);
                    }
                }
            });
        }
        return keys;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
