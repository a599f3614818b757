package app.backcoach.safety;

import java.time.Instant;
import java.util.Set;

/**
 * One red-flag check as the person answered it.
 *
 * @param yes            the signs answered "yes"
 * @param assessed       signs a doctor had already seen, which stood unchanged
 * @param acknowledgedAt when the person read the "see a doctor soon" advice and went on, or {@code null}
 * @param clearedAt      when the person said a doctor had seen them and said exercise is fine, or {@code null}
 */
public record AnsweredCheck(Instant answeredAt, Set<RedFlag> yes, Set<RedFlag> assessed, Instant acknowledgedAt,
                            Instant clearedAt) {

    public AnsweredCheck {
        yes = Set.copyOf(yes);
        assessed = Set.copyOf(assessed);
    }
}
