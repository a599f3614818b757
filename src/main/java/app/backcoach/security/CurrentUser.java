package app.backcoach.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in person, read from the security context. Services take the user from here, never from a
 * parameter that a browser could set.
 */
@Component
public class CurrentUser {

    /** The signed-in person's account id; fails when nobody is signed in. */
    public long id() {
        return principal().map(AccountPrincipal::id)
                .orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
