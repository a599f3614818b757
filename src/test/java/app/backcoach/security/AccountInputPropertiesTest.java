package app.backcoach.security;

import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.Texts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts under any input. A username of fewer than 3 or more than 32 characters (also once in lower case),
 * with a character other than letters, digits, dots, dashes and underscores, or taken in any case; a password
 * of fewer than 8 or more than 128 characters, easy to guess, or typed differently the second time; a wrong
 * current password or a deletion not confirmed: each is refused with {@link AccountException} naming the field
 * and the problem, and nothing is stored or changed. Within the rules, the account is stored under the name as
 * typed (without the white space around it) and signs in with the password.
 */
class AccountInputPropertiesTest {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final AccountService accounts = PropertyContext.bean(AccountService.class);
    private final AuthenticationProvider signIn = PropertyContext.bean(AuthenticationProvider.class);
    private final JdbcTemplate jdbc = PropertyContext.bean(JdbcTemplate.class);

    @AfterTry
    void signOut() {
        SignedIn.nobody();
    }

    @AfterContainer
    static void nobody() {
        SignedIn.nobody();
    }

    // registration

    @Property(tries = 50)
    void aUsernameOfTheWrongLengthIsRefused(@ForAll("usernamesOfTheWrongLength") String username,
                                            @ForAll("strongPasswords") String password) {
        assertRefused(() -> accounts.register(username, password, password), AccountException.Field.USERNAME,
                "account.error.usernameLength");
    }

    @Property(tries = 100)
    void aUsernameWithACharacterOutsideTheRulesIsRefused(@ForAll("usernamesWithOtherCharacters") String username,
                                                         @ForAll("strongPasswords") String password) {
        assertRefused(() -> accounts.register(username, password, password), AccountException.Field.USERNAME,
                "account.error.usernameCharacters");
    }

    @Property(tries = 8)
    void aUsernameTakenInAnyCaseIsRefused(@ForAll("caseChanges") CaseChange change,
                                          @ForAll("strongPasswords") String password) {
        AccountPrincipal taken = TestAccounts.create(accounts, "Taken");
        String sameName = change.apply(taken.getUsername());

        assertRefused(() -> accounts.register(sameName, password, password), AccountException.Field.USERNAME,
                "account.error.usernameTaken");
    }

    @Property(tries = 100)
    void aPasswordOutsideTheRulesIsRefused(@ForAll("freeUsernames") String username,
                                           @ForAll("badPasswords") BadPassword bad) {
        assertRefused(() -> accounts.register(username, bad.password(), bad.again()), bad.field(), bad.messageKey());
    }

