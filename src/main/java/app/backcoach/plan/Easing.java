package app.backcoach.plan;

/** Whether the spasm is starting to ease, and how BackCoach knows. */
public enum Easing {
    /** The person said so. */
    SAID_SO,
    /** Their pain before workouts is falling. */
    PAIN_FALLING,
    /** Their pain before workouts is not falling. */
    NOT_FALLING,
    /** Too few workouts rated before to tell. */
    TOO_FEW_RATINGS;

    public boolean easing() {
        return this == SAID_SO || this == PAIN_FALLING;
    }
}
