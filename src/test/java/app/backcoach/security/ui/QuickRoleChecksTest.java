package app.backcoach.security.ui;

import app.backcoach.KaribuTest;
import app.backcoach.progress.ui.ProgressView;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QuickRoleChecksTest extends KaribuTest {

    @Autowired
    private NavigationAccessControl accessControl;

    @Test
    void vaadinsAccessControlIsReplacedByOneBuiltTheSameWay() {
        assertThat(accessControl).isInstanceOf(QuickRoleChecks.AccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue();
        assertThat(accessControl.hasAccessChecker(AnnotatedViewAccessChecker.class)).isTrue();
    }

    @Test
    void signedOutAViewGoesToSignInAndSignedInItOpens() {
        ui().navigate(ProgressView.class);
        assertThat(_get(LoginView.class)).isNotNull();

        signInAsNewUser();
        ui().navigate(ProgressView.class);
        assertThat(_get(ProgressView.class)).isNotNull();
    }

    @Test
    void onceThePrefixIsKnownRolesAreTheRequestsOwnWithoutALookup() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.isUserInRole("USER")).thenReturn(true);
        var control = new QuickRoleChecks.AccessControl(List.of(), new DefaultAccessCheckDecisionResolver(),
                new VaadinRolePrefixHolder("ROLE_"));

        var check = control.getRolesChecker(request);

        assertThat(check.test("USER")).isTrue();
        assertThat(check.test("ADMIN")).isFalse();
        // Vaadin's check finds its lookup through the request's service; this one never asks for it
        verify(request, never()).getService();
    }

    @Test
    void withoutAPrefixVaadinsOwnCheckRuns() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getService()).thenReturn(VaadinService.getCurrent());
        when(request.isUserInRole("USER")).thenReturn(true);
        var control = new QuickRoleChecks.AccessControl(List.of(), new DefaultAccessCheckDecisionResolver(),
                new VaadinRolePrefixHolder(null));

        assertThat(control.getRolesChecker(request).test("USER")).isTrue();
        assertThat(control.getRolesChecker(request).test("ADMIN")).isFalse();
        verify(request, atLeastOnce()).getService();
    }
}
