package app.backcoach.safety;

/** After an extension exercise: how leg symptoms compare with before it. */
public enum LegSymptoms {
    /** Gone, or closer to the back than before (a good sign). */
    GONE_OR_CENTRAL,
    SAME,
    /** Further down the leg than before: a reason to stop extension exercises. */
    SPREADING
}
