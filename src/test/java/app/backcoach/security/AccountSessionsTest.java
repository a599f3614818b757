package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import jakarta.servlet.http.HttpSessionBindingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class AccountSessionsTest {

    private static final String NEXT = "quiet-harbour-lantern-7";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountSessions sessions;

    @AfterEach
    void leave() {
        SignedIn.nobody();
        FromClient.none();
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionOfTheAccountOnly() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        MockHttpSession thisTab = signedInSession(anna);
        MockHttpSession otherBrowser = signedInSession(anna);
        MockHttpSession bertsBrowser = signedInSession(bert);
        FromClient.at("198.51.100.30").request.setSession(thisTab);
        SignedIn.as(anna);

        accounts.changePassword(TestAccounts.PASSWORD, NEXT, NEXT);

        assertThat(otherBrowser.isInvalid()).isTrue();
        assertThat(thisTab.isInvalid()).isFalse();
        assertThat(bertsBrowser.isInvalid()).isFalse();
        assertThat(sessions.count(anna.id())).isEqualTo(1);
    }

    @Test
    void deletingTheAccountEndsItsOtherSessions() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        MockHttpSession thisTab = signedInSession(anna);
        MockHttpSession phone = signedInSession(anna);
        FromClient.at("198.51.100.31").request.setSession(thisTab);
        SignedIn.as(anna);

        accounts.deleteAccount(TestAccounts.PASSWORD, true);

        assertThat(phone.isInvalid()).isTrue();
    }

    @Test
    void aSessionThatEndsOrSignsOutIsForgotten() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        MockHttpSession first = signedInSession(anna);
        signedInSession(anna);
        assertThat(sessions.count(anna.id())).isEqualTo(2);

        sessions.attributeRemoved(new HttpSessionBindingEvent(first,
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));

        assertThat(sessions.count(anna.id())).isEqualTo(1);
    }

    /** A session in which Spring Security stored the account's sign-in, as the servlet container reports it. */
    private MockHttpSession signedInSession(AccountPrincipal principal) {
        MockHttpSession session = new MockHttpSession();
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        sessions.attributeAdded(new HttpSessionBindingEvent(session,
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context));
        return session;
    }
}
