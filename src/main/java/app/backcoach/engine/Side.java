package app.backcoach.engine;

/** The body side a hold is performed on; NONE for exercises without sides. */
public enum Side {
    NONE,
    LEFT,
    RIGHT
}
