package app.backcoach.routine;

import app.backcoach.base.StoredText;
import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.exercise.SideMode;
import app.backcoach.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routines a signed-in person may run: the built-in ones (read-only) and their own, which they
 * create, change and delete here.
 */
@Service
public class RoutineService {

    /** The routine for a first workout: gentle, no kneeling. */
    public static final String FIRST_ROUTINE = "gentle-start";

    private final RoutineRepository routines;
    private final ProgressionChangeRepository progressionChanges;
    private final ExerciseService exercises;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;
    private final RoutineTexts texts;

    RoutineService(RoutineRepository routines, ProgressionChangeRepository progressionChanges,
                   ExerciseService exercises, CurrentUser currentUser, Clock clock, EntityManager entityManager,
                   RoutineTexts texts) {
        this.texts = texts;
        this.routines = routines;
        this.progressionChanges = progressionChanges;
        this.exercises = exercises;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The built-in routines first, then the person's own. */
    @Transactional(readOnly = true)
    public List<RoutineInfo> findAll() {
        Map<Long, ExerciseInfo> catalogue = catalogue();
        return routines.findVisibleTo(currentUser.id()).stream().map(r -> toInfo(r, catalogue)).toList();
    }

    /** The routine the home page suggests: the one done last, if it still exists, else {@link #FIRST_ROUTINE}. */
    @Transactional(readOnly = true)
    public RoutineInfo suggested(Optional<Long> lastDoneId) {
        return lastDoneId.flatMap(this::findById).or(() -> findByKey(FIRST_ROUTINE)).orElseThrow();
    }

    /**
     * The routine with this URL key, if the person may run it: a built-in routine's slug, or the id of
     * one of their own. Someone else's routine is not found.
     */
    @Transactional(readOnly = true)
    public Optional<RoutineInfo> findByKey(String key) {
        return findVisible(key).map(r -> toInfo(r, catalogue()));
    }

    /** The routine with this id, if the person may run it (built-in or their own). */
    @Transactional(readOnly = true)
    public Optional<RoutineInfo> findById(long id) {
        return routines.findById(id).filter(r -> r.isBuiltIn() || r.getUserId() == currentUser.id())
                .map(r -> toInfo(r, catalogue()));
    }

    /**
     * The current name of the built-in routine with this id in the page's language, for a workout recorded under
     * the English name it had then; empty for a person's own routine (shown by the name it was recorded with).
     */
    public Optional<String> builtInName(long routineId) {
        return texts.builtInName(routineId);
    }

    /** Whether a routine with this URL key exists for the person (a cheap check, for HTTP statuses). */
    @Transactional(readOnly = true)
    public boolean exists(String key) {
        if (key == null) {
            return false;
        }
        return RoutineKey.isOwn(key)
                ? routines.existsByIdAndUserId(Long.parseLong(key), currentUser.id())
                : RoutineKey.isBuiltIn(key) && (routines.existsBySlugAndUserIdIsNull(key)
                        || routines.existsByFormerSlugAndUserIdIsNull(key));
    }

    /** One of the person's own routines, with its version, to edit; empty for a built-in or someone else's. */
    @Transactional(readOnly = true)
    public Optional<EditableRoutine> findEditable(long id) {
        return routines.findByIdAndUserId(id, currentUser.id())
                .map(r -> new EditableRoutine(r.getId(), r.getVersion(), toDraft(r)));
    }

    /** A routine the person may run (built-in or their own), as a draft for a copy of it. */
    @Transactional(readOnly = true)
    public Optional<RoutineDraft> draftOf(String key) {
        return findVisible(key).map(routine -> {
            RoutineDraft draft = toDraft(routine);
            return routine.isBuiltIn() ? new RoutineDraft(texts.name(routine), texts.description(routine),
                    draft.progression(), draft.items()) : draft;
        });
    }

    /** Stores a new routine of the person's own; nothing is stored when the draft breaks a rule. */
    @Transactional
    public RoutineInfo create(RoutineDraft draft) {
        Map<Long, ExerciseInfo> catalogue = catalogue();
        List<RoutineExercise.Values> items = check(draft, catalogue);
        Routine routine = new Routine(currentUser.id(), clock.instant());
        routine.apply(draft, items, clock.instant());
        return toInfo(routines.saveAndFlush(routine), catalogue);
    }

    /**
     * Replaces one of the person's routines with the draft, if it is still at the version the editor
     * loaded; otherwise (changed or deleted elsewhere) nothing is stored and {@link RoutineChangedException}
     * says so.
     */
    @Transactional
    public RoutineInfo update(long id, long version, RoutineDraft draft) {
        Map<Long, ExerciseInfo> catalogue = catalogue();
        List<RoutineExercise.Values> items = check(draft, catalogue);
        Routine routine = routines.findForUpdate(id, currentUser.id())
                .filter(found -> found.getVersion() == version)
                .orElseThrow(() -> new RoutineChangedException(id));
        raiseVersion(routine);
        routine.apply(draft, items, clock.instant());
        try {
            routines.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new RoutineChangedException(id);
        }
        return toInfo(routine, catalogue);
    }

    /** Deletes one of the person's routines; its workouts stay in the history. False if there is no such routine. */
    @Transactional
    public boolean delete(long id) {
        Optional<Routine> routine = routines.findByIdAndUserId(id, currentUser.id());
        routine.ifPresent(routines::delete);
        return routine.isPresent();
    }

    /** Accepts a progression offer: one more rep of each exercise, up to the limit. */
    @Transactional
    public Optional<RoutineInfo> acceptProgression(long id) {
        return routines.findForUpdate(id, currentUser.id()).filter(Routine::isProgression).map(routine -> {
            raiseVersion(routine);
            Map<Long, ExerciseInfo> catalogue = catalogue();
            Instant now = clock.instant();
            List<Integer> before = routine.getExercises().stream().map(RoutineExercise::getReps).toList();
            routine.addRep(now, exerciseId -> catalogue.get(exerciseId).sourceRange().repsMax());
            for (int i = 0; i < before.size(); i++) {
                RoutineExercise item = routine.getExercises().get(i);
                if (item.getReps() != before.get(i)) {
                    progressionChanges.save(ProgressionChange.stepTaken(id,
                            now, catalogue.get(item.getExerciseId()).slug(), before.get(i), item.getReps()));
                }
            }
            return toInfo(routine, catalogue);
        });
    }

    /** Declines a progression offer: the doses stay, and the next offer needs new workouts. */
    @Transactional
    public void declineProgression(long id) {
        routines.findByIdAndUserId(id, currentUser.id()).filter(Routine::isProgression)
                .ifPresent(routine -> {
                    routine.restartProgression(clock.instant());
                    progressionChanges.save(ProgressionChange.declined(id, clock.instant()));
                });
    }

    /** The person's answers to progression offers from a moment on, oldest first (routines since deleted are gone). */
    @Transactional(readOnly = true)
    public List<ProgressionStep> progressionStepsSince(Instant since) {
        long userId = currentUser.id();
        Map<Long, ExerciseInfo> catalogue = catalogue();
        Map<String, String> names = new HashMap<>();
        catalogue.values().forEach(exercise -> names.put(exercise.slug(), exercise.name()));
        Map<Long, String> routineNames = new HashMap<>();
        Map<String, ProgressionStep> steps = new LinkedHashMap<>();
        for (ProgressionChange change : progressionChanges.findSince(userId, since)) {
            String routineName = routineNames.computeIfAbsent(change.getRoutineId(),
                    id -> routines.findById(id).map(texts::name).orElse(""));
            String key = change.getRoutineId() + "@" + change.getChangedAt() + "@" + change.isAccepted();
            ProgressionStep step = steps.computeIfAbsent(key,
                    k -> new ProgressionStep(change.getChangedAt(), routineName, change.isAccepted(), List.of()));
            if (change.isAccepted()) {
                List<ProgressionStep.RepChange> changes = new ArrayList<>(step.changes());
                changes.add(new ProgressionStep.RepChange(names.getOrDefault(change.getExerciseSlug(),
                        change.getExerciseSlug()), change.getRepsBefore(), change.getRepsAfter()));
                steps.put(key, new ProgressionStep(step.at(), routineName, true, changes));
            }
        }
        return List.copyOf(steps.values());
    }

    /**
     * The routine's version goes up now, even when only its exercise rows change, so that an editor that
     * loaded the old version cannot save over this change. The row is locked by {@code findForUpdate}
     * before the version check, so a save racing this one waits for it and then fails that check.
     */
    private void raiseVersion(Routine routine) {
        entityManager.lock(routine, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private Optional<Routine> findVisible(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return RoutineKey.isOwn(key)
                ? routines.findByIdAndUserId(Long.parseLong(key), currentUser.id())
                : RoutineKey.isBuiltIn(key)
                ? routines.findBySlugAndUserIdIsNull(key).or(() -> routines.findByFormerSlugAndUserIdIsNull(key))
                : Optional.empty();
    }

    /** The same limits the editor shows at its fields, checked again here for every caller. */
    private static List<RoutineExercise.Values> check(RoutineDraft draft, Map<Long, ExerciseInfo> catalogue) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > Routine.NAME_MAX_LENGTH) {
            throw new InvalidRoutineException("a name of 1 to " + Routine.NAME_MAX_LENGTH + " characters is required");
        }
        if (draft.description() != null && draft.description().length() > Routine.DESCRIPTION_MAX_LENGTH) {
            throw new InvalidRoutineException("the description is too long");
        }
        if (!StoredText.storable(draft.name())
                || draft.description() != null && !StoredText.storable(draft.description())) {
            throw new InvalidRoutineException("the name or description holds a character that cannot be stored");
        }
        if (draft.items().isEmpty() || draft.items().size() > Routine.MAX_EXERCISES) {
            throw new InvalidRoutineException("a routine has 1 to " + Routine.MAX_EXERCISES + " exercises");
        }
        return draft.items().stream().map(item -> check(item, catalogue)).toList();
    }

    private static RoutineExercise.Values check(RoutineDraft.Item item, Map<Long, ExerciseInfo> catalogue) {
        ExerciseInfo exercise = catalogue.get(item.exerciseId());
        if (exercise == null) {
            throw new InvalidRoutineException("no exercise " + item.exerciseId());
        }
        requireBetween(item.holdSeconds(), Dose.MIN_HOLD_SECONDS, Dose.MAX_HOLD_SECONDS, "hold");
        requireBetween(item.reps(), Dose.MIN_REPS, Dose.MAX_REPS, "reps");
        requireBetween(item.sets(), Dose.MIN_SETS, Dose.MAX_SETS, "sets");
        requireBetween(item.restSeconds(), RoutineItem.MIN_REST_SECONDS, RoutineItem.MAX_REST_SECONDS, "rest");
        SideMode catalogueMode = exercise.dose().sideMode();
        if (item.perSide() && !catalogueMode.perSide()) {
            throw new InvalidRoutineException(exercise.slug() + " is not done one side at a time");
        }
        return new RoutineExercise.Values(item.exerciseId(), item.holdSeconds(), item.reps(), item.sets(),
                item.restSeconds(), item.perSide() ? catalogueMode : SideMode.NONE);
    }

    private static void requireBetween(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new InvalidRoutineException(what + " must be from " + min + " to " + max + ": " + value);
        }
    }

    private Map<Long, ExerciseInfo> catalogue() {
        return exercises.byId();
    }

    private static RoutineDraft toDraft(Routine routine) {
        return new RoutineDraft(routine.getName(), routine.getDescription(), routine.isProgression(),
                routine.getExercises().stream().map(item -> new RoutineDraft.Item(item.getExerciseId(),
                        item.getHoldSeconds(), item.getReps(), item.getSets(), item.getRestSeconds(),
                        item.getSideMode().perSide())).toList());
    }

    private RoutineInfo toInfo(Routine routine, Map<Long, ExerciseInfo> catalogue) {
        List<RoutineItem> items = routine.getExercises().stream()
                .map(item -> new RoutineItem(catalogue.get(item.getExerciseId()),
                        new Dose(item.getHoldSeconds(), item.getReps(), item.getSets(), item.getSideMode(), null),
                        item.getRestSeconds()))
                .toList();
        String key = routine.isBuiltIn() ? routine.getSlug() : String.valueOf(routine.getId());
        return new RoutineInfo(routine.getId(), key, texts.name(routine), texts.description(routine),
                routine.isBuiltIn(), items, routine.isProgression(), routine.getProgressionSince());
    }
}
