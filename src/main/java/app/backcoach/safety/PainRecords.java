package app.backcoach.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the stop rules need to read of the signed-in person's workouts: the pain they rated and what they
 * reported with "This hurts". The workout feature, which owns those records, answers it.
 */
public interface PainRecords {

    /** Before and after ratings of the latest workouts rated both ways since a moment, newest first. */
    List<PainPair> latestRated(Instant since, int limit);

    /** The pain before of the latest workouts rated before they began, since a moment, newest first. */
    List<Integer> latestBefore(Instant since, int limit);

    /** The ratings of each workout rated afterwards since a moment. */
    List<Rating> ratedAfterSince(Instant since);

    /** How many times the person pressed "This hurts" since a moment. */
    int hurtsSince(Instant since);

    /** Average ratings per local day (in the zone) from a day up to and including another; rated days only. */
    List<DailyPain> painPerDay(ZoneId zone, LocalDate from, LocalDate to);

    /**
     * The workouts started in a range of instants that were rated before or after, or whose leg symptoms were
     * asked about after the press-ups, oldest first.
     */
    List<RatedWorkout> ratedBetween(Instant from, Instant until);

    /** Each "This hurts" in a range of instants, oldest first. */
    List<HurtReported> hurtsBetween(Instant from, Instant until);

    /** One workout's ratings and leg-symptom answer; any of them may be missing. */
    record RatedWorkout(Instant startedAt, Integer before, Integer after, LegSymptoms legSymptoms) {
    }

    /** The person pressed "This hurts" and said what happened. */
    record HurtReported(Instant at, Hurt kind) {
    }

    /** A workout's ratings: before may be missing. */
    record Rating(Integer before, int after) {
    }
}
