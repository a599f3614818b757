package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;

import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The drawer's content, the app's name and logo leading home and the side navigation, as one element whose
 * markup the browser draws: its links are plain addresses that the browser's router follows, and each
 * navigation item marks itself current from the address, so the server has nothing to keep per link.
 * <p>
 * As separate components it was 33 state nodes in every open page (a third of a workout page's); as one it
 * is one, and the markup is one shared string per language and menu ({@link SharedMarkup}), not a copy per
 * page. The components it draws are named by {@code @Uses}, so that their scripts stay in the bundle.
 */
@Tag("div")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(SvgIcon.class)
public final class DrawerMenu extends Component {

    /** One entry of the side navigation: its label, its address relative to the app's root, its icon. */
    public record Link(String label, String path, AppIcon icon) {
    }

    public DrawerMenu(String appName, List<Link> links) {
        addClassName("drawer-menu");
        getElement().setProperty("innerHTML", SharedMarkup.of(markup(appName, links)));
    }

    /**
     * The markup: the brand link, then a {@code vaadin-side-nav} with one item per link; addresses are
     * percent-encoded as Vaadin's own {@code SideNavItem} does, and every text and attribute is escaped.
     */
    static String markup(String appName, List<Link> links) {
        StringBuilder html = new StringBuilder(256 + 160 * links.size());
        html.append("<a class=\"brand p-m\" href=\"").append(htmlEscape(Home.href())).append("\">")
                .append("<img class=\"brand-logo\" src=\"images/logo.svg\" alt=\"\">")
                .append("<span class=\"brand-name\">").append(htmlEscape(appName)).append("</span></a>")
                .append("<vaadin-side-nav class=\"main-nav\">");
        for (Link link : links) {
            String path = UrlUtil.encodeURI(link.path());
            html.append("<vaadin-side-nav-item path=\"").append(htmlEscape(path)).append("\">");
            if (link.icon() != null) {
                html.append("<vaadin-icon slot=\"prefix\" src=\"").append(htmlEscape(AppIcon.SPRITE))
                        .append("\" symbol=\"").append(htmlEscape(link.icon().symbol())).append("\"></vaadin-icon>");
            }
            html.append(htmlEscape(link.label())).append("</vaadin-side-nav-item>");
        }
        return html.append("</vaadin-side-nav>").toString();
    }
}
