package app.backcoach.base.ui;

import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin answers every page address with 200 and shows its not-found view in the browser. This filter
 * sets the HTTP status to 404 for a page request whose address matches no view, or names an exercise
 * that does not exist, so that browsers, crawlers and monitoring see what the page says.
 */
@Component
class NotFoundStatusFilter extends OncePerRequestFilter {

    private static final Pattern EXERCISE = Pattern.compile("exercises/([^/]+)");

    private final ExerciseService exercises;

    NotFoundStatusFilter(ExerciseService exercises) {
        this.exercises = exercises;
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
        String path = path(request);
        Matcher exercise = EXERCISE.matcher(path);
        if (exercise.matches()) {
            return exercises.findBySlug(exercise.group(1)).isEmpty();
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        return registry.getNavigationTarget(new Location(path).getPath()).isEmpty();
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
