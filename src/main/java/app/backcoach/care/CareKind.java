package app.backcoach.care;

/** The home care that BackCoach times: a cold pack, a heat pack, or a short walk. */
public enum CareKind {
    COLD, HEAT, WALK;

    public boolean isPack() {
        return this != WALK;
    }
}
