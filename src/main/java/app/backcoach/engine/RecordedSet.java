package app.backcoach.engine;

/**
 * A set part that was already saved for a workout (an exercise's set, or one side of it), as a resumed
 * workout learns it from the database.
 */
public record RecordedSet(String exerciseSlug, int setNumber, Side side) {
}
