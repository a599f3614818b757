package app.backcoach.routine;

/**
 * One of the person's own routines as the editor loads it.
 *
 * @param version the version the editor started from: saving fails when the routine has changed since
 */
public record EditableRoutine(long id, long version, RoutineDraft draft) {
}
