package app.backcoach.security;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The failed sign-ins of an account before the current session's sign-in, held in that session until a
 * page has shown them once.
 */
public final class SignInFailures {

    static final String ATTRIBUTE = "backcoach.failedSignInsBefore";

    private SignInFailures() {
    }

    /** Reads and forgets the number held in a session (given as its get and remove operations); 0 if none. */
    public static int take(Function<String, Object> get, Consumer<String> remove) {
        if (get.apply(ATTRIBUTE) instanceof Integer failures) {
            remove.accept(ATTRIBUTE);
            return failures;
        }
        return 0;
    }
}
