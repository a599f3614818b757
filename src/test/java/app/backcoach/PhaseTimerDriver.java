package app.backcoach;

import app.backcoach.base.ui.PhaseTimer;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Plays the browser's part of the timer in Karibu tests: reads what the server set on the page's
 * {@code bc-phase-timer} and reports a phase's end as the element would.
 */
public final class PhaseTimerDriver {

    private PhaseTimerDriver() {
    }

    /** The page's timer. */
    public static PhaseTimer timer() {
        return _get(PhaseTimer.class);
    }

    /** The time the server set for the phase shown. */
    public static long remainingMillis() {
        return Math.round(timer().getElement().getProperty("remainingMs", 0.0));
    }

    /** Reports that a phase ended after {@code elapsedMillis}, as the element's {@code phase-end} event does. */
    public static void endPhase(int phaseId, long elapsedMillis) {
        BasicUtilsKt._fireDomEvent(timer(), "phase-end", JsonNodeFactory.instance.objectNode()
                .put("event.detail.phaseId", phaseId).put("event.detail.elapsedMs", elapsedMillis));
    }

    /** Lets the time of the phase shown pass on the clock and reports its end, as the browser's timer does. */
    public static void finishPhase(MutableClock clock) {
        long remaining = remainingMillis();
        clock.advance(java.time.Duration.ofMillis(remaining));
        endPhase(remaining);
    }

    /** Reports that the phase shown ended after {@code elapsedMillis}. */
    public static void endPhase(long elapsedMillis) {
        endPhase(timer().getPhaseId(), elapsedMillis);
    }
}
