package app.backcoach.plan;

import app.backcoach.base.Sources;
import app.backcoach.care.CareKind;
import app.backcoach.plan.PlanStep.Opens;
import app.backcoach.plan.PlanStep.When;
import app.backcoach.safety.Advice;
import app.backcoach.safety.PainRules;
import app.backcoach.safety.SafetyStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.backcoach.plan.PlanStep.OPEN_END;

/**
 * The plan after a back spasm, as plain functions: which steps of the sources' usual course apply on a day,
 * whether the spasm is easing, and what a red flag or a stop rule holds back. The sources' course: gentle
 * movements, short walks, cold packs and no bed rest after the first day; heat after about 72 hours; the
 * stretches once the spasm eases; easing expected within about 2 weeks (if not, the stop rules advise a
 * review); settled by 4 to 6 weeks for most people.
 */
public final class PlanRules {

    /** At least this many workouts rated before are needed to tell whether pain is falling. */
    public static final int EASING_MIN_RATINGS = 4;
    /** The latest this many ratings are compared: the newer half with the older half. */
    public static final int EASING_RATINGS_LOOKED_AT = 6;

    private static final String HEALTHWISE = "plan.source.healthwise";
    private static final String COURSE = "plan.source.course";

    /** Every step, in the order a day's list shows them. */
    public static final List<PlanStep> STEPS = List.of(
            new PlanStep("bedRest", 1, 1, When.ALWAYS, false, Opens.NOTHING, HEALTHWISE, null),
            new PlanStep("upAndAbout", 2, 13, When.ALWAYS, false, Opens.NOTHING, HEALTHWISE, null),
            new PlanStep("moveGently", 1, OPEN_END, When.ALWAYS, true, Opens.GENTLE_START, "plan.source.moveGently",
                    Sources.NHS_EXERCISES),
            new PlanStep("stretches", 1, OPEN_END, When.EASING, true, Opens.FORWARD_BENDS, "plan.source.stretches",
                    Sources.NHS_EXERCISES),
            new PlanStep("walkShort", 1, 3, When.ALWAYS, false, Opens.HOME_CARE, "care.walk.source", null),
            new PlanStep("walkBuildUp", 4, OPEN_END, When.ALWAYS, false, Opens.HOME_CARE, "care.walk.source", null),
            new PlanStep("cold", 1, 4, When.COLD_NOW, false, Opens.HOME_CARE, "care.packs.source", null),
            new PlanStep("heat", 1, 27, When.HEAT_NOW, false, Opens.HOME_CARE, "care.packs.source", null),
            new PlanStep("position", 1, 27, When.ALWAYS, false, Opens.NOTHING, HEALTHWISE, null),
            new PlanStep("twoWeeks", 14, 14, When.ALWAYS, false, Opens.NOTHING, COURSE, Sources.NHS_BACK_PAIN),
            new PlanStep("settling", 15, 27, When.ALWAYS, false, Opens.NOTHING, COURSE, Sources.NHS_BACK_PAIN),
            new PlanStep("fourToSix", 28, 42, When.ALWAYS, false, Opens.NOTHING, COURSE, Sources.NHS_BACK_PAIN),
            new PlanStep("afterSix", 43, OPEN_END, When.ALWAYS, false, Opens.NOTHING, COURSE, Sources.NHS_BACK_PAIN));

    /** Stop rules after which no more exercises today: the pain rose, or rose several workouts in a row. */
    private static final Set<Advice.Kind> HOLD_EXERCISES = Set.of(Advice.Kind.STOP_FOR_TODAY, Advice.Kind.PAIN_RISING);

    private PlanRules() {
    }

    /**
     * The day since the spasm began, counted as the stop rules count days ({@link PainRules#daysSince}) but
     * from 1: the day it began is day 1, the next day is day 2. Never below 1.
     */
    public static long dayOf(LocalDate spasmStart, LocalDate today) {
        return Math.max(1, PainRules.daysSince(spasmStart, today) + 1);
    }

    /**
     * Whether the spasm is easing: the person said so, or their pain before workouts is falling. Of the latest
     * {@link #EASING_RATINGS_LOOKED_AT} ratings (at least {@link #EASING_MIN_RATINGS}), the newer half must
     * average at least {@link PainRules#EASING_POINTS} below the older half.
     *
     * @param beforeNewestFirst the pain rated before workouts since the spasm began, newest first
     */
    public static Easing easing(List<Integer> beforeNewestFirst, boolean saidSo) {
        if (saidSo) {
            return Easing.SAID_SO;
        }
        if (beforeNewestFirst.size() < EASING_MIN_RATINGS) {
            return Easing.TOO_FEW_RATINGS;
        }
        List<Integer> looked = beforeNewestFirst.subList(0, Math.min(EASING_RATINGS_LOOKED_AT, beforeNewestFirst.size()));
        int half = looked.size() / 2;
        double newer = average(looked.subList(0, half));
        double older = average(looked.subList(half, looked.size()));
        return newer <= older - PainRules.EASING_POINTS ? Easing.PAIN_FALLING : Easing.NOT_FALLING;
    }

    /**
     * The plan for a day. The red-flag state (unless clear) and the stop rules' advice come first; a red flag
     * that needs a doctor first holds the whole plan back, and a stop rule that says no more exercises today
     * holds back today's exercises.
     *
     * @param pack the pack home care suggests now ({@code CareRules.packFor})
     */
    public static Plan plan(long day, CareKind pack, Easing easing, SafetyStatus.State safety, List<Advice> advice) {
        Optional<SafetyStatus.State> redFlag = safety == SafetyStatus.State.CLEAR ? Optional.empty() : Optional.of(safety);
        Plan.Hold hold = safety == SafetyStatus.State.EMERGENCY || safety == SafetyStatus.State.SAME_DAY
                ? Plan.Hold.EVERYTHING
                : advice.stream().anyMatch(item -> HOLD_EXERCISES.contains(item.kind())) ? Plan.Hold.EXERCISES
                : Plan.Hold.NOTHING;
        if (hold == Plan.Hold.EVERYTHING) {
            return new Plan(day, redFlag, advice, hold, easing, List.of(), List.of());
        }
        List<PlanStep> today = STEPS.stream().filter(step -> step.coversDay(day) && holds(step.when(), pack, easing))
                .filter(step -> hold == Plan.Hold.NOTHING || !step.exercise()).toList();
        List<PlanStep> ahead = STEPS.stream()
                .filter(step -> step.fromDay() > day || (step.coversDay(day) && !holds(step.when(), pack, easing)
                        && comesLater(step.when())))
                .sorted(Comparator.comparingInt((PlanStep step) -> aheadOrder(step.when()))
                        .thenComparingInt(PlanStep::fromDay))
                .toList();
        return new Plan(day, redFlag, advice, hold, easing, today, ahead);
    }

    private static boolean holds(When when, CareKind pack, Easing easing) {
        return switch (when) {
            case ALWAYS -> true;
            case COLD_NOW -> pack == CareKind.COLD;
            case HEAT_NOW -> pack == CareKind.HEAT;
            case EASING -> easing.easing();
        };
    }

    /** Heat follows the cold days and the stretches follow the easing; cold never comes back. */
    private static boolean comesLater(When when) {
        return when == When.HEAT_NOW || when == When.EASING;
    }

    /** Heat comes at a known hour, so it leads; then the stretches, whose day is not known; then by day. */
    private static int aheadOrder(When when) {
        return switch (when) {
            case HEAT_NOW -> 0;
            case EASING -> 1;
            default -> 2;
        };
    }

    private static double average(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
