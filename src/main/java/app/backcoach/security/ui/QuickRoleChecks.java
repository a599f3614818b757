package app.backcoach.security.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * Vaadin's access control for views, built the same way but without a class-path scan at every check.
 * <p>
 * To check a person's roles, Vaadin's {@link SpringNavigationAccessControl} looks up its role-prefix holder
 * (a Spring singleton) on every navigation and for every entry of the side menu of each new tab, and
 * Vaadin's Spring lookup scans the whole class path for a service file each time it is asked for a type
 * that is not one of its own services, and keeps nothing. In a load test of 500 people those scans were
 * about 5 % of the server's CPU (docs/benchmarks.md). Once the holder has its prefix (Vaadin sets it at the
 * first check), this access control checks roles straight against the request, as Vaadin's does; until
 * then, and for a push connection's requests, it leaves the check to Vaadin's.
 * <p>
 * The bean is Vaadin's own {@code navigationAccessControl}, replaced as it is created by one built by the
 * same configurer from the same checkers; the sign-in view and the switching on come later, from
 * {@code VaadinSecurityConfigurer}, to this one.
 */
@Component
class QuickRoleChecks implements BeanPostProcessor {

    private final ObjectProvider<NavigationAccessControlConfigurer> configurer;
    private final ObjectProvider<NavigationAccessChecker> checkers;
    private final ObjectProvider<VaadinRolePrefixHolder> prefix;

    QuickRoleChecks(ObjectProvider<NavigationAccessControlConfigurer> configurer,
                    ObjectProvider<NavigationAccessChecker> checkers, ObjectProvider<VaadinRolePrefixHolder> prefix) {
        this.configurer = configurer;
        this.checkers = checkers;
        this.prefix = prefix;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean.getClass() != SpringNavigationAccessControl.class) {
            return bean;
        }
        VaadinRolePrefixHolder holder = prefix.getObject();
        return configurer.getObject().build((list, resolver) -> new AccessControl(list, resolver, holder),
                checkers.orderedStream().toList());
    }

    static final class AccessControl extends SpringNavigationAccessControl {

        private final transient VaadinRolePrefixHolder prefix;

        AccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                      VaadinRolePrefixHolder prefix) {
            super(checkers, resolver);
            this.prefix = prefix;
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            if (request != null && prefix.isSet() && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
                return request::isUserInRole;
            }
            return super.getRolesChecker(request);
        }
    }
}
