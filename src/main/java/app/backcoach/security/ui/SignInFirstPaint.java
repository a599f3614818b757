package app.backcoach.security.ui;

import app.backcoach.base.Languages;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;

/**
 * The sign-in page's first paint: its HTML carries a picture of the page (the same markup, in the browser's
 * language, with the failure message after {@code ?error}; not for someone already signed in), so that a phone on a slow connection shows it at
 * once instead of a blank screen while Vaadin's client loads and asks for the page. The picture cannot be
 * used ({@code inert}, hidden from screen readers); {@link LoginView} takes its place as it is drawn, and a
 * rule in {@code styles.css} hides it as soon as any page is drawn.
 */
@Component
class SignInFirstPaint implements VaadinServiceInitListener {

    /** The picture's element in the page. */
    static final String SELECTOR = "body > .first-paint";

    private final I18NProvider translations;

    SignInFirstPaint(I18NProvider translations) {
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
                // someone signed in has pages in the language chosen in My account, which the picture cannot know
                || servlet.getUserPrincipal() != null) {
            return;
        }
        // the language LoginView gets for someone not signed in (PageLanguage)
        Locale language = Languages.forPages(null, Languages.browserChoice(Collections.list(request.getLocales())));
        Element page = new Element("main");
        SignInMarkup.Parts parts = SignInMarkup.fill(page, key -> translations.getTranslation(key, language),
                RegisterView.href(), false);
        if (request.getParameter("error") == null) {
            parts.error().removeFromParent();
        }
        response.getDocument().body().appendElement("div").addClass("first-paint").attr("inert", "")
                .attr("aria-hidden", "true").append(page.getOuterHTML());
    }
}
