package app.backcoach.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Active time on a clock that can be paused: from {@link #start()} to now, less the time spent paused. A
 * start while paused begins frozen and runs from the resume. Used for a workout and its phases, and for a
 * heat pack or a walk.
 */
public final class PausableClock {

    private final Clock clock;
    private Instant startedAt;
    private Duration pausedFor = Duration.ZERO;
    private Instant pausedAt;
    private Instant stoppedAt;

    public PausableClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Starts (or starts again) from now; a pause under way goes on. */
    public void start() {
        startedAt = now();
        pausedFor = Duration.ZERO;
        stoppedAt = null;
        if (pausedAt != null) {
            pausedAt = startedAt;
        }
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public void pause() {
        if (pausedAt == null && stoppedAt == null) {
            pausedAt = now();
        }
    }

    public void resume() {
        if (pausedAt != null) {
            pausedFor = pausedFor.plus(nonNegative(Duration.between(pausedAt, now())));
            pausedAt = null;
        }
    }

    /** Freezes the clock for good; a pause under way ends it at the pause. */
    public void stop() {
        if (stoppedAt == null) {
            stoppedAt = pausedAt != null ? pausedAt : now();
        }
        pausedAt = null;
    }

    /** Moves the start back by {@code elapsed} while the clock runs: for time that passed before it heard of it. */
    public void backdate(Duration elapsed) {
        if (pausedAt == null && stoppedAt == null && elapsed.isPositive()) {
            startedAt = startedAt.minus(elapsed);
        }
    }

    /** The time it ran, not counting pauses. */
    public Duration active() {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = stoppedAt != null ? stoppedAt : pausedAt != null ? pausedAt : now();
        return nonNegative(Duration.between(startedAt, end).minus(pausedFor));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
