package app.backcoach.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address or an item that does not exist: a plain explanation and a way back.
 * Open to everyone, since error views are access-checked too and must render for anybody.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassNames("message-page", LumoUtility.Margin.Horizontal.AUTO, LumoUtility.Padding.Vertical.XLARGE,
                LumoUtility.Padding.Horizontal.MEDIUM);
        H1 title = new H1(getTranslation("notfound.title"));
        Paragraph text = new Paragraph(getTranslation("notfound.text"));
        Anchor home = new Anchor(Home.href(), getTranslation("notfound.home"));
        home.addClassName("big-link");
        add(title, text, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        event.getUI().getPage().setTitle(getTranslation("notfound.title") + " · " + getTranslation("app.name"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
