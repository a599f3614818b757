package app.backcoach.safety;

/** What happened when the person pressed "This hurts" during a workout. */
public enum Hurt {
    SHARP,
    /** Pain or tingling spreading down a leg: the same as leg symptoms spreading after the press-ups. */
    SPREADING,
    OTHER
}
