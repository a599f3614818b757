package app.backcoach.settings.ui;

import app.backcoach.security.CurrentUser;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * "Today" and "this week" follow the person's own time zone and language, as their browser tells them: each
 * page a signed-in person opens passes them on to their settings.
 */
@Component
class BrowserSettings implements VaadinServiceInitListener {

    private final UserSettingsService settings;
    private final CurrentUser currentUser;

    BrowserSettings(UserSettingsService settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.principal().isEmpty()) {
                return;
            }
            UI ui = init.getUI();
            Locale language = ui.getSession().getBrowser().getLocale();
            ui.getPage().retrieveExtendedClientDetails(details -> settings.rememberBrowser(details.getTimeZoneId(),
                    language == null ? null : language.toLanguageTag()));
        });
    }
}
