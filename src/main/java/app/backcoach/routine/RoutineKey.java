package app.backcoach.routine;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for the key that names a routine in addresses: a built-in routine's slug (lower-case letters,
 * digits and hyphens), or a person's own routine's id (digits).
 */
public final class RoutineKey {

    private static final Pattern OWN = Pattern.compile("\\d{1,18}");
    private static final Pattern BUILT_IN = Pattern.compile("[a-z0-9-]{1,64}");

    private RoutineKey() {
    }

    /** Whether the key names a person's own routine (its id). */
    public static boolean isOwn(String key) {
        return key != null && OWN.matcher(key).matches();
    }

    /** Whether the key has the form of a built-in routine's slug. */
    public static boolean isBuiltIn(String key) {
        return key != null && !isOwn(key) && BUILT_IN.matcher(key).matches();
    }

    /** The id of the person's own routine the key names; empty for any other key. */
    public static Optional<Long> ownId(String key) {
        return isOwn(key) ? Optional.of(Long.parseLong(key)) : Optional.empty();
    }
}
