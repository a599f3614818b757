package app.backcoach.settings;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.base.Languages;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class LanguageAndCountrySettingsTest {

    @Autowired
    UserSettingsService settings;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        SignedIn.as(TestAccounts.create(accounts, "lucia"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theChosenLanguageIsRememberedUntilThePersonGoesBackToTheBrowsers() {
        assertThat(settings.chosenLanguage()).isEmpty();

        settings.setLanguage(Locale.forLanguageTag("es-MX"));
        assertThat(settings.chosenLanguage()).contains(Languages.SPANISH);

        settings.setLanguage(null);
        assertThat(settings.chosenLanguage()).isEmpty();
    }

    @Test
    void aLanguageBackCoachDoesNotSpeakIsRefusedAndChangesNothing() {
        settings.setLanguage(Languages.SPANISH);

        assertThatThrownBy(() -> settings.setLanguage(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.chosenLanguage()).contains(Languages.SPANISH);
    }

    @Test
    void theEmergencyNumberFollowsTheCountryNotTheLanguage() {
        settings.rememberBrowser("Europe/London", "en-GB");
        settings.setLanguage(Languages.SPANISH);
        assertThat(settings.emergencyNumber()).as("the browser's country").isEqualTo("999");

        settings.setCountry("us");
        assertThat(settings.country()).isEqualTo("US");
        assertThat(settings.emergencyNumber()).isEqualTo("911");

        settings.setCountry("ES");
        settings.setLanguage(Languages.ENGLISH);
        assertThat(settings.emergencyNumber()).isEqualTo("112");

        settings.setCountry(null);
        assertThat(settings.countryChosen()).isFalse();
        assertThat(settings.emergencyNumber()).isEqualTo("999");
    }

    @Test
    void aCountryThatIsNoCountryIsRefusedAndChangesNothing() {
        settings.setCountry("GB");

        assertThatThrownBy(() -> settings.setCountry("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setCountry("Spain")).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.country()).isEqualTo("GB");
    }

    @Test
    void aPersonsOwnEmergencyNumberStandsWhateverTheCountry() {
        settings.setEmergencyNumber("061");
        settings.setCountry("US");

        assertThat(settings.emergencyNumber()).isEqualTo("061");
    }
}
