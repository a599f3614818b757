package app.backcoach.routine;

/**
 * The routine was changed or deleted elsewhere (another tab or device) after the editor loaded it, so
 * saving would overwrite that change. The person reloads and edits again.
 */
public class RoutineChangedException extends RuntimeException {

    public RoutineChangedException(long id) {
        super("routine " + id + " was changed or deleted elsewhere");
    }
}
