package app.backcoach.routine;

import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The routines a signed-in person may run: the built-in ones and their own. */
@Service
public class RoutineService {

    private static final Pattern OWN_KEY = Pattern.compile("\\d{1,18}");
    private static final Pattern BUILT_IN_KEY = Pattern.compile("[a-z0-9-]{1,64}");

    private final RoutineRepository routines;
    private final ExerciseService exercises;
    private final CurrentUser currentUser;

    RoutineService(RoutineRepository routines, ExerciseService exercises, CurrentUser currentUser) {
        this.routines = routines;
        this.exercises = exercises;
        this.currentUser = currentUser;
    }

    /** The built-in routines first, then the person's own. */
    @Transactional(readOnly = true)
    public List<RoutineInfo> findAll() {
        Map<Long, ExerciseInfo> catalogue = catalogue();
        return routines.findVisibleTo(currentUser.id()).stream().map(r -> toInfo(r, catalogue)).toList();
    }

    /**
     * The routine with this URL key, if the person may run it: a built-in routine's slug, or the id of
     * one of their own. Someone else's routine is not found.
     */
    @Transactional(readOnly = true)
    public Optional<RoutineInfo> findByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<Routine> routine = OWN_KEY.matcher(key).matches()
                ? routines.findByIdAndUserId(Long.parseLong(key), currentUser.id())
                : BUILT_IN_KEY.matcher(key).matches() ? routines.findBySlugAndUserIdIsNull(key) : Optional.empty();
        return routine.map(r -> toInfo(r, catalogue()));
    }

    /** The routine with this id, if the person may run it (built-in or their own). */
    @Transactional(readOnly = true)
    public Optional<RoutineInfo> findById(long id) {
        return routines.findById(id).filter(r -> r.isBuiltIn() || r.getUserId() == currentUser.id())
                .map(r -> toInfo(r, catalogue()));
    }

    private Map<Long, ExerciseInfo> catalogue() {
        return exercises.findAll().stream().collect(Collectors.toMap(ExerciseInfo::id, Function.identity()));
    }

    private static RoutineInfo toInfo(Routine routine, Map<Long, ExerciseInfo> catalogue) {
        List<RoutineItem> items = routine.getExercises().stream()
                .map(item -> new RoutineItem(catalogue.get(item.getExerciseId()),
                        new Dose(item.getHoldSeconds(), item.getReps(), item.getSets(), item.getSideMode(), null),
                        item.getRestSeconds()))
                .toList();
        String key = routine.isBuiltIn() ? routine.getSlug() : String.valueOf(routine.getId());
        return new RoutineInfo(routine.getId(), key, routine.getName(), routine.getDescription(),
                routine.isBuiltIn(), items);
    }
}
