package app.backcoach.security.ui;

import app.backcoach.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every route is closed unless it says otherwise, and only sign-in and registration are open to all. */
class RouteAccessTest extends KaribuTest {

    private static final List<Class<? extends Annotation>> ACCESS_RULES =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteHasAnExplicitAccessRule() {
        assertThat(routes()).isNotEmpty().allSatisfy(route -> assertThat(ACCESS_RULES.stream()
                .filter(route::isAnnotationPresent)).as(route.getSimpleName()).hasSize(1));
    }

    @Test
    void onlyLoginAndRegistrationAreOpenToAnonymousVisitors() {
        assertThat(routes().filter(route -> route.isAnnotationPresent(AnonymousAllowed.class)))
                .extracting(Class::getSimpleName).containsExactlyInAnyOrder("LoginView", "RegisterView");
    }

    @Test
    void anAnonymousVisitToAnyOtherRouteEndsOnTheLoginView() {
        List<String> paths = routes().filter(route -> !route.isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> route.getAnnotation(Route.class).value().replaceAll(":[a-zA-Z]+", "sample")).toList();
        assertThat(paths).contains("exercises", "account");

        for (String path : paths) {
            ui().navigate(path);
            assertThat(_get(LoginView.class)).as(path).isNotNull();
        }
    }

    private static Stream<Class<? extends Component>> routes() {
        return ROUTES.getRoutes().stream().filter(view -> view.isAnnotationPresent(Route.class));
    }
}
