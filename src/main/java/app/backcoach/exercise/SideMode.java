package app.backcoach.exercise;

/** How an exercise uses the body's two sides. */
public enum SideMode {
    /** Both sides at once, or no sides at all. */
    NONE,
    /** Every rep of a set on the left, then every rep on the right. */
    LEFT_THEN_RIGHT,
    /** Left and right take turns, rep by rep. */
    ALTERNATING;

    public boolean perSide() {
        return this != NONE;
    }
}
