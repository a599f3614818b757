package app.backcoach;

import app.backcoach.security.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts an account into the security context, as a signed-in request would have it, for service tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(AccountPrincipal principal) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
