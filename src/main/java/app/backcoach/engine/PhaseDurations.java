package app.backcoach.engine;

import java.time.Duration;

/** Fixed phase lengths and the tolerance used when the browser reports the end of a phase. */
public final class PhaseDurations {

    public static final Duration GET_READY = Duration.ofSeconds(5);
    public static final Duration RELAX = Duration.ofSeconds(3);
    public static final Duration SWITCH_SIDES = Duration.ofSeconds(5);
    public static final Duration NEXT_EXERCISE = Duration.ofSeconds(10);

    /**
     * Slack between browser and server clocks: a phase may be reported this much before the server
     * sees it run out, and a hold may be credited at most this much beyond what the server measured.
     */
    public static final Duration TOLERANCE = Duration.ofMillis(1000);

    private PhaseDurations() {
    }
}
