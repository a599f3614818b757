package app.backcoach.security;

import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.backcoach.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;


class SignInNoticeTest extends KaribuTest {

    @Test
    void theFirstPageAfterSignInTellsOnceHowManyAttemptsFailedBefore() {
        signInAsNewUser();
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailures.ATTRIBUTE, 4);

        UI.getCurrent().getPage().reload();

        // on the page the reload opened: its first navigation
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sign-in-notice")).getText()).isEqualTo(
                "Since you last signed in, there were 4 failed sign-in attempts for your account. "
                        + "If that was not you, change your password in My account.");
        UI.getCurrent().getPage().reload();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("sign-in-notice"))).as("once only").isEmpty();
    }
}
