package app.backcoach.base.ui;

import app.backcoach.exercise.ExerciseService;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.CurrentUser;
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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin answers every page address with 200 and shows its not-found view in the browser. This filter
 * sets the HTTP status to 404 for a page request whose address matches no view, names an exercise
 * that does not exist, or names a routine that the signed-in person may not see (someone else's looks
 * the same as none), so that browsers, crawlers and monitoring see what the page says. Other features
 * answer for their own item pages through a {@link PageCheck}.
 */
@Component
class NotFoundStatusFilter extends OncePerRequestFilter {

    private static final Pattern OWN_KEY = Pattern.compile("\\d{1,18}");
    private static final Pattern EXERCISE = Pattern.compile("exercises/([^/]+)");
    private static final Pattern ROUTINE = Pattern.compile("(?:workout/([^/]+))|(?:routines/([^/]+)/(?:edit|copy))");

    private final ExerciseService exercises;
    private final RoutineService routines;
    private final CurrentUser currentUser;
    private final List<PageCheck> pageChecks;

    NotFoundStatusFilter(ExerciseService exercises, RoutineService routines, CurrentUser currentUser,
                         List<PageCheck> pageChecks) {
        this.exercises = exercises;
        this.routines = routines;
        this.currentUser = currentUser;
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
        String path = path(request);
        Matcher exercise = EXERCISE.matcher(path);
        if (exercise.matches()) {
            return exercises.findBySlug(exercise.group(1)).isEmpty();
        }
        Matcher routine = ROUTINE.matcher(path);
        // signed out, the page sends the visitor to sign in; only a signed-in person's routines can be looked up
        if (routine.matches() && currentUser.principal().isPresent()) {
            String key = routine.group(1) != null ? routine.group(1) : routine.group(2);
            // only a person's own routines (numeric keys) can be edited; built-in ones have slugs
            boolean edit = path.endsWith("/edit");
            return edit && !OWN_KEY.matcher(key).matches() || !routines.exists(key);
        }
        Optional<Boolean> known = pageChecks.stream().map(check -> check.exists(path)).flatMap(Optional::stream)
                .findFirst();
        if (known.isPresent()) {
            return !known.get();
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
