package app.backcoach.settings;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class UserSettingsServiceTest {

    @Autowired
    UserSettingsService settings;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void cuesAreOnUntilThePersonMutesThem() {
        SignedIn.as(TestAccounts.create(accounts, "anna"));
        assertThat(settings.cuesMuted()).isFalse();

        settings.setCuesMuted(true);
        assertThat(settings.cuesMuted()).isTrue();

        settings.setCuesMuted(false);
        assertThat(settings.cuesMuted()).isFalse();
    }

    @Test
    void onePersonsSettingDoesNotChangeAnothers() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(TestAccounts.create(accounts, "bert"));
        settings.setCuesMuted(true);

        SignedIn.as(anna);

        assertThat(settings.cuesMuted()).isFalse();
    }

    @Test
    void aValidLanguageTagLongerThanTheLocaleColumnIsIgnoredNotAnError() {
        SignedIn.as(TestAccounts.create(accounts, "anna"));
        String longTag = "en-GB-x-aaaaaaaa-bbbbbbbb-cccccccc-dd";
        assertThat(longTag).hasSize(UserSettings.LOCALE_MAX_LENGTH + 2);

        settings.rememberBrowser("Europe/Berlin", longTag);

        assertThat(settings.preferences().locale()).isEqualTo(java.util.Locale.UK);
        assertThat(settings.preferences().zone()).hasToString("Europe/Berlin");
        settings.rememberBrowser("Europe/Berlin", "de-DE");
        assertThat(settings.preferences().locale().toLanguageTag()).isEqualTo("de-DE");
    }
}
