package app.backcoach.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Vaadin answers every page address with 200 and shows its not-found view in the browser. This filter
 * sets the HTTP status to 404 for a page request whose address matches no view, or names an item that does
 * not exist for the signed-in person (someone else's looks the same as none), so that browsers, crawlers and
 * monitoring see what the page says. The router says which view and parameters an address names; each
 * feature answers for its own item pages through a {@link PageCheck}.
 */
@Component
class NotFoundStatusFilter extends OncePerRequestFilter {

    private final List<PageCheck> pageChecks;

    NotFoundStatusFilter(List<PageCheck> pageChecks) {
        this.pageChecks = pageChecks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = path(request);
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")
                || path.startsWith("VAADIN/") || path.contains(".") || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUnknown(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private boolean isUnknown(HttpServletRequest request) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        NavigationRouteTarget target = registry.getNavigationRouteTarget(new Location(path(request)).getPath());
        if (!target.hasTarget()) {
            return true;
        }
        Class<? extends com.vaadin.flow.component.Component> page = target.getRouteTarget().getTarget();
        return pageChecks.stream().map(check -> check.exists(page, target.getRouteParameters()))
                .flatMap(Optional::stream).findFirst().map(exists -> !exists).orElse(false);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
