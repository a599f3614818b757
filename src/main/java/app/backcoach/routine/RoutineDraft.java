package app.backcoach.routine;

import java.util.List;

/**
 * A routine as a person writes it in the editor, before the service checks it: its name, description,
 * progression switch and exercises in order.
 */
public record RoutineDraft(String name, String description, boolean progression, List<Item> items) {

    public RoutineDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One exercise of the draft with its dose.
     *
     * @param perSide whether each set is done on one side, then the other; only for exercises that the
     *                catalogue does one side at a time
     */
    public record Item(long exerciseId, int holdSeconds, int reps, int sets, int restSeconds, boolean perSide) {
    }
}
