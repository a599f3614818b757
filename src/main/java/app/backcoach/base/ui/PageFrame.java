package app.backcoach.base.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The frame of an ordinary page: centred, with Lumo's medium space around its content. Its widest width is
 * the {@code page} class in styles.css (a page may narrow it with a class of its own, e.g. {@code care-page}).
 */
public final class PageFrame {

    private PageFrame() {
    }

    public static void apply(HasStyle page) {
        page.addClassNames("page", LumoUtility.Margin.Horizontal.AUTO, LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER);
    }

    /** The link at the top of an item's page back to its list ("← All workouts"), as tall as a finger needs. */
    public static Anchor backLink(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.addClassName("back-link");
        return link;
    }
}
