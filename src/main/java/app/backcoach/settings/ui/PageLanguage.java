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
 * spoken cues.
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
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
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
