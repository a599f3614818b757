package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.UserRows;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        FromClient.none();
    }

    @Test
    void registrationRejectsBadInputWithAMessageAndStoresNothing() {
        String name = TestAccounts.uniqueName("new");
        String strong = TestAccounts.PASSWORD;
        assertRejected(() -> accounts.register("ab", strong, strong), AccountException.Field.USERNAME,
                "account.error.usernameLength");
        assertRejected(() -> accounts.register("x".repeat(10_000), strong, strong), AccountException.Field.USERNAME,
                "account.error.usernameLength");
        assertRejected(() -> accounts.register("<script>", strong, strong), AccountException.Field.USERNAME,
                "account.error.usernameCharacters");
        assertRejected(() -> accounts.register(name, "short1", "short1"), AccountException.Field.PASSWORD,
                "account.error.passwordShort");
        assertRejected(() -> accounts.register(name, "password123", "password123"), AccountException.Field.PASSWORD,
                "account.error.passwordWeak");
        assertRejected(() -> accounts.register(name, name + "1", name + "1"), AccountException.Field.PASSWORD,
                "account.error.passwordWeak");
        assertRejected(() -> accounts.register(name, "x".repeat(129), "x".repeat(129)),
                AccountException.Field.PASSWORD, "account.error.passwordLong");
        assertRejected(() -> accounts.register(name, strong, strong + "!"), AccountException.Field.PASSWORD_AGAIN,
                "account.error.passwordMismatch");

        assertThat(countUsers(name)).isZero();
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        AccountPrincipal anna = TestAccounts.create(accounts, "Anna");

        assertRejected(() -> accounts.register(anna.getUsername().toUpperCase(), TestAccounts.PASSWORD,
                TestAccounts.PASSWORD), AccountException.Field.USERNAME, "account.error.usernameTaken");
        assertThat(countUsers(anna.getUsername())).isEqualTo(1);
    }

    @Test
    void aLongPassphraseOfSixtyFourCharactersOrMoreIsAccepted() {
        String passphrase = "my back feels better when I walk a little every day, slowly. ok?!";
        assertThat(passphrase.length()).isGreaterThanOrEqualTo(64);

        AccountPrincipal account = accounts.register(TestAccounts.uniqueName("long"), passphrase, passphrase);

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(),
                passphrase)).isAuthenticated()).isTrue();
    }

    @Test
    void passwordsAreStoredAsAnEncoderTaggedHashNeverInTheClear() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");

        String stored = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, anna.id());

        assertThat(stored).startsWith("{" + SecurityConfig.ARGON2 + "}").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void passwordsOfMoreThanSeventyTwoBytesCanBeRegisteredChangedAndUsed() {
        String ascii = "my back feels better when I walk a little every day, slowly and calmly ok";
        String cyrillic = "спина болит меньше когда гуляю по утрам!";
        assertThat(ascii.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(cyrillic).hasSize(40);
        assertThat(cyrillic.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        AccountPrincipal account = accounts.register(TestAccounts.uniqueName("long"), ascii, ascii);
        assertThat(authenticate(account.getUsername(), ascii)).isTrue();
        SignedIn.as(account);
        accounts.changePassword(ascii, cyrillic, cyrillic);

        assertThat(authenticate(account.getUsername(), cyrillic)).isTrue();
        assertThatThrownBy(() -> authenticate(account.getUsername(), cyrillic.substring(0, 39) + "ь"))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aPasswordWithHalfACharacterIsAPlainMissOrAClearMessageNeverACrash() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        String loneHalf = "harbour-lantern-\ud83c-quiet";
        String reversedPair = "harbour-lantern-\udf08\ud83c-quiet";

        assertThatThrownBy(() -> authenticate(anna.getUsername(), loneHalf))
                .isInstanceOf(AuthenticationException.class);
        SignedIn.as(anna);
        assertRejected(() -> accounts.deleteAccount(loneHalf, true), AccountException.Field.CURRENT_PASSWORD,
                "account.error.currentPasswordWrong");
        assertRejected(() -> accounts.changePassword(TestAccounts.PASSWORD, reversedPair, reversedPair),
                AccountException.Field.PASSWORD, "account.error.passwordCharacters");
        assertRejected(() -> accounts.register(TestAccounts.uniqueName("half"), loneHalf, loneHalf),
                AccountException.Field.PASSWORD, "account.error.passwordCharacters");

        String withWholeEmoji = "harbour-lantern-\ud83c\udf08-quiet";
        accounts.changePassword(TestAccounts.PASSWORD, withWholeEmoji, withWholeEmoji);
        assertThat(authenticate(anna.getUsername(), withWholeEmoji)).isTrue();
    }

    @Test
    void registrationAndTheCurrentPasswordCheckShareTheClientsLimit() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        FromClient.at("203.0.113.50");
        for (int i = 0; i < throttle.clientLimit() - 1; i++) {
            assertRejected(() -> accounts.register("ab", "x", "x"), AccountException.Field.USERNAME,
                    "account.error.usernameLength");
        }
        assertRejected(() -> accounts.deleteAccount("wrong", true), AccountException.Field.CURRENT_PASSWORD,
                "account.error.currentPasswordWrong");

        assertRejected(() -> accounts.register(TestAccounts.uniqueName("new"), TestAccounts.PASSWORD,
                TestAccounts.PASSWORD), AccountException.Field.USERNAME, "account.error.slowedDown");
        assertRejected(() -> accounts.changePassword(TestAccounts.PASSWORD, "quiet-harbour-lantern-7",
                "quiet-harbour-lantern-7"), AccountException.Field.CURRENT_PASSWORD, "account.error.slowedDown");

        FromClient.at("198.51.100.50");
        accounts.changePassword(TestAccounts.PASSWORD, "quiet-harbour-lantern-7", "quiet-harbour-lantern-7");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        String next = "quiet-harbour-lantern-7";

        assertRejected(() -> accounts.changePassword("wrong", next, next), AccountException.Field.CURRENT_PASSWORD,
                "account.error.currentPasswordWrong");
        accounts.changePassword(TestAccounts.PASSWORD, next, next);

        assertThatThrownBy(() -> authenticate(anna.getUsername(), TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class);
        assertThat(authenticate(anna.getUsername(), next)).isTrue();
    }

    @Test
    void deletingTheAccountRemovesEveryRowOfTheUserAndSignInFails() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);

        assertRejected(() -> accounts.deleteAccount("wrong", true), AccountException.Field.CURRENT_PASSWORD,
                "account.error.currentPasswordWrong");
        assertRejected(() -> accounts.deleteAccount(TestAccounts.PASSWORD, false), AccountException.Field.CONFIRMATION,
                "account.error.confirmDelete");
        assertThat(UserRows.of(jdbc, anna.id())).containsEntry("APP_USER", 1);

        accounts.deleteAccount(TestAccounts.PASSWORD, true);

        assertThat(UserRows.of(jdbc, anna.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThatThrownBy(() -> authenticate(anna.getUsername(), TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void oneUserCannotChangeOrDeleteAnothersAccount() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        SignedIn.as(bert);
        String next = "quiet-harbour-lantern-7";

        accounts.changePassword(TestAccounts.PASSWORD, next, next);
        accounts.deleteAccount(next, true);

        assertThat(UserRows.of(jdbc, anna.id())).containsEntry("APP_USER", 1);
        assertThat(authenticate(anna.getUsername(), TestAccounts.PASSWORD)).isTrue();
    }

    private boolean authenticate(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    private int countUsers(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username_key = lower(?)", Integer.class,
                username);
    }

    private static void assertRejected(Runnable action, AccountException.Field field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountException.class, problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.messageKey()).isEqualTo(messageKey);
        });
    }
}
