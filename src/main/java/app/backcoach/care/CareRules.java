package app.backcoach.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The home-care advice of the sources, as plain rules: which pack when, for how long, and how often. */
public final class CareRules {

    /** Cold packs suit the first 72 hours after a spasm begins; heat suits the time after. */
    public static final Duration COLD_PERIOD = Duration.ofHours(72);
    public static final Duration PACK_TIME = Duration.ofMinutes(20);
    /** The next pack is due this long after the last one ended, at the earliest ... */
    public static final Duration NEXT_PACK_FROM = Duration.ofHours(1);
    /** ... and at the latest. */
    public static final Duration NEXT_PACK_UNTIL = Duration.ofHours(2);
    public static final int WALK_MIN_MINUTES = 3;
    public static final int WALK_DEFAULT_MINUTES = 5;
    /** "Work up to longer walks" (seed 001): up to half an hour at a time. */
    public static final int WALK_MAX_MINUTES = 30;
    /** A short spell of slow breathing to help a muscle in spasm relax (seed 004). */
    public static final Duration BREATHING_TIME = Duration.ofMinutes(2);
    public static final int WALKS_PER_DAY_LOW = 3;
    public static final int WALKS_PER_DAY_HIGH = 4;
    /** A pack or walk stopped before this counts for nothing. */
    public static final Duration SHORTEST_COUNTED = Duration.ofMinutes(1);

    private CareRules() {
    }

    /** How far the server's clock may lag the browser's "time is up" and the full time still count. */
    public static final Duration REPORT_TOLERANCE = Duration.ofSeconds(5);

    /**
     * The time a pack or walk counts for: the time done, or the planned time when the browser's timer said
     * the time was up and the server's clock agrees within {@link #REPORT_TOLERANCE}.
     */
    public static Duration counted(Duration planned, Duration done, boolean timeUp) {
        return timeUp && done.compareTo(planned.minus(REPORT_TOLERANCE)) >= 0 ? planned : done;
    }

    /**
     * The pack the sources suggest now: cold until 72 hours after the spasm began, heat from then on; empty
     * when the person has not said when it began.
     */
    public static Optional<CareKind> packFor(Instant spasmStart, Instant now) {
        if (spasmStart == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(spasmStart, now).compareTo(COLD_PERIOD) < 0 ? CareKind.COLD : CareKind.HEAT);
    }

    /** When the next pack is due: 1 to 2 hours after the last one ended. */
    public static NextPack nextPack(Instant lastPackEnded) {
        return new NextPack(lastPackEnded.plus(NEXT_PACK_FROM), lastPackEnded.plus(NEXT_PACK_UNTIL));
    }

    public record NextPack(Instant from, Instant until) {

        public boolean dueAt(Instant now) {
            return !now.isBefore(from);
        }
    }
}
