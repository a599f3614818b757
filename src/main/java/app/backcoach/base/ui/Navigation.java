package app.backcoach.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * Going to a page by its address. A page leads to another feature's page by that page's address constant
 * ({@code CareView.PATH}), never by its class: Java copies a constant into the code that uses it, so the
 * production bundle's scan does not follow the link, and each page's browser chunk carries only its own
 * components (decision 24).
 */
public final class Navigation {

    private Navigation() {
    }

    /** Goes to a page of this app, e.g. {@code "care"}. */
    public static void open(String address) {
        UI.getCurrent().navigate(address);
    }

    /** Goes to a page of this app with query parameters. */
    public static void open(String address, QueryParameters parameters) {
        UI.getCurrent().navigate(address, parameters);
    }

    /**
     * The address of a route with one parameter: {@code "workout/:routine"} with {@code "gentle-start"} gives
     * {@code "workout/gentle-start"}.
     */
    public static String fill(String route, String value) {
        int colon = route.indexOf("/:");
        if (colon < 0 || route.indexOf('/', colon + 1) >= 0) {
            throw new IllegalArgumentException("not a route with one last parameter: " + route);
        }
        return route.substring(0, colon + 1) + value;
    }
}
