package app.backcoach.workout;

import app.backcoach.MutableClock;
import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.TestSafety;
import app.backcoach.Texts;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workouts under any input: pain ratings outside 0-10, keys that name no routine, workouts that are not the
 * person's or have ended, and "This hurts" reports that name no exercise or no answer are refused (with
 * {@link IllegalArgumentException} or {@link IllegalStateException}, as the service says) and store nothing;
 * ratings, answers and sets within the rules are stored and read back as given.
 */
class WorkoutInputPropertiesTest {

    private static AccountPrincipal person;
    /** An own routine with an exercise done both sides at once, one side after the other, and alternating. */
    private static RoutineInfo mixed;
    /** A workout of another person. */
    private static long othersWorkout;

    private final WorkoutService workouts = PropertyContext.bean(WorkoutService.class);
    private final HistoryService history = PropertyContext.bean(HistoryService.class);
    private final PainService pain = PropertyContext.bean(PainService.class);
    private final WorkoutData data = PropertyContext.bean(WorkoutData.class);
    private final MutableClock clock = PropertyContext.bean(MutableClock.class);
    private final List<ExerciseInfo> catalogue = PropertyContext.bean(ExerciseService.class).findAll();

    @BeforeContainer
    static void makeAccounts() {
        PropertyContext.signInNew("workout-other");
        PropertyContext.bean(SafetyService.class).record(TestSafety.answers());
        othersWorkout = PropertyContext.bean(WorkoutService.class).start("gentle-start").orElseThrow().id();

        person = PropertyContext.signInNew("workout-props");
        PropertyContext.bean(SafetyService.class).record(TestSafety.answers());
        Map<String, Long> ids = PropertyContext.bean(ExerciseService.class).findAll().stream()
                .collect(Collectors.toMap(ExerciseInfo::slug, ExerciseInfo::id));
        mixed = PropertyContext.bean(RoutineService.class).create(new RoutineDraft("Mixed", null, false, List.of(
                new RoutineDraft.Item(ids.get("pelvic-tilt"), 5, 3, 2, 10, false),
                new RoutineDraft.Item(ids.get("knee-to-chest"), 10, 2, 2, 10, true),
                new RoutineDraft.Item(ids.get("lower-trunk-rotation"), 3, 4, 1, 0, true))));
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
        // each try starts with the press-ups in the routines; a try that raised the flag does not leak it
        pain.legsSettled();
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    // starting

    @Property(tries = 50)
    void aPainRatingOutsideZeroToTenStartsNoWorkout(@ForAll("outsidePain") int painBefore,
                                                     @ForAll("routineKeys") String key) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        assertThatThrownBy(() -> workouts.start(key, painBefore)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 100)
    void aKeyThatNamesNoRoutineOfTheirsStartsOrResumesNothing(@ForAll("unknownKeys") String key,
                                                              @ForAll("painOrNone") Integer painBefore) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        assertThat(workouts.start(key, painBefore)).isEmpty();
        assertThat(workouts.resume(othersWorkout, key)).isEmpty();

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 50)
    void aWorkoutStartsWithThePainRatedBeforeIt(@ForAll("routineKeys") String key,
                                                @ForAll("painOrNone") Integer painBefore) {
        int before = history.count();

        StartedWorkout started = workouts.start(key, painBefore).orElseThrow();

        assertThat(history.count()).isEqualTo(before + 1);
        HistoryEntry entry = history.detail(started.id()).orElseThrow().entry();
        assertThat(entry.painBefore()).isEqualTo(painBefore);
        assertThat(entry.painAfter()).isNull();
        assertThat(entry.routineName()).isEqualTo(started.routine().name());
        assertThat(entry.startedAt()).isEqualTo(clock.instant());
        workouts.finish(started.id(), false);
    }

    // after the workout: pain, leg symptoms

