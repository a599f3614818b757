package app.backcoach.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

import static app.backcoach.security.AccountException.Field.CONFIRMATION;
import static app.backcoach.security.AccountException.Field.CURRENT_PASSWORD;
import static app.backcoach.security.AccountException.Field.PASSWORD;
import static app.backcoach.security.AccountException.Field.PASSWORD_AGAIN;
import static app.backcoach.security.AccountException.Field.USERNAME;

/** Creates accounts, changes passwords and deletes accounts with all their data. */
@Service
public class AccountService {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 32;
    public static final int PASSWORD_MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int PASSWORD_MAX_LENGTH = PasswordPolicy.MAX_LENGTH;
    private static final Pattern USERNAME_PATTERN = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;
    private final ApplicationEventPublisher events;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   CurrentUser currentUser, Clock clock, LoginThrottle throttle, DeviceCookies deviceCookies,
                   ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
        this.events = events;
    }

    /**
     * Creates an account. Throws {@link AccountException} naming the field and the problem when the
     * username is malformed or taken, or the password is too short, too long, too easy or mistyped, or
     * when this client made too many failed attempts (the same per-client limit as sign-in).
     */
    @Transactional
    public AccountPrincipal register(String username, String password, String passwordAgain) {
        SignInClient client = SignInClient.current();
        LoginThrottle.Attempt attempt = beginClientAction(client, USERNAME, SecurityEvent.Type.REGISTRATION_SLOWED_DOWN);
        AccountPrincipal principal = createAccount(username, password, passwordAgain);
        attempt.succeeded();
        deviceCookies.issue(principal.getUsername());
        publish(SecurityEvent.Type.REGISTERED, principal.id(), client);
        return principal;
    }

    private AccountPrincipal createAccount(String username, String password, String passwordAgain) {
        String name = username == null ? "" : username.strip();
        // the lower-case form is stored too (uniqueness) and may be longer: the dotted capital I becomes two characters
        if (name.length() < USERNAME_MIN_LENGTH || name.length() > USERNAME_MAX_LENGTH
                || AppUser.keyOf(name).length() > USERNAME_MAX_LENGTH) {
            throw new AccountException(USERNAME, "account.error.usernameLength");
        }
        if (!USERNAME_PATTERN.matcher(name).matches()) {
            throw new AccountException(USERNAME, "account.error.usernameCharacters");
        }
        if (users.existsByUsernameKey(AppUser.keyOf(name))) {
            throw new AccountException(USERNAME, "account.error.usernameTaken");
        }
        checkNewPassword(password, passwordAgain, name);
        try {
            AppUser user = users.saveAndFlush(new AppUser(name, passwordEncoder.encode(password), clock.instant()));
            return new AccountPrincipal(user.getId(), user.getUsername(), user.getPasswordHash());
        } catch (DataIntegrityViolationException raceWithAnotherRegistration) {
            throw new AccountException(USERNAME, "account.error.usernameTaken");
        }
    }

    /**
     * Changes the signed-in person's password; the current one must be given. Every other session of the
     * account ends.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String newPasswordAgain) {
        AppUser user = signedInUser();
        requirePassword(user, currentPassword);
        checkNewPassword(newPassword, newPasswordAgain, user.getUsername());
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        publish(SecurityEvent.Type.PASSWORD_CHANGED, user.getId(), SignInClient.current());
    }

    /**
     * Deletes the signed-in person's account and, through the schema's cascading foreign keys, every row
     * of their data. Needs their password and an explicit confirmation.
     */
    @Transactional
    public void deleteAccount(String password, boolean confirmed) {
        AppUser user = signedInUser();
        requirePassword(user, password);
        if (!confirmed) {
            throw new AccountException(CONFIRMATION, "account.error.confirmDelete");
        }
        users.delete(user);
        publish(SecurityEvent.Type.ACCOUNT_DELETED, user.getId(), SignInClient.current());
    }

    private AppUser signedInUser() {
        return users.findById(currentUser.id()).orElseThrow(() -> new IllegalStateException("account is gone"));
    }

    private void requirePassword(AppUser user, String password) {
        SignInClient client = SignInClient.current();
        LoginThrottle.Attempt attempt = beginClientAction(client, CURRENT_PASSWORD,
                SecurityEvent.Type.CURRENT_PASSWORD_SLOWED_DOWN);
        if (password == null || password.length() > PASSWORD_MAX_LENGTH
                || !passwordEncoder.matches(password, user.getPasswordHash())) {
            publish(SecurityEvent.Type.CURRENT_PASSWORD_WRONG, user.getId(), client);
            throw new AccountException(CURRENT_PASSWORD, "account.error.currentPasswordWrong");
        }
        attempt.succeeded();
    }

    private LoginThrottle.Attempt beginClientAction(SignInClient client, AccountException.Field field,
                                                    SecurityEvent.Type slowed) {
        try {
            return throttle.beginClientAction(client);
        } catch (LoginThrottle.LoginThrottledException e) {
            publish(slowed, currentUser.principal().map(AccountPrincipal::id).orElse(null), client);
            throw new AccountException(field, "account.error.slowedDown");
        }
    }

    private void publish(SecurityEvent.Type type, Long userId, SignInClient client) {
        events.publishEvent(new SecurityEvent(this, type, userId, client.address()));
    }

    private void checkNewPassword(String password, String passwordAgain, String username) {
        passwordPolicy.problem(password, username).ifPresent(problem -> {
            throw new AccountException(PASSWORD, problem);
        });
        if (!password.equals(passwordAgain)) {
            throw new AccountException(PASSWORD_AGAIN, "account.error.passwordMismatch");
        }
    }
}
