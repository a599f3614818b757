package app.backcoach.settings.ui;

import app.backcoach.KaribuTest;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
        assertThat(pressed()).as("the browser's language, until the person chooses").contains("As my browser");

        _click(button("Español"));

        assertThat(ui().getLocale().getLanguage()).isEqualTo("es");
        ui().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Hoy");

        // a new visit: a fresh page, signed in as the same person
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        signIn(me);
        UI.getCurrent().navigate("account");
        assertThat(_get(H1.class).getText()).isEqualTo("Mi cuenta");
        assertThat(pressed()).contains("Español").doesNotContain("English");
    }

    @Test
    void goingBackToTheBrowsersLanguageForgetsTheChoice() {
        _click(button("Español"));
        ui().navigate("account");

        _click(_find(Button.class, spec -> spec.withText("Como mi navegador")).getFirst());

        assertThat(settings.chosenLanguage()).isEmpty();
        assertThat(ui().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void theCountryDecidesTheEmergencyNumber() {
        _click(button("United States · 911"));

        expectNotifications("Saved. The emergency screen offers to call 911.");
        assertThat(settings.emergencyNumber()).isEqualTo("911");
        assertThat(pressed()).contains("United States · 911");
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static java.util.List<String> pressed() {
        return _find(Button.class).stream().filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed")))
                .map(Button::getText).toList();
    }
}
