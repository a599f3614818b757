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

    /** A workout's ratings: before may be missing. */
    record Rating(Integer before, int after) {
    }
}
