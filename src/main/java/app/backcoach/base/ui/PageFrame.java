package app.backcoach.base.ui;

import com.vaadin.flow.component.HasStyle;
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
}
