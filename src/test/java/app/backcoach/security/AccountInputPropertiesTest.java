package app.backcoach.security;

import app.backcoach.BackCoachTest;
import app.backcoach.Gens;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.Texts;
import app.backcoach.UserRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Accounts under any input. A username of fewer than 3 or more than 32 characters (also once in lower case),
 * with a character other than letters, digits, dots, dashes and underscores, or taken in any case; a password
 * of fewer than 8 or more than 128 characters, easy to guess, or typed differently the second time; a wrong
 * current password or a deletion not confirmed: each is refused with {@link AccountException} naming the field
 * and the problem, and nothing is stored or changed. Within the rules, the account is stored under the name as
 * typed (without the white space around it) and signs in with the password.
 */
@BackCoachTest
class AccountInputPropertiesTest {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final String ASCII_LETTERS_AND_DIGITS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** Any UTF-16 unit, assigned or not. */
    private static final Gen<Character> ANY_CHAR = integers().between(0, Character.MAX_VALUE)
            .map(c -> (char) c.intValue());

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void outsideAWebRequest() {
        // Spring's test listener gives each test a mock request from 127.0.0.1, and refusals from a client address
        // count towards slowing that address down: the hundreds here would slow down every later test of this
        // JVM. Without a request there is no client, and nothing is counted against one.
        FromClient.none();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    // registration

    @Test
    void aUsernameOfTheWrongLengthIsRefused() {
        qt().withExamples(50).forAll(usernamesOfTheWrongLength(), strongPasswords()).checkAssert((username, password) ->
                assertRefused(() -> accounts.register(username, password, password), AccountException.Field.USERNAME,
                        "account.error.usernameLength"));
    }

    @Test
    void aUsernameWithACharacterOutsideTheRulesIsRefused() {
        qt().withExamples(100).forAll(usernamesWithOtherCharacters(), strongPasswords())
                .checkAssert((username, password) -> assertRefused(() -> accounts.register(username, password,
                        password), AccountException.Field.USERNAME, "account.error.usernameCharacters"));
    }

    @Test
    void aUsernameTakenInAnyCaseIsRefused() {
        qt().withExamples(8).forAll(caseChanges(), strongPasswords()).checkAssert((change, password) -> {
            AccountPrincipal taken = TestAccounts.create(accounts, "Taken");
            String sameName = change.apply(taken.getUsername());

            assertRefused(() -> accounts.register(sameName, password, password), AccountException.Field.USERNAME,
                    "account.error.usernameTaken");
        });
    }

    @Test
    void aPasswordOutsideTheRulesIsRefused() {
        qt().withExamples(100).forAll(freeUsernames(), badPasswords()).checkAssert((username, bad) ->
                assertRefused(() -> accounts.register(username, bad.password(), bad.again()), bad.field(),
                        bad.messageKey()));
    }

    @Test
    void anAccountWithinTheRulesIsStoredAsTypedAndSignsIn() {
        qt().withExamples(10).forAll(freeUsernames(), strongPasswords()).checkAssert((username, password) -> {
            int before = userCount();

            AccountPrincipal account = accounts.register(username, password, password);

            assertThat(userCount()).isEqualTo(before + 1);
            assertThat(account.getUsername()).isEqualTo(username.strip());
            assertThat(storedUsername(account.id())).isEqualTo(username.strip());
            // usernames are one regardless of case: the lower-case form signs in too
            Authentication signedIn = authenticate(username.strip().toLowerCase(Locale.ROOT), password);
            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(((AccountPrincipal) signedIn.getPrincipal()).id()).isEqualTo(account.id());
        });
    }

    // changing the password

    @Test
    void aPasswordChangeWithAWrongCurrentPasswordOrABadNewOneChangesNothing() {
        qt().withExamples(10).forAll(wrongCurrentOrBadNew()).checkAssert(change -> {
            AccountPrincipal account = signedInAccount();
            String hashBefore = passwordHash(account.id());

            assertThatThrownBy(() -> accounts.changePassword(change.current(), change.next(), change.again()))
                    .isExactlyInstanceOf(AccountException.class)
                    .satisfies(problem -> assertThat(((AccountException) problem).field()).isEqualTo(change.field()));

            assertThat(passwordHash(account.id())).isEqualTo(hashBefore);
        });
    }

    @Test
    void aPasswordChangeWithinTheRulesSignsInWithTheNewPasswordOnly() {
        qt().withExamples(5).forAll(strongPasswords()).checkAssert(next -> {
            AccountPrincipal account = signedInAccount();

            accounts.changePassword(TestAccounts.PASSWORD, next, next);

            assertThat(authenticate(account.getUsername(), next).isAuthenticated()).isTrue();
            assertThatThrownBy(() -> authenticate(account.getUsername(), TestAccounts.PASSWORD))
                    .isInstanceOf(AuthenticationException.class);
        });
    }

    // deleting the account

    @Test
    void aDeletionWithAWrongPasswordOrWithoutConfirmationDeletesNothing() {
        qt().withExamples(8).forAll(wrongPasswords(), booleans().all()).checkAssert((password, confirmed) -> {
            AccountPrincipal account = signedInAccount();
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, account.id());
            String given = confirmed ? password : TestAccounts.PASSWORD;

            assertThatThrownBy(() -> accounts.deleteAccount(given, confirmed))
                    .isExactlyInstanceOf(AccountException.class)
                    .satisfies(problem -> assertThat(((AccountException) problem).field()).isEqualTo(confirmed
                            ? AccountException.Field.CURRENT_PASSWORD : AccountException.Field.CONFIRMATION));

            assertThat(UserRows.of(jdbc, account.id())).isEqualTo(rowsBefore).containsEntry("APP_USER", 1);
        });
    }

