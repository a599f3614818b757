package app.backcoach.safety;

import app.backcoach.base.Notice;
import app.backcoach.base.Sources;

/**
 * Advice that one of the stop rules gives the person now.
 *
 * @param days for {@link Kind#NOT_EASING} and {@link Kind#NOT_KNOWN_TO_EASE}: the days since the spasm began;
 *             0 otherwise
 */
public record Advice(Kind kind, long days) implements Notice {

    @Override
    public String key() {
        return kind.name();
    }

    @Override
    public String source() {
        return switch (kind) {
            case SPREADING, NOT_EASING, NOT_KNOWN_TO_EASE -> Sources.NHS_BACK_PAIN;
            case STOP_FOR_TODAY, PAIN_RISING -> Sources.NHS_INFORM_EXERCISES;
        };
    }

    @Override
    public boolean leadsToHomeCare() {
        return kind == Kind.STOP_FOR_TODAY;
    }

    @Override
    public boolean asksIfSettled() {
        return kind == Kind.SPREADING;
    }

    public enum Kind {
        /** Leg symptoms spread further down the leg: contact a doctor today; press-ups stay out until they settle. */
        SPREADING,
        /** A workout today raised the pain by 2 points or more, left it at 7 or more, or the person said it hurt. */
        STOP_FOR_TODAY,
        /** Pain after a workout was clearly higher than before, several workouts in a row. */
        PAIN_RISING,
        /** Two weeks since the spasm began, and the pain ratings do not show it easing. */
        NOT_EASING,
        /** Two weeks since the spasm began, and too few pain ratings to tell whether it is easing. */
        NOT_KNOWN_TO_EASE
    }
}
