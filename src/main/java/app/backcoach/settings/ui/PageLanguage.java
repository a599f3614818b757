package app.backcoach.settings.ui;

import app.backcoach.base.Languages;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;

/**
 * The language of every page: the one the person chose in My account, else the first one their browser asks
 * for that BackCoach speaks, else English. The page's {@code lang} follows it, and with it the voice of the
 * spoken cues, and so do the words of Vaadin's notice that the connection was lost.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    private final UserSettingsService settings;

    PageLanguage(UserSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), settings.pageLanguage(browserLocale())));
    }

    /** Shows this page, and the next ones of the session, in {@code locale}. */
    static void apply(UI ui, Locale locale) {
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // the page's language, and the words of Vaadin's connection notice (shown when the connection drops)
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                const notice = document.querySelector('vaadin-connection-indicator');
                if (notice) {
                  notice.onlineText = $1;
                  notice.offlineText = $2;
                  notice.reconnectingText = $3;
                }""", locale.toLanguageTag(), ui.getTranslation(locale, "layout.online"),
                ui.getTranslation(locale, "layout.offline"), ui.getTranslation(locale, "layout.reconnecting"));
    }

    /** The first language the browser asks for that BackCoach speaks, or its first one. */
    static Locale browserLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return null;
        }
        return Languages.browserChoice(Collections.list(request.getLocales()));
    }
}
