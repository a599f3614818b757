package app.backcoach.settings.ui;

import app.backcoach.KaribuTest;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** My account's language and country, as a person sets them. */
class LanguageAndCountryTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserSettingsService settings;

    private AccountPrincipal me;

    @BeforeEach
    void openMyAccount() {
        me = signInAsNewUser();
        ui().navigate("account");
    }

    @Test
    void choosingSpanishShowsThePagesInSpanishAndIsRememberedForTheNextVisit() {
        Select<String> language = select("Language / Idioma");
        assertThat(language.getItemLabelGenerator().apply("es")).isEqualTo("Español");

        language.setValue("es");

        assertThat(ui().getLocale().getLanguage()).isEqualTo("es");
        ui().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Hoy");

        // a new visit: a fresh page, signed in as the same person
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        signIn(me);
        UI.getCurrent().navigate("account");
        assertThat(select("Idioma / Language").getValue()).isEqualTo("es");
    }

    @Test
    void goingBackToTheBrowsersLanguageForgetsTheChoice() {
        select("Language / Idioma").setValue("es");
        ui().navigate("account");

        select("Idioma / Language").setValue(LanguageAndCountry.BROWSER);

        assertThat(settings.chosenLanguage()).isEmpty();
        assertThat(ui().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void theCountryDecidesTheEmergencyNumber() {
        Select<String> country = select("Country");
        assertThat(country.getItemLabelGenerator().apply("US")).isEqualTo("United States · emergency number 911");

        country.setValue("US");

        expectNotifications("Saved. The emergency screen offers to call 911.");
        assertThat(settings.emergencyNumber()).isEqualTo("911");
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }
}
