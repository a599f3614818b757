package app.backcoach.plan;

/**
 * One line of the plan: what to do, on which days since the spasm began (day 1 is the day it began), under
 * which condition, and where the advice comes from. Its text is the translation {@code plan.step.<key>}.
 *
 * @param fromDay   the first day it applies
 * @param toDay     the last day it applies ({@link #OPEN_END} when it has none)
 * @param exercise  whether it is an exercise, which a stop rule may hold back for today
 * @param sourceKey the translation of its source, in words
 * @param url       the address of its source, or {@code null} when it has none to link
 */
public record PlanStep(String key, int fromDay, int toDay, When when, boolean exercise, Opens opens,
                       String sourceKey, String url) {

    public static final int OPEN_END = Integer.MAX_VALUE;

    /** What must hold, beyond the day, for the step to apply. */
    public enum When {
        ALWAYS,
        /** Home care suggests cold now (the first 72 hours). */
        COLD_NOW,
        /** Home care suggests heat now. */
        HEAT_NOW,
        /** The spasm is starting to ease. */
        EASING
    }

    /** The page a step offers to open. */
    public enum Opens {
        NOTHING, GENTLE_START, FORWARD_BENDS, HOME_CARE
    }

    public boolean coversDay(long day) {
        return day >= fromDay && day <= toDay;
    }
}
