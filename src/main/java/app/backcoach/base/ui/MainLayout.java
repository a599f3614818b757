package app.backcoach.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every view: the app's name and logo, and a side navigation built from the views'
 * {@code @Menu} entries, whose titles are translation keys ({@link DrawerMenu}, one element).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The address shown last, to tell a new page from the same one again. */
    private String shownPath;

    public MainLayout(AuthenticationContext authentication, List<UserMenuEntry> userMenuEntries) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(new DrawerMenu(getTranslation("app.name"), MenuConfiguration.getMenuEntries().stream()
                .map(this::link).toList()));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("navbar-title");
        addToNavbar(true, toggle, title);
        authentication.getPrincipalName().ifPresent(name -> addToNavbar(userMenu(name, userMenuEntries, authentication)));
    }

    /**
     * A page opened from another starts at its top: the layout's scroll area is one element for every page and
     * kept its place (a routine saved from far down the editor opened the routines scrolled 1,600 px down).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[part=content]');"
                    + " if (content) { content.scrollTop = 0; }");
        }
        shownPath = path;
    }

    private AccountMenu userMenu(String name, List<UserMenuEntry> userMenuEntries, AuthenticationContext authentication) {
        List<AccountMenu.Choice> choices = new ArrayList<>();
        userMenuEntries.forEach(entry -> choices.add(new AccountMenu.Choice(getTranslation(entry.labelKey()), entry::open)));
        choices.add(new AccountMenu.Choice(getTranslation("layout.signOut"), authentication::logout));
        AccountMenu menu = new AccountMenu(name, getTranslation("layout.userMenu", name), choices);
        menu.addClassNames("user-menu", LumoUtility.Margin.Start.AUTO, LumoUtility.Margin.End.MEDIUM);
        return menu;
    }

    private DrawerMenu.Link link(MenuEntry entry) {
        // relative to the app's base address, as the browser resolves it
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return new DrawerMenu.Link(getTranslation(entry.title()), path,
                entry.icon() == null ? null : AppIcon.ofSymbol(entry.icon()));
    }
}
