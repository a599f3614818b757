package app.backcoach.workout;

import app.backcoach.BackCoachTest;
import app.backcoach.Gens;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.Texts;
import app.backcoach.UserRows;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.PlannedExercise;
import app.backcoach.engine.Side;
import app.backcoach.engine.WorkoutPlan;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.routine.WorkoutPlans;
import app.backcoach.safety.Advice;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Workouts under any input: pain ratings outside 0-10, keys that name no routine, workouts that are not the
 * person's or have ended, and "This hurts" reports that name no exercise or no answer are refused (with
 * {@link IllegalArgumentException} or {@link IllegalStateException}, as the service says) and store nothing;
 * ratings, answers and sets within the rules are stored and read back as given.
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkoutInputPropertiesTest {

    private static final List<String> BUILT_IN = List.of("gentle-start", "quick-relief", "extension", "flexion",
            "full-routine");

    @Autowired
    WorkoutService workouts;
    @Autowired
    HistoryService history;
    @Autowired
    PainService pain;
    @Autowired
    WorkoutData data;
    @Autowired
    MutableClock clock;
    @Autowired
    ExerciseService exercises;
    @Autowired
    RoutineService routines;
    @Autowired
    SafetyService safety;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private List<ExerciseInfo> catalogue;
    private AccountPrincipal person;
    /** An own routine with an exercise done both sides at once, one side after the other, and alternating. */
    private RoutineInfo mixed;
    /** A workout of another person. */
    private long othersWorkout;

    @BeforeAll
    void makeAccounts() {
        catalogue = exercises.findAll();
        SignedIn.as(TestAccounts.create(accounts, "workout-other"));
        safety.record(TestSafety.answers());
        othersWorkout = workouts.start("gentle-start").orElseThrow().id();

        person = TestAccounts.create(accounts, "workout-props");
        SignedIn.as(person);
        safety.record(TestSafety.answers());
        Map<String, Long> ids = catalogue.stream().collect(Collectors.toMap(ExerciseInfo::slug, ExerciseInfo::id));
        mixed = routines.create(new RoutineDraft("Mixed", null, false, List.of(
                new RoutineDraft.Item(ids.get("pelvic-tilt"), 5, 3, 2, 10, false),
                new RoutineDraft.Item(ids.get("knee-to-chest"), 10, 2, 2, 10, true),
                new RoutineDraft.Item(ids.get("lower-trunk-rotation"), 3, 4, 1, 0, true))));
        SignedIn.nobody();
    }

    @BeforeEach
    void signIn() {
        SignedIn.as(person);
        // each property starts with the press-ups in the routines; one that raised the flag does not leak it
        pain.legsSettled();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    // starting

    @Test
    void aPainRatingOutsideZeroToTenStartsNoWorkout() {
        qt().withExamples(50).forAll(outsidePain(), routineKeys()).checkAssert((painBefore, key) -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            assertThatThrownBy(() -> workouts.start(key, painBefore))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
        });
    }

    @Test
    void aKeyThatNamesNoRoutineOfTheirsStartsOrResumesNothing() {
        qt().withExamples(100).forAll(unknownKeys(), painOrNone()).checkAssert((key, painBefore) -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            assertThat(workouts.start(key, painBefore)).isEmpty();
            assertThat(workouts.resume(othersWorkout, key)).isEmpty();

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
        });
    }

    @Test
    void aWorkoutStartsWithThePainRatedBeforeIt() {
        qt().withExamples(50).forAll(routineKeys(), painOrNone()).checkAssert((key, painBefore) -> {
            int before = history.count();

            StartedWorkout started = workouts.start(key, painBefore).orElseThrow();

            assertThat(history.count()).isEqualTo(before + 1);
            HistoryEntry entry = history.detail(started.id()).orElseThrow().entry();
            assertThat(entry.painBefore()).isEqualTo(painBefore);
            assertThat(entry.painAfter()).isNull();
            assertThat(entry.routineName()).isEqualTo(started.routine().name());
            assertThat(entry.startedAt()).isEqualTo(clock.instant());
            workouts.finish(started.id(), false);
        });
    }

    // after the workout: pain, leg symptoms

    @Test
    void aPainRatingAfterOutsideZeroToTenChangesNothing() {
        qt().withExamples(50).forAll(painOrNone(), outsidePain()).checkAssert((stored, rating) -> {
            long id = finishedWorkout();
            workouts.ratePainAfter(id, stored);

            assertThatThrownBy(() -> workouts.ratePainAfter(id, rating))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(stored);
        });
    }

    @Test
    void aPainRatingAfterWithinZeroToTenIsStored() {
        qt().withExamples(50).forAll(painOrNone(), painOrNone()).checkAssert((first, second) -> {
            long id = finishedWorkout();

            workouts.ratePainAfter(id, first);
            assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(first);
            workouts.ratePainAfter(id, second);
            assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(second);
        });
    }

    @Test
    void aWorkoutThatIsNotTheirsTakesNoRatingAnswerOrReport() {
        qt().withExamples(50).forAll(notTheirs(), painOrNone(), arbitrary().enumValues(LegSymptoms.class),
                arbitrary().enumValues(Hurt.class)).checkAssert((id, rating, legs, hurt) -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            List<WorkoutData.WorkoutRow> before = data.export();

            assertThatThrownBy(() -> workouts.ratePainAfter(id, rating))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> workouts.recordLegSymptoms(id, legs))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> workouts.reportHurt(id, "pelvic-tilt", hurt))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            workouts.finish(id, true);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(data.export()).isEqualTo(before);
            assertThat(pain.pressUpsPaused()).isFalse();
            assertThat(othersWorkoutStatus()).isEqualTo(WorkoutStatus.IN_PROGRESS.name());
        });
    }

    @Test
    void legSymptomsAreStoredAsAnswered() {
        Gen<LegSymptoms> answers = arbitrary().enumValues(LegSymptoms.class);
        qt().withExamples(30).forAll(answers, answers).checkAssert((first, second) -> {
            pain.legsSettled();
            long id = finishedWorkout();

            workouts.recordLegSymptoms(id, first);
            assertThat(row(id).legSymptoms()).isEqualTo(first.name());
            workouts.recordLegSymptoms(id, second);
            assertThat(row(id).legSymptoms()).isEqualTo(second.name());
            assertThat(pain.pressUpsPaused())
                    .isEqualTo(first == LegSymptoms.SPREADING || second == LegSymptoms.SPREADING);
            pain.legsSettled();
        });
    }

    // "This hurts"

    @Test
    void aHurtReportWithoutAnExerciseOrAnAnswerIsRefusedAndStoresNothing() {
        qt().withExamples(30).forAll(badHurts()).checkAssert(report -> {
            long id = finishedWorkout();
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            assertThatThrownBy(() -> workouts.reportHurt(id, report.exerciseSlug(), report.what()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(row(id).hurtReports()).isEmpty();
            assertThat(pain.pressUpsPaused()).isFalse();
        });
    }

    @Test
    void aHurtReportIsStoredWithTheWorkoutAndStopsExerciseForToday() {
        qt().withExamples(30).forAll(exerciseSlugs(), arbitrary().enumValues(Hurt.class)).checkAssert((slug, what) -> {
            pain.legsSettled();
            long id = finishedWorkout();

            workouts.reportHurt(id, slug, what);

            assertThat(row(id).hurtReports())
                    .containsExactly(new WorkoutData.HurtRow(slug, what.name(), clock.instant()));
            assertThat(pain.currentAdvice()).extracting(Advice::kind).contains(Advice.Kind.STOP_FOR_TODAY);
            assertThat(pain.pressUpsPaused()).isEqualTo(what == Hurt.SPREADING);
            pain.legsSettled();
        });
    }

    // sets

    @Test
    void everySetOfThePlanIsStoredOnceAndReadBackAsDone() {
        qt().withExamples(30).forAll(setsOfTheMixedRoutine()).checkAssert(done -> {
            StartedWorkout started = workouts.start(mixed.key(), null).orElseThrow();

            for (CompletedSet set : done) {
                workouts.recordSet(started, set);
                // the same report again (a reconnect, a double press) stores nothing more
                workouts.recordSet(started, set);
            }

            assertThat(workouts.setsOf(started.id())).containsExactlyElementsOf(done);
            assertThat(history.detail(started.id()).orElseThrow().entry().setsDone()).isEqualTo(done.size());
            workouts.finish(started.id(), true);
        });
    }

    @Test
    void aSetOfAWorkoutThatEndedOrIsNotTheirsIsRefused() {
        qt().withExamples(30).forAll(setsOfTheMixedRoutine(), booleans().all()).checkAssert((done, someoneElses) -> {
            StartedWorkout started = workouts.start(mixed.key(), null).orElseThrow();
            workouts.finish(started.id(), false);
            StartedWorkout target = someoneElses
                    ? new StartedWorkout(othersWorkout, person.id(), mixed, started.plan()) : started;
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            for (CompletedSet set : done) {
                assertThatThrownBy(() -> workouts.recordSet(target, set)).isExactlyInstanceOf(someoneElses
                        ? IllegalArgumentException.class : IllegalStateException.class);
            }

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(workouts.setsOf(started.id())).isEmpty();
        });
    }

    // helpers

    private long finishedWorkout() {
        StartedWorkout started = workouts.start("gentle-start", null).orElseThrow();
        workouts.finish(started.id(), true);
        return started.id();
    }

    private WorkoutData.WorkoutRow row(long id) {
        return data.export().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private String othersWorkoutStatus() {
        return jdbc.queryForObject("select status from workout where id = ?", String.class, othersWorkout);
    }

    // generators

    private static Gen<Integer> painOrNone() {
        return Gens.orNone(integers().between(0, 10), 15);
    }

    private static Gen<Integer> outsidePain() {
        return Gens.outside(0, 10);
    }

    private Gen<String> routineKeys() {
        List<String> keys = new ArrayList<>(BUILT_IN);
        keys.add(mixed.key());
        return Generate.pick(keys);
    }

    private Gen<String> unknownKeys() {
        Set<String> known = Set.copyOf(BUILT_IN);
        return Generate.oneOf(
                Gens.none(),
                Texts.blank(),
                Texts.any(1, 80).assuming(key -> !known.contains(key) && !key.matches("[0-9]+")),
                Texts.ofChars("abcdefghijklmnopqrstuvwxyz-", 1, 64).assuming(key -> !known.contains(key)),
                Texts.ofChars('a', 'z', 65, 200),
                longs().between(Long.MAX_VALUE / 2, Long.MAX_VALUE).map(number -> Long.toString(number)),
                arbitrary().pick(String.valueOf(routineOf(othersWorkout)), mixed.key() + " ", "-" + mixed.key()))
                .describedAs(Texts::shown);
    }

    private long routineOf(long workoutId) {
        return jdbc.queryForObject("select routine_id from workout where id = ?", Long.class, workoutId);
    }

    private Gen<Long> notTheirs() {
        long highest = jdbc.queryForObject("select max(id) from workout", Long.class);
        return Generate.oneOf(Generate.constant(othersWorkout), longs().between(Long.MIN_VALUE, 0),
                longs().between(highest + 1_000_000, Long.MAX_VALUE),
                arbitrary().pick(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private Gen<String> exerciseSlugs() {
        return Generate.pick(catalogue.stream().map(ExerciseInfo::slug).toList());
    }

    /** What "This hurts" sends: the exercise under way and what happened. */
    record HurtInput(String exerciseSlug, Hurt what) {
        @Override
        public String toString() {
            return "HurtInput[exerciseSlug=" + Texts.shown(exerciseSlug) + ", what=" + what + "]";
        }
    }

    private Gen<HurtInput> badHurts() {
        Set<String> slugs = catalogue.stream().map(ExerciseInfo::slug).collect(Collectors.toSet());
        Gen<String> notAnExercise = Generate.oneOf(Gens.none(), Texts.blank(),
                Texts.any(1, 100).assuming(slug -> !slugs.contains(slug)),
                Texts.ofChars("abcdefghijklmnopqrstuvwxyz-", 1, 64).assuming(slug -> !slugs.contains(slug)),
                Texts.longerThan(64),
                exerciseSlugs().map(slug -> slug.toUpperCase(Locale.ROOT)));
        return Generate.oneOf(
                notAnExercise.zip(Gens.orNone(arbitrary().enumValues(Hurt.class), 20), HurtInput::new),
                exerciseSlugs().map(slug -> new HurtInput(slug, null)));
    }

    /**
     * Some set parts of the mixed routine's plan, each with reps done and measured holds as the engine reports
     * them, in the order they were done.
     */
    private Gen<List<CompletedSet>> setsOfTheMixedRoutine() {
        WorkoutPlan plan = WorkoutPlans.of(mixed);
        List<Place> places = new ArrayList<>();
        for (int position = 1; position <= plan.size(); position++) {
            PlannedExercise exercise = plan.exercise(position - 1);
            for (int set = 1; set <= exercise.sets(); set++) {
                for (Side side : exercise.sided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE)) {
                    places.add(new Place(position, set, side, exercise));
                }
            }
        }
        Instant start = clock.instant();
        Gen<List<Place>> chosen = Gens.subsetOf(places, 1);
        return in -> {
            List<Place> inOrder = chosen.generate(in);
            List<CompletedSet> sets = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                sets.add(set(inOrder.get(i), start.plusSeconds(600L * i)).generate(in));
            }
            return List.copyOf(sets);
        };
    }

    private record Place(int position, int set, Side side, PlannedExercise exercise) {
    }

    private static Gen<CompletedSet> set(Place place, Instant startedAt) {
        PlannedExercise exercise = place.exercise();
        long longestHold = exercise.holdSeconds() * 1000L + Duration.ofHours(1).toMillis();
        Gen<Integer> repsDone = integers().between(1, exercise.reps());
        Gen<Long> holds = longs().between(0, longestHold);
        Gen<Long> took = longs().between(0, Duration.ofMinutes(9).toMillis());
        return in -> {
            int reps = repsDone.generate(in);
            List<Long> measured = lists().of(holds).ofSize(reps).generate(in);
            long millis = took.generate(in);
            return new CompletedSet(exercise.slug(), exercise.name(), place.position(), place.set(), place.side(),
                    reps, exercise.reps(), exercise.holdSeconds(), List.copyOf(measured), startedAt,
                    startedAt.plusMillis(millis));
        };
    }
}
