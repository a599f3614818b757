package app.backcoach.base.ui;

import app.backcoach.base.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void englishComesFirstSoThatABrowserOfAnotherLanguageGetsIt() {
        assertThat(translations.getProvidedLocales()).containsExactly(Languages.ENGLISH, Languages.SPANISH);
    }

    @Test
    void everySpanishLocaleReadsTheSpanishTexts() {
        for (String tag : new String[] {"es", "es-ES", "es-MX"}) {
            assertThat(translations.getTranslation("workout.pause", Locale.forLanguageTag(tag))).isEqualTo("Pausa");
            assertThat(translations.getTranslation("workout.rep", Locale.forLanguageTag(tag), 3, 10))
                    .isEqualTo("Repetición 3 de 10");
        }
    }

    @Test
    void englishAndAnyOtherLanguageReadTheEnglishTextsWhateverTheServersOwnLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.SPANISH);
            assertThat(translations.getTranslation("workout.pause", Locale.UK)).isEqualTo("Pause");
            assertThat(translations.getTranslation("workout.pause", Locale.GERMANY)).isEqualTo("Pause");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersInATextFollowTheLocale() {
        assertThat(translations.getTranslation("history.minutes", Locale.forLanguageTag("es-ES"), 15000))
                .isEqualTo("15.000 min");
        assertThat(translations.getTranslation("history.minutes", Locale.UK, 15000)).isEqualTo("15,000 min");
    }

    @Test
    void aMissingKeySaysSoInsteadOfFailing() {
        assertThat(translations.getTranslation("no.such.key", Languages.SPANISH)).isEqualTo("!es: no.such.key");
    }

    @Test
    void everyTextWithValuesReadsAsAFreshMessageFormatWritesIt() throws IOException {
        List<Object[]> values = List.of(new Object[] {1, 1, 1, 1}, new Object[] {2, 12, 3, 4},
                new Object[] {1500, 0, 25000, 7}, new Object[] {2.5, 0.5, 1.25, 3.0},
                new Object[] {"A long name", "Hold", "x", "y"}, new Object[] {new Date(1_700_000_000_000L), null, 3, "z"});
        int compared = 0;
        for (String file : new String[] {"translations.properties", "translations_es.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Locale language = file.contains("_es") ? Languages.SPANISH : Languages.ENGLISH;
            for (Locale locale : List.of(language, Locale.forLanguageTag(language.getLanguage() + "-GB"),
                    Locale.forLanguageTag(language.getLanguage() + "-MX"))) {
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    if (!pattern.contains("{")) {
                        continue;
                    }
                    for (Object[] those : values) {
                        // twice: the second call uses the format kept by the first
                        for (int call = 0; call < 2; call++) {
                            Throwable expectedFailure = catchThrowable(() -> new MessageFormat(pattern, locale).format(those));
                            if (expectedFailure == null) {
                                assertThat(translations.getTranslation(key, locale, those)).as(key + " in " + locale)
                                        .isEqualTo(new MessageFormat(pattern, locale).format(those));
                            } else {
                                assertThat(catchThrowable(() -> translations.getTranslation(key, locale, those)))
                                        .as(key + " in " + locale).isInstanceOf(expectedFailure.getClass());
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).as("texts with values compared").isGreaterThan(1_000);
    }

    @Test
    void textsWrittenAtOnceOnManyThreadsEachReadRight() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = IntStream.range(0, 4_000).<Callable<Boolean>>mapToObj(n -> () ->
                    translations.getTranslation("workout.rep", Locale.UK, n, n + 1000)
                            .equals(new MessageFormat("Rep {0} of {1}", Locale.UK).format(new Object[] {n, n + 1000})))
                    .toList();
            for (Future<Boolean> call : threads.invokeAll(calls)) {
                assertThat(call.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void formatsAreKeptForABoundedNumberOfLocales() {
        for (int n = 0; n < 200; n++) {
            Locale asked = new Locale.Builder().setLanguage("en").setRegion(String.format("%03d", n)).build();
            assertThat(translations.getTranslation("workout.rep", asked, 3, 1500)).isEqualTo("Rep 3 of 1,500");
        }
        assertThat(translations.keptLocales()).isEqualTo(Translations.KEPT_LOCALES);
    }
}
