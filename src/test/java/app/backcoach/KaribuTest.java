package app.backcoach;

import app.backcoach.safety.SafetyService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.HashSet;
import java.util.Set;

/**
 * Base of the browserless view tests: a mocked Vaadin servlet over the real Spring context and an
 * in-memory database, so that a test reads like a user's steps.
 */
@BackCoachTest
public abstract class KaribuTest {

    /** Every route and error view of the app; views are package-private, so they are found with ClassGraph. */
    public static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected SafetyService safety;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Creates a new account and signs in with it. */
    protected AccountPrincipal signInAsNewUser() {
        AccountPrincipal principal = TestAccounts.create(accounts, "user");
        signIn(principal);
        return principal;
    }

    /** Answers "no" to every question of the red-flag check for the signed-in person, so workouts may start. */
    protected void passSafetyCheck() {
        safety.record(TestSafety.answers());
    }

    /** Signs in as the given account, as the login form would, for the mocked request too. */
    protected void signIn(AccountPrincipal principal) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> Roles.USER.equals(role));
    }

    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("app.backcoach").scan()) {
            Set<Class<? extends Component>> views = new HashSet<>();
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(views::add);
            scan.getClassesWithAnnotation(Layout.class).loadClasses(Component.class).forEach(views::add);
            Set<Class<? extends HasErrorParameter<?>>> errors = new HashSet<>();
            scan.getClassesImplementing(HasErrorParameter.class).filter(info -> !info.isAbstract())
                    .forEach(info -> errors.add((Class<? extends HasErrorParameter<?>>) info.loadClass()));
            return new Routes(views, errors, true);
        }
    }

    protected static UI ui() {
        return UI.getCurrent();
    }
}
