package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class SignInTest {

    @Autowired
    AuthenticationProvider provider;
    @Autowired
    AccountService accounts;

    @Test
    void theRightPasswordSignsInRegardlessOfTheUsernamesCase() {
        AccountPrincipal anna = TestAccounts.create(accounts, "Anna");

        Authentication result = signIn(anna.getUsername().toUpperCase(), TestAccounts.PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(((AccountPrincipal) result.getPrincipal()).id()).isEqualTo(anna.id());
    }

    @Test
    void theEleventhAttemptWithinFifteenMinutesIsRefusedEvenWithTheRightPassword() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(anna.getUsername(), "wrong-password-" + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(anna.getUsername(), TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(BadCredentialsException.class);
    }

    @Test
    void unknownAndKnownUsernamesFailTheSameWay() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");

        Throwable known = catchFailure(anna.getUsername(), "not-the-password");
        Throwable unknown = catchFailure("nobody-" + System.nanoTime(), "not-the-password");

        assertThat(unknown).isExactlyInstanceOf(known.getClass()).hasMessage(known.getMessage());
    }

    @Test
    void unknownUsernamesAreThrottledLikeKnownOnes() {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            catchFailure(nobody, "guess-" + i);
        }
        assertThat(catchFailure(nobody, "guess")).isNotInstanceOf(BadCredentialsException.class);
    }

    private Throwable catchFailure(String username, String password) {
        try {
            signIn(username, password);
        } catch (AuthenticationException e) {
            return e;
        }
        throw new AssertionError("sign-in unexpectedly succeeded");
    }

    private Authentication signIn(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
