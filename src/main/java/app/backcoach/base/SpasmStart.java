package app.backcoach.base;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the person's current spasm began, as the spasm-start question reads and sets it. The settings feature,
 * which keeps it, answers; home care and the plan both ask the question.
 */
public interface SpasmStart {

    /** The longest ago that a spasm's start may be set. */
    Duration MAX_AGE = Duration.ofDays(365);

    /** When the current spasm began, if the person has said. */
    Optional<Instant> spasmStartedAt();

    /**
     * Sets when it began, or forgets it ({@code null}, once it has settled). A moment in the future, or longer
     * ago than {@link #MAX_AGE}, is refused.
     */
    void setSpasmStartedAt(Instant startedAt);

    /** The person's time zone, in which the question shows days and times. */
    ZoneId zone();
}
