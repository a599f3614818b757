package app.backcoach.care;

/** The home care that BackCoach times: a cold pack, a heat pack, a short walk, or slow breathing. */
public enum CareKind {
    COLD, HEAT, WALK, BREATHE;

    public boolean isPack() {
        return this == COLD || this == HEAT;
    }
}
