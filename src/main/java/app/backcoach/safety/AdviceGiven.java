package app.backcoach.safety;

import app.backcoach.safety.PainRecords.HurtReported;
import app.backcoach.safety.PainRecords.RatedWorkout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stop advice that the rules gave on a day, worked out again from what the person recorded (the advice itself is
 * not stored: the rules are plain functions of the records, so the same records give the same advice).
 *
 * @param at when the record that brought the advice was made: the workout's start or the "This hurts"
 */
public record AdviceGiven(Instant at, Advice.Kind kind) {

    /**
     * The advice that the spreading, stop-for-today and rising-pain rules gave from {@code from} on, once per kind
     * and day (in the zone), oldest first.
     *
     * @param workouts the rated workouts, oldest first, from {@link PainRules#ADVICE_WINDOW_DAYS} days before
     *                 {@code from} (for the rising-pain rule)
     * @param hurts    the "This hurts" reports from {@code from} on
     */
    static List<AdviceGiven> from(List<RatedWorkout> workouts, List<HurtReported> hurts, Instant from, ZoneId zone) {
        List<AdviceGiven> all = new ArrayList<>();
        List<RatedWorkout> ratedBothWays = new ArrayList<>();
        for (RatedWorkout workout : workouts) {
            if (workout.before() != null && workout.after() != null) {
                ratedBothWays.add(workout);
            }
            if (workout.startedAt().isBefore(from)) {
                continue;
            }
            if (PainRules.stopForToday(workout.before(), workout.after())) {
                all.add(new AdviceGiven(workout.startedAt(), Advice.Kind.STOP_FOR_TODAY));
            }
            if (workout.legSymptoms() != null && PainRules.raisesSpreadingFlag(workout.legSymptoms())) {
                all.add(new AdviceGiven(workout.startedAt(), Advice.Kind.SPREADING));
            }
            if (ratedBothWays.contains(workout) && painRoseInARow(ratedBothWays, workout.startedAt())) {
                all.add(new AdviceGiven(workout.startedAt(), Advice.Kind.PAIN_RISING));
            }
        }
        for (HurtReported hurt : hurts) {
            all.add(new AdviceGiven(hurt.at(), Advice.Kind.STOP_FOR_TODAY));
            if (PainRules.raisesSpreadingFlag(hurt.kind())) {
                all.add(new AdviceGiven(hurt.at(), Advice.Kind.SPREADING));
            }
        }
        all.sort(Comparator.comparing(AdviceGiven::at));
        Set<String> seen = new HashSet<>();
        return all.stream().filter(advice -> seen.add(advice.kind() + "@" + advice.day(zone))).toList();
    }

    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The rising-pain rule as it stood after the workout of {@code at}: the window ends there. */
    private static boolean painRoseInARow(List<RatedWorkout> ratedBothWays, Instant at) {
        Instant windowStart = at.minus(Duration.ofDays(PainRules.ADVICE_WINDOW_DAYS));
        List<PainPair> latestFirst = ratedBothWays.stream()
                .filter(workout -> !workout.startedAt().isAfter(at) && !workout.startedAt().isBefore(windowStart))
                .map(workout -> new PainPair(workout.before(), workout.after()))
                .toList().reversed();
        return PainRules.painRoseInARow(latestFirst);
    }
}
