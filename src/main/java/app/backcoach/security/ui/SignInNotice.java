package app.backcoach.security.ui;

import app.backcoach.security.SignInFailures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * After a sign-in, the first page tells the person how many failed attempts there were for their account
 * since they last signed in, so that someone guessing their password does not go unnoticed.
 */
@Component
class SignInNotice implements VaadinServiceInitListener {

    private static final int NOTICE_MILLIS = 20_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            AtomicReference<Registration> once = new AtomicReference<>();
            // after the first navigation, when the page's content is in place
            once.set(ui.addAfterNavigationListener(navigation -> {
                once.get().remove();
                WrappedSession http = ui.getSession() == null ? null : ui.getSession().getSession();
                int failures = http == null ? 0 : SignInFailures.take(http::getAttribute, http::removeAttribute);
                if (failures > 0) {
                    Notification notice = Notification.show(ui.getTranslation("security.failedSignInsBefore",
                            failures), NOTICE_MILLIS, Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
            }));
        });
    }
}
