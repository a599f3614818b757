package app.backcoach.plan;

import app.backcoach.safety.Advice;
import app.backcoach.safety.SafetyStatus;

import java.util.List;
import java.util.Optional;

/**
 * What the plan shows today. A red-flag state and the stop rules' advice come first, always; while they hold
 * the plan back, today's steps leave out what they hold.
 *
 * @param day      the day since the spasm began (day 1 is the day it began)
 * @param redFlag  the red-flag check's state when it is anything but clear
 * @param advice   what the stop rules advise now, most urgent first
 * @param today    the steps for today
 * @param ahead    the steps still to come: later days, heat once the cold days are over, the stretches once
 *                 the spasm eases
 */
public record Plan(long day, Optional<SafetyStatus.State> redFlag, List<Advice> advice, Hold hold, Easing easing,
                   List<PlanStep> today, List<PlanStep> ahead) {

    /** What a red flag or a stop rule holds back today. */
    public enum Hold {
        NOTHING,
        /** A stop rule: no exercises today; home care goes on. */
        EXERCISES,
        /** A red flag that needs a doctor first: the whole plan waits until a doctor has seen the person. */
        EVERYTHING
    }

    public Plan {
        advice = List.copyOf(advice);
        today = List.copyOf(today);
        ahead = List.copyOf(ahead);
    }

    /** Whether a red flag or a stop rule has something to say, and so comes before the plan. */
    public boolean safetyFirst() {
        return redFlag.isPresent() || !advice.isEmpty();
    }
}
