package app.backcoach.safety;

/** The bounds of a pain rating: 0 is no pain, 10 the worst pain imaginable. */
public final class Pain {

    public static final int MIN = 0;
    public static final int MAX = 10;

    private Pain() {
    }

    /** Fails unless the rating is empty or within the bounds. */
    public static Integer requireValid(Integer rating) {
        if (rating != null && (rating < MIN || rating > MAX)) {
            throw new IllegalArgumentException("a pain rating is between " + MIN + " and " + MAX + ": " + rating);
        }
        return rating;
    }
}
