package app.backcoach.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in: a plain HTML form that the browser posts to Spring Security itself, and a way to create an account.
 * It is the first page a new person meets, often on a slow phone, so it is made of native elements only
 * (decision 29). A full page load of {@code /login} by someone not signed in does not even start Vaadin's
 * client: the same form comes complete in the page's own HTML ({@link SignInPage}, decision 31); this view
 * draws it after a move within a running page (the link from the registration page) and for someone signed
 * in. The typed name and password go to the server only in the form's post, never through Vaadin's own
 * requests.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of this page, for links. */
    static String href() {
        return RouteConfiguration.forApplicationScope().getUrl(LoginView.class);
    }

    private final SignInMarkup.Parts parts;

    LoginView() {
        parts = SignInMarkup.fill(getElement(), key -> getTranslation(key), RegisterView.href());
        // in the browser: no round trip, so it works at once on a slow connection and never loses what was typed
        parts.reveal().executeJs("""
                const input = $0;
                this.addEventListener('click', () => {
                  const shown = input.type === 'text';
                  input.type = shown ? 'password' : 'text';
                  this.setAttribute('aria-pressed', String(!shown));
                });""", parts.password());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        parts.error().setVisible(failed);
        if (failed) {
            parts.username().setAttribute("aria-describedby", SignInMarkup.ERROR_ID);
        } else {
            parts.username().removeAttribute("aria-describedby");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