    // helpers

    private void assertRefused(Runnable action, AccountException.Field field, String messageKey) {
        int before = userCount();
        assertThatThrownBy(action::run).isExactlyInstanceOf(AccountException.class).satisfies(problem -> {
            assertThat(((AccountException) problem).field()).isEqualTo(field);
            assertThat(((AccountException) problem).messageKey()).isEqualTo(messageKey);
        });
        assertThat(userCount()).isEqualTo(before);
    }

    private AccountPrincipal signedInAccount() {
        AccountPrincipal account = TestAccounts.create(accounts, "change");
        SignedIn.as(account);
        return account;
    }

    private Authentication authenticate(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

    private String storedUsername(long id) {
        return jdbc.queryForObject("select username from app_user where id = ?", String.class, id);
    }

    private String passwordHash(long id) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
    }

    private boolean taken(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username_key = ?", Integer.class,
                username.strip().toLowerCase(Locale.ROOT)) > 0;
    }

    // usernames

    /**
     * Letters and digits of any script (also beyond the Basic Multilingual Plane, and ones whose lower case is
     * longer, such as the dotted capital I), dots, dashes and underscores.
     */
    private static Gen<String> allowedPiece() {
        return Generate.frequency(
                Pair.of(5, Texts.ofChars(ASCII_LETTERS_AND_DIGITS + "._-", 1, 8)),
                Pair.of(3, ANY_CHAR.assuming(Character::isLetterOrDigit).map(c -> Character.toString(c))),
                Pair.of(1, arbitrary().pick("\u0130", "\u00df", "\u01c5", "\ufb03", "\u03a3", "\u00bd", "\u216b",
                        "\uD835\uDC9C", "\uD801\uDC00")));
    }

    private static Gen<String> allowed(int minLength, int maxLength) {
        return lists().of(allowedPiece()).ofSizeBetween(1, maxLength).map(pieces -> String.join("", pieces))
                .assuming(name -> name.length() >= minLength && name.length() <= maxLength
                        && ALLOWED.matcher(name).matches());
    }

    private static Gen<String> withSpaceAround(Gen<String> values) {
        Gen<String> space = Generate.oneOf(Generate.constant(""), Texts.blank());
        return space.zip(values, space, (before, value, after) -> before + value + after).describedAs(Texts::shown);
    }

    /** Usernames within the rules that nobody has taken, as typed (perhaps with white space around). */
    private Gen<String> freeUsernames() {
        return withSpaceAround(allowed(AccountService.USERNAME_MIN_LENGTH, AccountService.USERNAME_MAX_LENGTH)
                .assuming(name -> name.toLowerCase(Locale.ROOT).length() <= AccountService.USERNAME_MAX_LENGTH))
                .assuming(name -> !taken(name));
    }

    private static Gen<String> usernamesOfTheWrongLength() {
        int max = AccountService.USERNAME_MAX_LENGTH;
        return Generate.oneOf(
                Gens.none(),
                Texts.blank(),
                withSpaceAround(allowed(1, AccountService.USERNAME_MIN_LENGTH - 1)),
                withSpaceAround(Texts.longerThan(max)).assuming(name -> name.strip().length() > max),
                // within 32 characters as typed, longer once in lower case: the dotted capital I becomes two
                integers().between(max / 2 + 1, max).map("\u0130"::repeat),
                allowed(AccountService.USERNAME_MIN_LENGTH, max - 1)
                        .map(name -> (name + "\u0130".repeat(max)).substring(0, max))
                        .assuming(name -> name.toLowerCase(Locale.ROOT).length() > max))
                .describedAs(Texts::shown);
    }

    private static Gen<String> usernamesWithOtherCharacters() {
        Gen<String> other = Generate.oneOf(
                ANY_CHAR.assuming(c -> !ALLOWED.matcher(String.valueOf(c)).matches() && !Character.isWhitespace(c))
                        .map(c -> Character.toString(c)),
                arbitrary().pick(" ", "\t", "@", "<", ">", "/", "\\", "'", "\"", "\u0000", "\n", "\u200b", "\u0301",
                        "\uD83D\uDE00"));
        return allowed(1, 15).zip(other, allowed(1, 15), (before, bad, after) -> before + bad + after)
                .assuming(name -> name.strip().length() >= AccountService.USERNAME_MIN_LENGTH
                        && name.strip().length() <= AccountService.USERNAME_MAX_LENGTH
                        // the stored lower-case form may be longer (a dotted capital I becomes two characters):
                        // a name whose lower-case form is too long is refused for its length, checked first
                        && AppUser.keyOf(name).length() <= AccountService.USERNAME_MAX_LENGTH)
                .describedAs(Texts::shown);
    }

    /** Another way of writing a taken username: another case, white space around. */
    record CaseChange(boolean upper, String before, String after) {
        String apply(String name) {
            return before + (upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT)) + after;
        }
    }

    private static Gen<CaseChange> caseChanges() {
        return booleans().all().zip(arbitrary().pick("", " ", "\t"), arbitrary().pick("", " ", "\n"), CaseChange::new);
    }

    // passwords

    /** Long random passwords of many different characters: nothing a guesser would try early. */
    private static Gen<String> strongPasswords() {
        return Texts.ofChars(ASCII_LETTERS_AND_DIGITS + "!#%&*+-=?@^_~ äöüéñßø€", 16,
                        AccountService.PASSWORD_MAX_LENGTH)
                .assuming(password -> password.chars().distinct().count() >= 10);
    }

    /** A password that breaks one rule, with the field and message the refusal names. */
    record BadPassword(String password, String again, AccountException.Field field, String messageKey) {
        @Override
        public String toString() {
            return "BadPassword[password=" + Texts.shown(password) + ", again=" + Texts.shown(again) + ", field="
                    + field + ", messageKey=" + messageKey + "]";
        }
    }

    private static Gen<BadPassword> badPasswords() {
        Gen<String> tooShort = Generate.oneOf(Gens.none(), Texts.any(1, AccountService.PASSWORD_MIN_LENGTH - 1),
                Generate.constant(""));
        Gen<String> strong = strongPasswords();
        Gen<BadPassword> mismatch = in -> {
            String password = strong.generate(in);
            String again = Generate.oneOf(Gens.none(), Generate.constant(password + " "),
                            Generate.constant(" " + password), Generate.constant(password.toUpperCase(Locale.ROOT)),
                            strong)
                    .assuming(typed -> !password.equals(typed)).generate(in);
            return new BadPassword(password, again, AccountException.Field.PASSWORD_AGAIN,
                    "account.error.passwordMismatch");
        };
        return Generate.oneOf(
                tooShort.map(password -> new BadPassword(password, password, AccountException.Field.PASSWORD,
                        "account.error.passwordShort")),
                Texts.longerThan(AccountService.PASSWORD_MAX_LENGTH).map(password -> new BadPassword(password,
                        password, AccountException.Field.PASSWORD, "account.error.passwordLong")),
                arbitrary().pick("password1", "password123", "12345678", "qwertyuiop", "iloveyou1", "backcoach",
                        "backcoach2024", "11111111", "abcdefgh", "letmein123").map(password -> new BadPassword(
                        password, password, AccountException.Field.PASSWORD, "account.error.passwordWeak")),
                mismatch);
    }

    /** What a password change is given: the current password and the new one twice. */
    record PasswordChange(String current, String next, String again, AccountException.Field field) {
        @Override
        public String toString() {
            return "PasswordChange[current=" + Texts.shown(current) + ", next=" + Texts.shown(next) + ", again="
                    + Texts.shown(again) + ", field=" + field + "]";
        }
    }

    private static Gen<PasswordChange> wrongCurrentOrBadNew() {
        return Generate.oneOf(
                wrongPasswords().zip(strongPasswords(), (wrong, next) ->
                        new PasswordChange(wrong, next, next, AccountException.Field.CURRENT_PASSWORD)),
                badPasswords().map(bad -> new PasswordChange(TestAccounts.PASSWORD, bad.password(), bad.again(),
                        bad.field())));
    }

    private static Gen<String> wrongPasswords() {
        String right = TestAccounts.PASSWORD;
        return Generate.oneOf(Gens.none(), Texts.any(1, 40), Generate.constant(""),
                        arbitrary().pick(right.toUpperCase(Locale.ROOT), right + " ", " " + right, right.substring(1),
                                right + right.charAt(0)),
                        Texts.longerThan(AccountService.PASSWORD_MAX_LENGTH))
                .assuming(password -> !right.equals(password)).describedAs(Texts::shown);
    }
}
