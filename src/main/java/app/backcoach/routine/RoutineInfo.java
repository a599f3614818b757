package app.backcoach.routine;

import java.util.List;

/**
 * A routine as the app shows and runs it.
 *
 * @param key how the routine appears in a URL: the slug of a built-in routine, the id of a person's own
 */
public record RoutineInfo(long id, String key, String name, String description, boolean builtIn,
                          List<RoutineItem> items) {

    public RoutineInfo {
        items = List.copyOf(items);
    }

    public int recordedSets() {
        return items.stream().mapToInt(RoutineItem::recordedSets).sum();
    }
}
