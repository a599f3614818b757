package app.backcoach.security.ui;

import app.backcoach.security.SignInFailures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.html.Paragraph;
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
                if (failures > 0 && navigation.getActiveChain().getFirst() instanceof HasOrderedComponents page) {
                    // in the page itself, not as a notification: a notification's web component is loaded
                    // only with the views that use one, so on most first pages it would never show
                    Paragraph notice = new Paragraph(ui.getTranslation("security.failedSignInsBefore", failures));
                    notice.addClassNames("advice-box", "sign-in-notice");
                    notice.getElement().setAttribute("role", "alert");
                    page.addComponentAsFirst(notice);
                }
            }));
        });
    }
}
