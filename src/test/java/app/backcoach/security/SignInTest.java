package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.TestAccounts;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class SignInTest {

    private static final String OWNERS_ADDRESS = "198.51.100.20";

    @Autowired
    AuthenticationProvider provider;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveRequest() {
        FromClient.none();
    }

    @Test
    void theRightPasswordSignsInRegardlessOfTheUsernamesCase() {
        AccountPrincipal anna = TestAccounts.create(accounts, "Anna");

        Authentication result = signIn(anna.getUsername().toUpperCase(), TestAccounts.PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(((AccountPrincipal) result.getPrincipal()).id()).isEqualTo(anna.id());
    }

    @Test
    void anUnknownClientIsSlowedDownAfterTenFailuresEvenWithTheRightPassword() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        FromClient.at("203.0.113.7");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(anna.getUsername(), "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(anna.getUsername(), TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAttackersHundredFailuresDoNotStopTheOwnersBrowserWithItsDeviceCookie() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        String ownersCookie = signInFromBrowser(OWNERS_ADDRESS, null, anna.getUsername());
        assertThat(ownersCookie).isNotNull();

        // the attacker even shares the owner's address (one home or office network)
        FromClient.at(OWNERS_ADDRESS);
        for (int i = 0; i < 100; i++) {
            catchFailure(anna.getUsername(), "guess-" + i);
        }
        assertThat(catchFailure(anna.getUsername(), TestAccounts.PASSWORD))
                .as("a browser without the cookie is slowed down").isNotInstanceOf(BadCredentialsException.class);

        assertThat(signInFromBrowser(OWNERS_ADDRESS, ownersCookie, anna.getUsername())).isNotNull();
    }

    @Test
    void theDeviceCookieIsHttpOnlyOnlySentToTheSignInAndBoundToItsUsername() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        FromClient browser = FromClient.at(OWNERS_ADDRESS);
        signIn(anna.getUsername(), TestAccounts.PASSWORD);
        MockHttpServletResponse response = browser.response;
        String header = response.getHeader("Set-Cookie");
        assertThat(header).contains(DeviceCookies.NAME + "=").contains("HttpOnly").contains("Path=/login")
                .contains("SameSite=Strict");

        FromClient.at("203.0.113.8", browser.deviceCookieSet());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            catchFailure(bert.getUsername(), "guess-" + i);
        }
        assertThat(catchFailure(bert.getUsername(), TestAccounts.PASSWORD))
                .as("anna's cookie gives no allowance for bert").isNotInstanceOf(BadCredentialsException.class);
        FromClient.at("203.0.113.9", browser.deviceCookieSet() + "x");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            catchFailure(anna.getUsername(), "guess-" + i);
        }
        assertThat(catchFailure(anna.getUsername(), TestAccounts.PASSWORD))
                .as("a changed cookie is not trusted").isNotInstanceOf(BadCredentialsException.class);
    }

    @Test
    void behindTlsOrInProdTheDeviceCookieIsSecure() {
        FromClient browser = FromClient.at(OWNERS_ADDRESS);
        new DeviceCookies("", true).issue("anna");
        FromClient overTls = FromClient.at(OWNERS_ADDRESS);
        overTls.request.setSecure(true);
        new DeviceCookies("", false).issue("anna");

        assertThat(browser.response.getHeader("Set-Cookie")).contains("Secure");
        assertThat(overTls.response.getHeader("Set-Cookie")).contains("Secure");
    }

    @Test
    void theOwnerLearnsAtTheNextSignInHowManyAttemptsFailed() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        FromClient.at("203.0.113.10");
        for (int i = 0; i < 3; i++) {
            catchFailure(anna.getUsername(), "guess-" + i);
        }

        FromClient first = FromClient.at(OWNERS_ADDRESS);
        signIn(anna.getUsername(), TestAccounts.PASSWORD);
        FromClient second = FromClient.at(OWNERS_ADDRESS);
        signIn(anna.getUsername(), TestAccounts.PASSWORD);

        assertThat(first.request.getSession().getAttribute(SignInFailures.ATTRIBUTE)).isEqualTo(3);
        assertThat(second.request.getSession().getAttribute(SignInFailures.ATTRIBUTE)).as("told once").isNull();
    }

    @Test
    void anOlderBcryptHashStillSignsInAndIsUpgradedToArgon2() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        jdbc.update("update app_user set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD), anna.id());

        assertThat(signIn(anna.getUsername(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();

        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, anna.id()))
                .startsWith("{" + SecurityConfig.ARGON2 + "}");
        assertThat(signIn(anna.getUsername(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void withoutUpgradesAsInTheLoadProfileAnOlderHashStaysAsItIs(@Autowired AccountUserDetailsService users,
                                                                 @Autowired PasswordEncoder encoder,
                                                                 @Autowired LoginThrottle throttle,
                                                                 @Autowired DeviceCookies deviceCookies,
                                                                 @Autowired SignInHistory history,
                                                                 @Autowired ApplicationEventPublisher events) {
        AuthenticationProvider withoutUpgrade = new SecurityConfig()
                .authenticationProvider(users, encoder, throttle, deviceCookies, history, events, false);
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        String cheapHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);
        jdbc.update("update app_user set password_hash = ? where id = ?", cheapHash, anna.id());

        assertThat(withoutUpgrade.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                anna.getUsername(), TestAccounts.PASSWORD)).isAuthenticated()).isTrue();

        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, anna.id()))
                .isEqualTo(cheapHash);
    }

    @Test
    void theStandInHashForUnknownNamesIsMadeBeforeTheFirstSignIn(@Autowired AccountUserDetailsService users,
                                                                 @Autowired PasswordEncoder encoder,
                                                                 @Autowired LoginThrottle throttle,
                                                                 @Autowired DeviceCookies deviceCookies,
                                                                 @Autowired SignInHistory history,
                                                                 @Autowired ApplicationEventPublisher events) {
        ThrottlingAuthenticationProvider fresh = (ThrottlingAuthenticationProvider) new SecurityConfig()
                .authenticationProvider(users, encoder, throttle, deviceCookies, history, events, true);
        Object passwordCheck = ReflectionTestUtils.getField(fresh, "delegate");
        assertThat(ReflectionTestUtils.getField(passwordCheck, "userNotFoundEncodedPassword")).isNull();

        fresh.prepareBeforeTheFirstSignIn();

        assertThat((String) ReflectionTestUtils.getField(passwordCheck, "userNotFoundEncodedPassword"))
                .startsWith("{" + SecurityConfig.ARGON2 + "}");
    }

    @Test
    void springSecurityRecordsNoObservations(@Autowired ObservationRegistry observations) {
        Observation filterChain = Observation.start("spring.security.filterchains", observations);
        Observation http = Observation.start("http.server.requests", observations);

        assertThat(filterChain.isNoop()).isTrue();
        assertThat(http.isNoop()).as("other observations stay").isFalse();
        http.stop();
    }

    @Test
    void unknownAndKnownUsernamesFailTheSameWay() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");

        Throwable known = catchFailure(anna.getUsername(), "not-the-password");
        Throwable unknown = catchFailure("nobody-" + System.nanoTime(), "not-the-password");
        Throwable overlong = catchFailure("x".repeat(100_000), "not-the-password");

        assertThat(unknown).isExactlyInstanceOf(known.getClass()).hasMessage(known.getMessage());
        assertThat(overlong).isExactlyInstanceOf(known.getClass()).hasMessage(known.getMessage());
    }

    @Test
    void unknownUsernamesAreThrottledLikeKnownOnes() {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            catchFailure(nobody, "guess-" + i);
        }
        assertThat(catchFailure(nobody, "guess")).isNotInstanceOf(BadCredentialsException.class);
    }

    private String signInFromBrowser(String address, String deviceCookie, String username) {
        FromClient browser = FromClient.at(address, deviceCookie);
        assertThat(signIn(username, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        return browser.deviceCookieSet();
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
