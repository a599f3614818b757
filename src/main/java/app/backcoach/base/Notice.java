package app.backcoach.base;

/**
 * A piece of advice a page shows in a box: its texts are the translations {@code advice.title.<key>},
 * {@code advice.text.<key>} (given {@link #days()}), {@code advice.why.<key>} and {@code advice.source.<key>}.
 */
public interface Notice {

    String key();

    /** The number of days the text speaks of, where it speaks of one. */
    long days();

    /** The address of the public guidance it comes from. */
    String source();

    /** Whether the box offers home care instead (the advice to stop for today). */
    default boolean leadsToHomeCare() {
        return false;
    }

    /** Whether the box lets the person say their symptoms settled (the spreading advice). */
    default boolean asksIfSettled() {
        return false;
    }
}
