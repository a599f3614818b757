package app.backcoach.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when a view fails: the details go to the log, never to the page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        addClassNames("message-page", LumoUtility.Margin.Horizontal.AUTO, LumoUtility.Padding.Vertical.XLARGE,
                LumoUtility.Padding.Horizontal.MEDIUM);
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text")),
                bigLink(new Anchor(Home.href(), getTranslation("notfound.home"))));
    }

    private static Anchor bigLink(Anchor anchor) {
        anchor.addClassName("big-link");
        return anchor;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not show {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
