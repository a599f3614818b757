package app.backcoach.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What makes a password acceptable: 8 to 128 characters, no composition rules, and not easy to guess
 * according to the zxcvbn estimator with its dictionaries of common passwords and words.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    /** zxcvbn's scale is 0 to 4; 3 means "safely unguessable" against an online attack. */
    static final int MIN_SCORE = 3;

    private final Zxcvbn estimator = new Zxcvbn();

    /** The translation key of what is wrong with the password, if anything. */
    Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.error.passwordShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.error.passwordLong");
        }
        if (!wellFormed(password)) {
            return Optional.of("account.error.passwordCharacters");
        }
        List<String> context = username == null ? List.of("backcoach") : List.of(username, "backcoach");
        if (estimator.measure(password, context).getScore() < MIN_SCORE) {
            return Optional.of("account.error.passwordWeak");
        }
        return Optional.empty();
    }

    /** Whether every character is a whole Unicode character: no half of a surrogate pair on its own. */
    static boolean wellFormed(CharSequence text) {
        // UTF-8 encodes every whole character and no half one: the encoder's check is exactly this rule
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }
}
