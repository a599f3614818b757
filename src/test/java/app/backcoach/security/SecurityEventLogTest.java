package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventLogTest {

    private static final String NEXT = "quiet-harbour-lantern-7";

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationProvider provider;

    @AfterEach
    void leave() {
        SignedIn.nobody();
        FromClient.none();
    }

    @Test
    void signInsPasswordChangesAndDeletionsAreLoggedWithAccountAndAddressButNoSecrets(CapturedOutput output) {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        FromClient.at("198.51.100.40");
        assertThatThrownBy(() -> signIn(anna.getUsername(), "typed-wrong-secret"))
                .isInstanceOf(AuthenticationException.class);
        signIn(anna.getUsername(), TestAccounts.PASSWORD);
        SignedIn.as(anna);
        accounts.changePassword(TestAccounts.PASSWORD, NEXT, NEXT);
        accounts.deleteAccount(NEXT, true);

        String client = " client=198.51.100.40";
        assertThat(output.getOut()).contains(
                "security event=SIGN_IN_FAILED user=" + anna.id() + client,
                "security event=SIGN_IN_SUCCEEDED user=" + anna.id() + client,
                "security event=PASSWORD_CHANGED user=" + anna.id() + client,
                "security event=ACCOUNT_DELETED user=" + anna.id() + client)
                .doesNotContain("typed-wrong-secret", TestAccounts.PASSWORD, NEXT, anna.getUsername());
    }

    @Test
    void slowedDownAttemptsAreLoggedAndAForgedAddressCannotForgeALine(CapturedOutput output) {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        FromClient.at("203.0.113.60\nsecurity event=FAKE");
        for (int i = 0; i <= LoginThrottle.MAX_FAILURES; i++) {
            try {
                signIn(anna.getUsername(), "guess-" + i);
            } catch (AuthenticationException expected) {
                // every attempt fails
            }
        }

        assertThat(output.getOut()).contains("security event=SIGN_IN_SLOWED_DOWN user=" + anna.id())
                .contains("client=203.0.113.60?security?event?FAKE").doesNotContain("\nsecurity event=FAKE");
    }

    private void signIn(String username, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
