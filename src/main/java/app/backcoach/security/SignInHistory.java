package app.backcoach.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Failed sign-ins of an account since its last successful one, to tell the owner when they next sign in. */
@Service
class SignInHistory {

    private final AppUserRepository users;

    SignInHistory(AppUserRepository users) {
        this.users = users;
    }

    /** The id of the account with this username, if there is one. */
    @Transactional(readOnly = true)
    Optional<Long> accountId(String username) {
        if (username == null || username.length() > AccountService.USERNAME_MAX_LENGTH * 2) {
            return Optional.empty();
        }
        return users.findIdByUsernameKey(AppUser.keyOf(username));
    }

    /** Counts a failed sign-in if the username belongs to an account; returns that account's id. */
    @Transactional
    Optional<Long> recordFailure(String username) {
        Optional<Long> id = accountId(username);
        id.ifPresent(users::countFailedSignIn);
        return id;
    }

    /** The failed sign-ins since the last successful one, and starts counting afresh. */
    @Transactional
    int takeFailures(long userId) {
        int failures = users.failedSignIns(userId);
        if (failures > 0) {
            users.clearFailedSignIns(userId);
        }
        return failures;
    }
}
