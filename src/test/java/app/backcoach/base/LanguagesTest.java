package app.backcoach.base;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void aSpanishBrowserGetsSpanishWithItsOwnCountry() {
        assertThat(Languages.forPages(null, Locale.forLanguageTag("es"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.forPages(null, Locale.forLanguageTag("es-ES"))).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(Languages.forPages(null, Locale.forLanguageTag("es-MX"))).isEqualTo(Locale.forLanguageTag("es-MX"));
    }

    @Test
    void anEnglishBrowserKeepsItsCountryAndAnyOtherGetsEnglish() {
        assertThat(Languages.forPages(null, Locale.UK)).isEqualTo(Locale.UK);
        assertThat(Languages.forPages(null, Locale.GERMANY)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.forPages(null, null)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void theChosenLanguageComesBeforeTheBrowsers() {
        assertThat(Languages.forPages("es", Locale.UK)).isEqualTo(Languages.SPANISH);
        assertThat(Languages.forPages("en", Locale.forLanguageTag("es-MX"))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.forPages("es", Locale.forLanguageTag("es-AR"))).isEqualTo(Locale.forLanguageTag("es-AR"));
        assertThat(Languages.forPages("fr", Locale.forLanguageTag("es-AR"))).as("a choice BackCoach cannot keep")
                .isEqualTo(Locale.forLanguageTag("es-AR"));
    }

    @Test
    void aBrowserAskingForSeveralLanguagesGetsTheFirstOneSpoken() {
        assertThat(Languages.browserChoice(List.of(Locale.GERMANY, Locale.forLanguageTag("es-MX"), Locale.UK)))
                .isEqualTo(Locale.forLanguageTag("es-MX"));
        assertThat(Languages.browserChoice(List.of(Locale.GERMANY, Locale.FRANCE))).isEqualTo(Locale.GERMANY);
        assertThat(Languages.browserChoice(List.of())).isNull();
    }
}
