package app.backcoach.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame around every view: the app's name and logo, and a side navigation built from the views'
 * {@code @Menu} entries, whose titles are translation keys.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient List<UserMenuEntry> userMenuEntries;

    public MainLayout(AuthenticationContext authentication, List<UserMenuEntry> userMenuEntries) {
        this.authentication = authentication;
        this.userMenuEntries = List.copyOf(userMenuEntries);
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("navbar-title");
        addToNavbar(true, toggle, title);
        authentication.getPrincipalName().ifPresent(name -> {
            addToNavbar(userMenu(name));
        });
    }

    private MenuBar userMenu(String name) {
        MenuBar menu = new MenuBar();
        menu.addClassNames("user-menu", LumoUtility.Margin.Start.AUTO, LumoUtility.Margin.End.MEDIUM);
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem user = menu.addItem(AppIcon.USER.create());
        user.add(new Span(name));
        user.setAriaLabel(getTranslation("layout.userMenu", name));
        userMenuEntries.forEach(entry -> user.getSubMenu().addItem(getTranslation(entry.labelKey()), event -> entry.open()));
        user.getSubMenu().addItem(getTranslation("layout.signOut"), event -> authentication.logout());
        return menu;
    }

    private Anchor brand() {
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        HorizontalLayout content = new HorizontalLayout(logo, name);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Anchor brand = new Anchor(Home.href(), content);
        brand.addClassNames("brand", LumoUtility.Display.BLOCK, LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), AppIcon.ofSymbol(entry.icon()));
    }
}