    @Property(tries = 10)
    void anAccountWithinTheRulesIsStoredAsTypedAndSignsIn(@ForAll("freeUsernames") String username,
                                                          @ForAll("strongPasswords") String password) {
        int before = userCount();

        AccountPrincipal account = accounts.register(username, password, password);

        assertThat(userCount()).isEqualTo(before + 1);
        assertThat(account.getUsername()).isEqualTo(username.strip());
        assertThat(storedUsername(account.id())).isEqualTo(username.strip());
        // usernames are one regardless of case: the lower-case form signs in too
        Authentication signedIn = authenticate(username.strip().toLowerCase(Locale.ROOT), password);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((AccountPrincipal) signedIn.getPrincipal()).id()).isEqualTo(account.id());
    }

    // changing the password

    @Property(tries = 10)
    void aPasswordChangeWithAWrongCurrentPasswordOrABadNewOneChangesNothing(
            @ForAll("wrongCurrentOrBadNew") PasswordChange change) {
        AccountPrincipal account = signedInAccount();
        String hashBefore = passwordHash(account.id());

        assertThatThrownBy(() -> accounts.changePassword(change.current(), change.next(), change.again()))
                .isExactlyInstanceOf(AccountException.class)
                .satisfies(problem -> assertThat(((AccountException) problem).field()).isEqualTo(change.field()));

        assertThat(passwordHash(account.id())).isEqualTo(hashBefore);
    }

    @Property(tries = 5)
    void aPasswordChangeWithinTheRulesSignsInWithTheNewPasswordOnly(@ForAll("strongPasswords") String next) {
        AccountPrincipal account = signedInAccount();

        accounts.changePassword(TestAccounts.PASSWORD, next, next);

        assertThat(authenticate(account.getUsername(), next).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticate(account.getUsername(), TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class);
    }

    // deleting the account

    @Property(tries = 8)
    void aDeletionWithAWrongPasswordOrWithoutConfirmationDeletesNothing(@ForAll("wrongPasswords") String password,
                                                                        @ForAll boolean confirmed) {
        AccountPrincipal account = signedInAccount();
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(account);
        String given = confirmed ? password : TestAccounts.PASSWORD;

        assertThatThrownBy(() -> accounts.deleteAccount(given, confirmed))
                .isExactlyInstanceOf(AccountException.class)
                .satisfies(problem -> assertThat(((AccountException) problem).field()).isEqualTo(confirmed
                        ? AccountException.Field.CURRENT_PASSWORD : AccountException.Field.CONFIRMATION));

        assertThat(PropertyContext.rowsOf(account)).isEqualTo(rowsBefore).containsEntry("APP_USER", 1);
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
    private static Arbitrary<String> allowedPiece() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1)
                        .ofMaxLength(8)),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().all().filter(Character::isLetterOrDigit)
                        .map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\u0130", "\u00df", "\u01c5", "\ufb03", "\u03a3", "\u00bd",
                        "\u216b", "\uD835\uDC9C", "\uD801\uDC00")));
    }

    private static Arbitrary<String> allowed(int minLength, int maxLength) {
        return allowedPiece().list().ofMinSize(1).ofMaxSize(maxLength).map(pieces -> String.join("", pieces))
                .filter(name -> name.length() >= minLength && name.length() <= maxLength && ALLOWED.matcher(name).matches());
    }

    private static Arbitrary<String> withSpaceAround(Arbitrary<String> values) {
        Arbitrary<String> space = Arbitraries.oneOf(Arbitraries.just(""), Texts.blank());
        return Combinators.combine(space, values, space).as((before, value, after) -> before + value + after);
    }

    /** Usernames within the rules that nobody has taken, as typed (perhaps with white space around). */
    @Provide
    Arbitrary<String> freeUsernames() {
        return withSpaceAround(allowed(AccountService.USERNAME_MIN_LENGTH, AccountService.USERNAME_MAX_LENGTH)
                .filter(name -> name.toLowerCase(Locale.ROOT).length() <= AccountService.USERNAME_MAX_LENGTH))
                .filter(name -> !taken(name));
    }

    @Provide
    Arbitrary<String> usernamesOfTheWrongLength() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Texts.blank(),
                withSpaceAround(allowed(1, AccountService.USERNAME_MIN_LENGTH - 1)),
                withSpaceAround(Texts.longerThan(AccountService.USERNAME_MAX_LENGTH))
                        .filter(name -> name.strip().length() > AccountService.USERNAME_MAX_LENGTH),
                // within 32 characters as typed, longer once in lower case: the dotted capital I becomes two
                Arbitraries.integers().between(AccountService.USERNAME_MAX_LENGTH / 2 + 1,
                        AccountService.USERNAME_MAX_LENGTH).map("\u0130"::repeat),
                allowed(AccountService.USERNAME_MIN_LENGTH, AccountService.USERNAME_MAX_LENGTH - 1)
                        .map(name -> name + "\u0130".repeat(AccountService.USERNAME_MAX_LENGTH))
                        .map(name -> name.substring(0, AccountService.USERNAME_MAX_LENGTH))
                        .filter(name -> name.toLowerCase(Locale.ROOT).length() > AccountService.USERNAME_MAX_LENGTH));
    }

    @Provide
    Arbitrary<String> usernamesWithOtherCharacters() {
        Arbitrary<String> other = Arbitraries.oneOf(
                Arbitraries.chars().all().filter(c -> !ALLOWED.matcher(String.valueOf(c)).matches()
                        && !Character.isWhitespace(c)).map(String::valueOf),
                Arbitraries.of(" ", "\t", "@", "<", ">", "/", "\\", "'", "\"", "\u0000", "\n", "\u200b", "\u0301",
                        "\uD83D\uDE00"));
        return Combinators.combine(allowed(1, 15), other, allowed(1, 15))
                .as((before, bad, after) -> before + bad + after)
                .filter(name -> name.strip().length() >= AccountService.USERNAME_MIN_LENGTH
                        && name.strip().length() <= AccountService.USERNAME_MAX_LENGTH);
    }

    /** Another way of writing a taken username: another case, white space around. */
    record CaseChange(boolean upper, String before, String after) {
        String apply(String name) {
            return before + (upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT)) + after;
        }
    }

    @Provide
    Arbitrary<CaseChange> caseChanges() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("", " ", "\t"),
                Arbitraries.of("", " ", "\n")).as(CaseChange::new);
    }

    // passwords

    /** Long random passwords of many different characters: nothing a guesser would try early. */
    @Provide
    Arbitrary<String> strongPasswords() {
        return Arbitraries.strings().alpha().numeric().withChars("!#%&*+-=?@^_~ äöüéñßø€").ofMinLength(16)
                .ofMaxLength(AccountService.PASSWORD_MAX_LENGTH)
                .filter(password -> password.chars().distinct().count() >= 10).withoutEdgeCases();
    }

    /** A password that breaks one rule, with the field and message the refusal names. */
    record BadPassword(String password, String again, AccountException.Field field, String messageKey) {
    }

    @Provide
    Arbitrary<BadPassword> badPasswords() {
        Arbitrary<String> tooShort = Arbitraries.oneOf(Arbitraries.just(null),
                Texts.any(1, AccountService.PASSWORD_MIN_LENGTH - 1), Arbitraries.just(""));
        return Arbitraries.oneOf(
                tooShort.map(password -> new BadPassword(password, password, AccountException.Field.PASSWORD,
                        "account.error.passwordShort")),
                Texts.longerThan(AccountService.PASSWORD_MAX_LENGTH).map(password -> new BadPassword(password,
                        password, AccountException.Field.PASSWORD, "account.error.passwordLong")),
                Arbitraries.of("password1", "password123", "12345678", "qwertyuiop", "iloveyou1", "backcoach",
                        "backcoach2024", "11111111", "abcdefgh", "letmein123").map(password -> new BadPassword(
                        password, password, AccountException.Field.PASSWORD, "account.error.passwordWeak")),
                strongPasswords().flatMap(password -> Arbitraries.oneOf(Arbitraries.just(null),
                                Arbitraries.just(password + " "), Arbitraries.just(" " + password),
                                Arbitraries.just(password.toUpperCase(Locale.ROOT)).filter(upper -> !upper.equals(password)),
                                strongPasswords().filter(other -> !other.equals(password)))
                        .map(again -> new BadPassword(password, again, AccountException.Field.PASSWORD_AGAIN,
                                "account.error.passwordMismatch"))));
    }

    /** What a password change is given: the current password and the new one twice. */
    record PasswordChange(String current, String next, String again, AccountException.Field field) {
    }

    @Provide
    Arbitrary<PasswordChange> wrongCurrentOrBadNew() {
        return Arbitraries.oneOf(
                Combinators.combine(wrongPasswords(), strongPasswords()).as((wrong, next) ->
                        new PasswordChange(wrong, next, next, AccountException.Field.CURRENT_PASSWORD)),
                badPasswords().map(bad -> new PasswordChange(TestAccounts.PASSWORD, bad.password(), bad.again(),
                        bad.field())));
    }

    @Provide
    Arbitrary<String> wrongPasswords() {
        String right = TestAccounts.PASSWORD;
        return Arbitraries.oneOf(Arbitraries.just(null), Texts.any(1, 40), Arbitraries.just(""),
                Arbitraries.of(right.toUpperCase(Locale.ROOT), right + " ", " " + right, right.substring(1),
                        right + right.charAt(0)),
                Texts.longerThan(AccountService.PASSWORD_MAX_LENGTH))
                .filter(password -> !right.equals(password));
    }
}
