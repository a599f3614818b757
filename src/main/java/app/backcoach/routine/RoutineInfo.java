package app.backcoach.routine;

import java.time.Instant;
import java.util.List;

/**
 * A routine as the app shows and runs it.
 *
 * @param key               how the routine appears in a URL: the slug of a built-in routine, the id of a
 *                          person's own
 * @param progression       whether gentle progression is on (never for a built-in routine)
 * @param progressionSince  from when workouts count towards the next progression offer, or {@code null}
 */
public record RoutineInfo(long id, String key, String name, String description, boolean builtIn,
                          List<RoutineItem> items, boolean progression, Instant progressionSince) {

    public RoutineInfo {
        items = List.copyOf(items);
    }

    public int recordedSets() {
        return items.stream().mapToInt(RoutineItem::recordedSets).sum();
    }
}