    @Property(tries = 50)
    void aPainRatingAfterOutsideZeroToTenChangesNothing(@ForAll("painOrNone") Integer stored,
                                                         @ForAll("outsidePain") int rating) {
        long id = finishedWorkout();
        workouts.ratePainAfter(id, stored);

        assertThatThrownBy(() -> workouts.ratePainAfter(id, rating)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(stored);
    }

    @Property(tries = 50)
    void aPainRatingAfterWithinZeroToTenIsStored(@ForAll("painOrNone") Integer first,
                                                 @ForAll("painOrNone") Integer second) {
        long id = finishedWorkout();

        workouts.ratePainAfter(id, first);
        assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(first);
        workouts.ratePainAfter(id, second);
        assertThat(history.detail(id).orElseThrow().entry().painAfter()).isEqualTo(second);
    }

    @Property(tries = 50)
    void aWorkoutThatIsNotTheirsTakesNoRatingAnswerOrReport(@ForAll("notTheirs") long id,
                                                            @ForAll("painOrNone") Integer rating,
                                                            @ForAll LegSymptoms legs, @ForAll Hurt hurt) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        List<WorkoutData.WorkoutRow> before = data.export();

        assertThatThrownBy(() -> workouts.ratePainAfter(id, rating)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workouts.recordLegSymptoms(id, legs))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workouts.reportHurt(id, "pelvic-tilt", hurt))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        workouts.finish(id, true);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(data.export()).isEqualTo(before);
        assertThat(pain.pressUpsPaused()).isFalse();
        assertThat(othersWorkoutStatus()).isEqualTo(WorkoutStatus.IN_PROGRESS.name());
    }

    @Property(tries = 30)
    void legSymptomsAreStoredAsAnswered(@ForAll LegSymptoms first, @ForAll LegSymptoms second) {
        long id = finishedWorkout();

        workouts.recordLegSymptoms(id, first);
        assertThat(row(id).legSymptoms()).isEqualTo(first.name());
        workouts.recordLegSymptoms(id, second);
        assertThat(row(id).legSymptoms()).isEqualTo(second.name());
        assertThat(pain.pressUpsPaused()).isEqualTo(first == LegSymptoms.SPREADING || second == LegSymptoms.SPREADING);
        pain.legsSettled();
    }

    // "This hurts"

    @Property(tries = 30)
    void aHurtReportWithoutAnExerciseOrAnAnswerIsRefusedAndStoresNothing(@ForAll("badHurts") HurtInput report) {
        long id = finishedWorkout();
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        assertThatThrownBy(() -> workouts.reportHurt(id, report.exerciseSlug(), report.what()))
                .isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(row(id).hurtReports()).isEmpty();
        assertThat(pain.pressUpsPaused()).isFalse();
    }

    @Property(tries = 30)
    void aHurtReportIsStoredWithTheWorkoutAndStopsExerciseForToday(@ForAll("exerciseSlugs") String slug,
                                                                   @ForAll Hurt what) {
        long id = finishedWorkout();

        workouts.reportHurt(id, slug, what);

        assertThat(row(id).hurtReports()).containsExactly(new WorkoutData.HurtRow(slug, what.name(), clock.instant()));
        assertThat(pain.currentAdvice()).extracting(Advice::kind).contains(Advice.Kind.STOP_FOR_TODAY);
        assertThat(pain.pressUpsPaused()).isEqualTo(what == Hurt.SPREADING);
        pain.legsSettled();
    }

    // sets

    @Property(tries = 30)
    void everySetOfThePlanIsStoredOnceAndReadBackAsDone(@ForAll("setsOfTheMixedRoutine") List<CompletedSet> done) {
        StartedWorkout started = workouts.start(mixed.key(), null).orElseThrow();

        for (CompletedSet set : done) {
            workouts.recordSet(started, set);
            // the same report again (a reconnect, a double press) stores nothing more
            workouts.recordSet(started, set);
        }

        assertThat(workouts.setsOf(started.id())).containsExactlyElementsOf(done);
        assertThat(history.detail(started.id()).orElseThrow().entry().setsDone()).isEqualTo(done.size());
        workouts.finish(started.id(), true);
    }

    @Property(tries = 30)
    void aSetOfAWorkoutThatEndedOrIsNotTheirsIsRefused(@ForAll("setsOfTheMixedRoutine") List<CompletedSet> done,
                                                       @ForAll boolean someoneElses) {
        StartedWorkout started = workouts.start(mixed.key(), null).orElseThrow();
        workouts.finish(started.id(), false);
        StartedWorkout target = someoneElses
                ? new StartedWorkout(othersWorkout, person.id(), mixed, started.plan()) : started;
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        for (CompletedSet set : done) {
            assertThatThrownBy(() -> workouts.recordSet(target, set)).isExactlyInstanceOf(someoneElses
                    ? IllegalArgumentException.class : IllegalStateException.class);
        }

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(workouts.setsOf(started.id())).isEmpty();
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
        return PropertyContext.bean(JdbcTemplate.class).queryForObject("select status from workout where id = ?",
                String.class, othersWorkout);
    }

    // generators

    @Provide
    Arbitrary<Integer> painOrNone() {
        return Arbitraries.integers().between(0, 10).injectNull(0.15);
    }

    @Provide
    Arbitrary<Integer> outsidePain() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, -1),
                Arbitraries.integers().between(11, Integer.MAX_VALUE), Arbitraries.of(-1, 11));
    }

    @Provide
    Arbitrary<String> routineKeys() {
        return Arbitraries.of("gentle-start", "quick-relief", "extension", "flexion", "full-routine", mixed.key());
    }

    @Provide
    Arbitrary<String> unknownKeys() {
        Set<String> known = Set.of("gentle-start", "quick-relief", "extension", "flexion", "full-routine");
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Texts.blank(),
                Texts.any(1, 80).filter(key -> !known.contains(key) && !key.matches("[0-9]+")),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-").ofMinLength(1).ofMaxLength(64)
                        .filter(key -> !known.contains(key)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(200),
                Arbitraries.longs().between(Long.MAX_VALUE / 2, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.of(String.valueOf(routineOf(othersWorkout)), mixed.key() + " ", "-" + mixed.key()));
    }

    private static long routineOf(long workoutId) {
        return PropertyContext.bean(JdbcTemplate.class).queryForObject(
                "select routine_id from workout where id = ?", Long.class, workoutId);
    }

    @Provide
    Arbitrary<Long> notTheirs() {
        long highest = PropertyContext.bean(JdbcTemplate.class).queryForObject("select max(id) from workout",
                Long.class);
        return Arbitraries.oneOf(Arbitraries.just(othersWorkout), Arbitraries.longs().between(Long.MIN_VALUE, 0),
                Arbitraries.longs().between(highest + 1_000_000, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<String> exerciseSlugs() {
        return Arbitraries.of(catalogue.stream().map(ExerciseInfo::slug).toList());
    }

    /** What "This hurts" sends: the exercise under way and what happened. */
    record HurtInput(String exerciseSlug, Hurt what) {
    }

    @Provide
    Arbitrary<HurtInput> badHurts() {
        Set<String> slugs = catalogue.stream().map(ExerciseInfo::slug).collect(Collectors.toSet());
        Arbitrary<String> notAnExercise = Arbitraries.oneOf(Arbitraries.just(null), Texts.blank(),
                Texts.any(1, 100).filter(slug -> !slugs.contains(slug)),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-").ofMinLength(1).ofMaxLength(64)
                        .filter(slug -> !slugs.contains(slug)),
                Texts.longerThan(64),
                Arbitraries.of(slugs).map(slug -> slug.toUpperCase(java.util.Locale.ROOT)));
        return Arbitraries.oneOf(
                Combinators.combine(notAnExercise, Arbitraries.of(Hurt.class).injectNull(0.2)).as(HurtInput::new),
                exerciseSlugs().map(slug -> new HurtInput(slug, null)));
    }

    /**
     * Some set parts of the mixed routine's plan, each with reps done and measured holds as the engine reports
     * them, in the order they were done.
     */
    @Provide
    Arbitrary<List<CompletedSet>> setsOfTheMixedRoutine() {
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
        return Arbitraries.subsetOf(places).ofMinSize(1).flatMap(chosen -> {
            List<Place> inOrder = places.stream().filter(chosen::contains).toList();
            List<Arbitrary<CompletedSet>> sets = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                sets.add(set(inOrder.get(i), start.plusSeconds(600L * i)));
            }
            return Combinators.combine(sets).as(List::copyOf);
        });
    }

    private record Place(int position, int set, Side side, PlannedExercise exercise) {
    }

    private static Arbitrary<CompletedSet> set(Place place, Instant startedAt) {
        PlannedExercise exercise = place.exercise();
        long longestHold = exercise.holdSeconds() * 1000L + Duration.ofHours(1).toMillis();
        return Arbitraries.integers().between(1, exercise.reps()).flatMap(reps -> Combinators.combine(
                Arbitraries.longs().between(0, longestHold).list().ofSize(reps),
                Arbitraries.longs().between(0, Duration.ofMinutes(9).toMillis()))
                .as((holds, millis) -> new CompletedSet(exercise.slug(), exercise.name(), place.position(),
                        place.set(), place.side(), reps, exercise.reps(), exercise.holdSeconds(), holds, startedAt,
                        startedAt.plusMillis(millis))));
    }
}
