package app.backcoach.security.ui;

import app.backcoach.base.Languages;
import app.backcoach.base.ui.StylesWithoutBlocking;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;

/**
 * The sign-in page as a plain HTML page, complete in Vaadin's page shell, that starts no Vaadin client
 * (decision 31): the form is in the page's own HTML (the same markup as {@link LoginView}, in the browser's
 * language, with the failure message after {@code ?error}) and the browser posts it to Spring Security itself.
 * On a slow phone it can be used as soon as it is shown, and nothing has to load, start or ask the server for
 * the page first; its stylesheets do not hold its first paint, and the name field gets the focus once they are
 * applied ({@link StylesWithoutBlocking}). Its own script ("Show password") is in the page; besides it only Vaadin's small inline snippets
 * of the page shell and the service worker's registration remain.
 *
 * <p>Only for a full page load of {@code /login} by someone not signed in (also after a session has ended: the
 * running page reloads and is sent here). {@link LoginView} stays for the rest: a move within a running page
 * (the link from the registration page), and someone signed in (whose pages are in the language chosen in My
 * account, which this page cannot know).
 */
@Component
class SignInPage implements VaadinServiceInitListener {

    /** Vaadin's client: its scripts, the element it draws into, and its bundle's preloads. */
    static final String CLIENT = "script[type=module][src], link[rel=modulepreload], #outlet";

    /** "Show password", as {@link LoginView} does it: in the browser, nothing sent. */
    static final String SCRIPT = """
            document.querySelectorAll('.reveal-password').forEach(button => button.addEventListener('click', () => {
              const input = document.getElementById(button.getAttribute('aria-controls'));
              const shown = input.type === 'text';
              input.type = shown ? 'password' : 'text';
              button.setAttribute('aria-pressed', String(!shown));
            }));""";

    private final I18NProvider translations;

    SignInPage(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::draw);
    }

    private void draw(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        if (!(request instanceof VaadinServletRequest servlet)
                || !WebSecurityConfig.LOGIN_PATH.equals(servlet.getRequestURI().substring(servlet.getContextPath().length()))
                || servlet.getUserPrincipal() != null) {
            return;
        }
        // the language LoginView gets for someone not signed in (PageLanguage)
        Locale language = Languages.forPages(null, Languages.browserChoice(Collections.list(request.getLocales())));
        Element page = new Element("main");
        SignInMarkup.Parts parts = SignInMarkup.fill(page, key -> translations.getTranslation(key, language),
                RegisterView.href());
        if (request.getParameter("error") == null) {
            parts.error().removeFromParent();
        } else {
            parts.username().setAttribute("aria-describedby", SignInMarkup.ERROR_ID);
        }
        Document document = response.getDocument();
        document.select(CLIENT).remove();
        // what PageLanguage sets through the client on every other page
        document.getElementsByTag("html").attr("lang", language.toLanguageTag());
        StylesWithoutBlocking.apply(document);
        document.title(translations.getTranslation("login.title", language) + " · "
                + translations.getTranslation("app.name", language));
        document.body().append(page.getOuterHTML());
        document.body().appendElement("script").appendChild(new DataNode(SCRIPT));
    }
}
