package app.backcoach.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The stop rules on pain, as plain functions of what the person recorded. They never diagnose: each only
 * decides whether to suggest stopping an exercise or asking a clinician.
 */
public final class PainRules {

    /** Pain after a workout at least this many points above the pain before it counts as a rise. */
    public static final int RISE_POINTS = 2;
    /** Pain after a workout at this level or above is severe: stop for today, whatever it was before. */
    public static final int SEVERE_AFTER = 7;
    /** Pain before a workout at this level or above: rest and home care suggested instead of starting. */
    public static final int REST_INSTEAD_FROM = 8;
    /** This many rated workouts in a row with such a rise suggest a clinician's review. */
    public static final int RISES_IN_A_ROW = 3;
    /** From this many days after the spasm began, pain that is not easing suggests a review. */
    public static final int REVIEW_AFTER_DAYS = 14;
    /** The most recent days whose ratings are compared with the earlier ones. */
    public static final int RECENT_DAYS = 7;
    /** How much lower the recent average must be than the earlier one to count as easing. */
    public static final double EASING_POINTS = 1.0;
    /**
     * The spreading and rising-pain rules look at workouts of this many days back at most (and none from
     * before the spasm began): advice follows the person's recent answers, not ones long past.
     */
    public static final int ADVICE_WINDOW_DAYS = 14;

    private PainRules() {
    }

    /**
     * Leg symptoms that spread further down the leg after the press-ups raise the spreading flag: press-ups
     * stay out and the person is told to contact a doctor today. No other answer lowers it; only the person
     * saying the symptoms have settled does.
     */
    public static boolean raisesSpreadingFlag(LegSymptoms answer) {
        return answer == LegSymptoms.SPREADING;
    }

    /** Pain or tingling spreading down a leg during a workout raises the same flag. */
    public static boolean raisesSpreadingFlag(Hurt hurt) {
        return hurt == Hurt.SPREADING;
    }

    /**
     * One workout is enough to stop for the day: pain after it at least {@link #RISE_POINTS} above the pain
     * before it, or {@link #SEVERE_AFTER} or more. Exercises should not cause severe pain or make it worse.
     *
     * @param before pain before the workout (0-10), or {@code null} when not rated
     * @param after  pain after it (0-10), or {@code null} when not rated
     */
    public static boolean stopForToday(Integer before, Integer after) {
        return after != null && (after >= SEVERE_AFTER || (before != null && after - before >= RISE_POINTS));
    }

    /** Pain of {@link #REST_INSTEAD_FROM} or more before a workout: suggest rest and home care instead. */
    public static boolean restInsteadOfStarting(Integer before) {
        return before != null && before >= REST_INSTEAD_FROM;
    }

    /**
     * Whether each of the latest {@link #RISES_IN_A_ROW} workouts rated before and after ended with pain at
     * least {@link #RISE_POINTS} higher than it began. Workouts without both ratings are not in the list.
     *
     * @param latestFirst the rated workouts, the most recent first
     */
    public static boolean painRoseInARow(List<PainPair> latestFirst) {
        return latestFirst.size() >= RISES_IN_A_ROW
                && latestFirst.stream().limit(RISES_IN_A_ROW).allMatch(pair -> pair.rise() >= RISE_POINTS);
    }

    /**
     * Whether, {@link #REVIEW_AFTER_DAYS} days or more after the spasm began, the ratings fail to show the
     * pain easing: the average of the last {@link #RECENT_DAYS} days must be at least {@link #EASING_POINTS}
     * below the average of the days before them (since the spasm began). With too few ratings to tell,
     * easing is not shown either.
     *
     * @param spasmStart the day the spasm began, or {@code null} when the person has not said
     * @param days the person's rated days (any range; only those since the spasm began count)
     */
    public static boolean notEasing(LocalDate spasmStart, LocalDate today, List<DailyPain> days) {
        Trend trend = trend(spasmStart, today, days);
        return trend == Trend.NOT_EASING || trend == Trend.TOO_FEW_RATINGS;
    }

    /** What the ratings say about the pain's course, once {@link #REVIEW_AFTER_DAYS} days have passed. */
    public enum Trend {
        /** No start day, or fewer than {@link #REVIEW_AFTER_DAYS} days since it. */
        TOO_EARLY,
        EASING,
        NOT_EASING,
        /** No ratings in the last {@link #RECENT_DAYS} days, or none before them since the start. */
        TOO_FEW_RATINGS
    }

    /** The pain's course as {@link #notEasing} judges it, telling "not easing" from "too few ratings". */
    public static Trend trend(LocalDate spasmStart, LocalDate today, List<DailyPain> days) {
        if (spasmStart == null || daysSince(spasmStart, today) < REVIEW_AFTER_DAYS) {
            return Trend.TOO_EARLY;
        }
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1L);
        OptionalDouble earlier = average(days.stream()
                .filter(day -> !day.day().isBefore(spasmStart) && day.day().isBefore(recentFrom)).toList());
        OptionalDouble recent = average(days.stream()
                .filter(day -> !day.day().isBefore(recentFrom) && !day.day().isAfter(today)).toList());
        if (earlier.isEmpty() || recent.isEmpty()) {
            return Trend.TOO_FEW_RATINGS;
        }
        return recent.getAsDouble() > earlier.getAsDouble() - EASING_POINTS ? Trend.NOT_EASING : Trend.EASING;
    }

    public static long daysSince(LocalDate spasmStart, LocalDate today) {
        return ChronoUnit.DAYS.between(spasmStart, today);
    }

    private static OptionalDouble average(List<DailyPain> days) {
        return days.stream().map(DailyPain::level).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }
}
