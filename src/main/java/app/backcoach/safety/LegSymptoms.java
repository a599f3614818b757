package app.backcoach.safety;

/** After the press-ups: how leg symptoms compare with before them. */
public enum LegSymptoms {
    /** The person has no leg symptoms. */
    NONE,
    /** Gone, or closer to the back than before (a good sign). */
    GONE_OR_CENTRAL,
    SAME,
    /** Further down the leg than before: stop the press-ups, and contact a doctor today. */
    SPREADING
}
