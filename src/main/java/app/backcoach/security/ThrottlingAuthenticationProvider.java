package app.backcoach.security;

import app.backcoach.security.LoginThrottle.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a username and password with Spring's {@link DaoAuthenticationProvider} (which also spends the
 * time of a hash on unknown usernames), counted by the {@link LoginThrottle} before the check. A success
 * gives the browser a device cookie, and remembers for the person how many failed attempts there were.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;
    private final SignInHistory history;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
                                     DeviceCookies deviceCookies, SignInHistory history,
                                     ApplicationEventPublisher events) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
        this.history = history;
        this.events = events;
    }

    /**
     * Once the app is up, checks a name that cannot exist, past the throttle and the events: Spring's
     * provider makes its stand-in hash for unknown names at its first use, and without this every sign-in
     * of the first burst after a start (hundreds at once after a node fails over) made its own Argon2id hash.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareBeforeTheFirstSignIn() {
        try {
            delegate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" ", " "));
        } catch (AuthenticationException expected) {
            // no account has a blank name
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        SignInClient client = SignInClient.current();
        String device = deviceCookies.trustedDevice(client.deviceCookie(), username).orElse(null);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.beginSignIn(username, client, device);
        } catch (LoginThrottledException slowed) {
            publish(SecurityEvent.Type.SIGN_IN_SLOWED_DOWN, history.accountId(username).orElse(null), client);
            throw slowed;
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            attempt.succeeded();
            AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
            rememberFailuresBefore(history.takeFailures(principal.id()));
            deviceCookies.issue(principal.getUsername());
            publish(SecurityEvent.Type.SIGN_IN_SUCCEEDED, principal.id(), client);
            return result;
        } catch (BadCredentialsException e) {
            publish(SecurityEvent.Type.SIGN_IN_FAILED, history.recordFailure(username).orElse(null), client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void publish(SecurityEvent.Type type, Long userId, SignInClient client) {
        events.publishEvent(new SecurityEvent(this, type, userId, client.address()));
    }

    private static void rememberFailuresBefore(int failures) {
        HttpServletRequest request = SignInClient.currentRequest();
        if (failures > 0 && request != null) {
            request.getSession().setAttribute(SignInFailures.ATTRIBUTE, failures);
        }
    }
}
