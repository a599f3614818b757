package app.backcoach.base.ui;

import app.backcoach.base.Languages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

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
}
