package app.backcoach.routine;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.exercise.Dose;
import app.backcoach.exercise.SideMode;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Making, changing, copying and deleting one's own routines, with the limits checked again in the service. */
@BackCoachTest
class OwnRoutinesServiceTest {

    @Autowired
    RoutineService routines;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private long pelvicTilt;
    private long kneeToChest;

    @BeforeEach
    void signIn() {
        SignedIn.as(TestAccounts.create(accounts, "anna"));
        pelvicTilt = exerciseId("pelvic-tilt");
        kneeToChest = exerciseId("knee-to-chest");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aNewRoutineIsStoredWithItsExercisesInOrder() {
        RoutineInfo made = routines.create(draft("Morning", item(kneeToChest, 20, 4, 2, 15, true),
                item(pelvicTilt, 5, 12, 1, 0, false)));

        RoutineInfo found = routines.findByKey(made.key()).orElseThrow();
        assertThat(found.builtIn()).isFalse();
        assertThat(found.name()).isEqualTo("Morning");
        assertThat(found.items()).extracting(i -> i.exercise().slug()).containsExactly("knee-to-chest", "pelvic-tilt");
        RoutineItem first = found.items().getFirst();
        assertThat(first.dose()).isEqualTo(new Dose(20, 4, 2, SideMode.LEFT_THEN_RIGHT, null));
        assertThat(first.restSeconds()).isEqualTo(15);
        assertThat(found.items().get(1).dose().sideMode()).isEqualTo(SideMode.NONE);
        assertThat(found.progression()).isFalse();
    }

    @Test
    void aPerSideExerciseMayBeDoneBothSidesAtOnceButNotTheOtherWayRound() {
        RoutineInfo made = routines.create(draft("Both at once", item(kneeToChest, 20, 4, 2, 15, false)));
        assertThat(made.items().getFirst().dose().sideMode()).isEqualTo(SideMode.NONE);

        assertInvalid(draft("Tilt per side", item(pelvicTilt, 5, 10, 1, 0, true)));
    }

    @Test
    void valuesAtTheLimitsAreStored() {
        String longest = "n".repeat(Routine.NAME_MAX_LENGTH);
        RoutineInfo made = routines.create(draft(longest,
                item(pelvicTilt, Dose.MIN_HOLD_SECONDS, Dose.MIN_REPS, Dose.MIN_SETS, RoutineItem.MIN_REST_SECONDS, false),
                item(pelvicTilt, Dose.MAX_HOLD_SECONDS, Dose.MAX_REPS, Dose.MAX_SETS, RoutineItem.MAX_REST_SECONDS, false)));

        assertThat(made.name()).hasSize(Routine.NAME_MAX_LENGTH);
        assertThat(made.items()).hasSize(2);
    }

    @Test
    void aDraftBeyondAnyLimitStoresNothing() {
        int before = ownRoutineRows();
        assertInvalid(draft(""));
        assertInvalid(draft("  ", item(pelvicTilt, 5, 10, 1, 0, false)));
        assertInvalid(draft(null, item(pelvicTilt, 5, 10, 1, 0, false)));
        assertInvalid(draft("x".repeat(Routine.NAME_MAX_LENGTH + 1), item(pelvicTilt, 5, 10, 1, 0, false)));
        assertInvalid(draft("x".repeat(10_000), item(pelvicTilt, 5, 10, 1, 0, false)));
        assertInvalid(new RoutineDraft("Notes", "d".repeat(Routine.DESCRIPTION_MAX_LENGTH + 1), false,
                List.of(item(pelvicTilt, 5, 10, 1, 0, false))));
        assertInvalid(draft("No exercises"));
        assertInvalid(draft("Too many", java.util.Collections.nCopies(Routine.MAX_EXERCISES + 1,
                item(pelvicTilt, 5, 10, 1, 0, false)).toArray(RoutineDraft.Item[]::new)));
        assertInvalid(draft("Unknown", item(999_999, 5, 10, 1, 0, false)));
        assertInvalid(draft("Hold", item(pelvicTilt, Dose.MIN_HOLD_SECONDS - 1, 10, 1, 0, false)));
        assertInvalid(draft("Hold", item(pelvicTilt, Dose.MAX_HOLD_SECONDS + 1, 10, 1, 0, false)));
        assertInvalid(draft("Reps", item(pelvicTilt, 5, Dose.MIN_REPS - 1, 1, 0, false)));
        assertInvalid(draft("Reps", item(pelvicTilt, 5, Dose.MAX_REPS + 1, 1, 0, false)));
        assertInvalid(draft("Sets", item(pelvicTilt, 5, 10, Dose.MIN_SETS - 1, 0, false)));
        assertInvalid(draft("Sets", item(pelvicTilt, 5, 10, Dose.MAX_SETS + 1, 0, false)));
        assertInvalid(draft("Rest", item(pelvicTilt, 5, 10, 1, RoutineItem.MIN_REST_SECONDS - 1, false)));
        assertInvalid(draft("Rest", item(pelvicTilt, 5, 10, 1, RoutineItem.MAX_REST_SECONDS + 1, false)));

        assertThat(ownRoutineRows()).isEqualTo(before);
    }

    @Test
    void aNameWithMarkupIsStoredAsTyped() {
        String name = "<b>Bold</b><script>alert(1)</script>";
        RoutineInfo made = routines.create(draft(name, item(pelvicTilt, 5, 10, 1, 0, false)));

        assertThat(routines.findByKey(made.key()).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void anUpdateReplacesNameAndExercisesAndRaisesTheVersion() {
        RoutineInfo made = routines.create(draft("Before", item(pelvicTilt, 5, 10, 1, 0, false),
                item(kneeToChest, 15, 3, 2, 30, true), item(pelvicTilt, 6, 8, 1, 0, false)));
        EditableRoutine loaded = routines.findEditable(made.id()).orElseThrow();

        routines.update(made.id(), loaded.version(), draft("After", item(kneeToChest, 10, 5, 1, 10, true),
                item(pelvicTilt, 7, 11, 2, 20, false)));

        EditableRoutine after = routines.findEditable(made.id()).orElseThrow();
        assertThat(after.version()).isGreaterThan(loaded.version());
        assertThat(after.draft().name()).isEqualTo("After");
        assertThat(after.draft().items()).containsExactly(item(kneeToChest, 10, 5, 1, 10, true),
                item(pelvicTilt, 7, 11, 2, 20, false));
    }

    @Test
    void theSecondOfTwoEditorsIsToldThatTheRoutineChangedAndOverwritesNothing() {
        RoutineInfo made = routines.create(draft("Shared", item(pelvicTilt, 5, 10, 1, 0, false)));
        EditableRoutine firstTab = routines.findEditable(made.id()).orElseThrow();
        EditableRoutine secondTab = routines.findEditable(made.id()).orElseThrow();

        routines.update(made.id(), firstTab.version(), draft("First", item(pelvicTilt, 5, 12, 1, 0, false)));

        assertThatThrownBy(() -> routines.update(made.id(), secondTab.version(),
                draft("Second", item(pelvicTilt, 5, 20, 1, 0, false))))
                .isInstanceOf(RoutineChangedException.class);
        RoutineInfo stored = routines.findByKey(made.key()).orElseThrow();
        assertThat(stored.name()).isEqualTo("First");
        assertThat(stored.items().getFirst().dose().reps()).isEqualTo(12);
    }

    @Test
    void twoSavesAtTheSameMomentOneWinsTheOtherIsToldItChanged() throws Exception {
        AccountPrincipal me = (AccountPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        for (int round = 0; round < 5; round++) {
            RoutineInfo made = routines.create(draft("Race " + round, item(pelvicTilt, 5, 10, 1, 0, false)));
            long version = routines.findEditable(made.id()).orElseThrow().version();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService tabs = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (int reps : new int[] {11, 12}) {
                results.add(tabs.submit(() -> {
                    SignedIn.as(me);
                    go.await();
                    try {
                        routines.update(made.id(), version, draft("Race", item(pelvicTilt, 5, reps, 1, 0, false)));
                        return "saved " + reps;
                    } catch (RoutineChangedException changed) {
                        return "changed elsewhere";
                    } finally {
                        SignedIn.nobody();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(20, TimeUnit.SECONDS));
            }
            tabs.shutdown();
            assertThat(outcomes).as("round %d", round).containsOnlyOnce("changed elsewhere")
                    .anySatisfy(outcome -> assertThat(outcome).startsWith("saved"));
            int stored = routines.findByKey(made.key()).orElseThrow().items().getFirst().dose().reps();
            assertThat(outcomes).contains("saved " + stored);
        }
    }

    @Test
    void changingTheDosesByHandRestartsTheProgressionCount() {
        RoutineInfo made = routines.create(new RoutineDraft("Growing", null, true,
                List.of(item(pelvicTilt, 5, 10, 1, 0, false))));
        Instant since = jdbc.queryForObject("select progression_since from routine where id = ?", Timestamp.class,
                made.id()).toInstant();
        clock.advance(Duration.ofMinutes(5));
        EditableRoutine loaded = routines.findEditable(made.id()).orElseThrow();
        routines.update(made.id(), loaded.version(), new RoutineDraft("Renamed", null, true, loaded.draft().items()));
        assertThat(jdbc.queryForObject("select progression_since from routine where id = ?", Timestamp.class,
                made.id()).toInstant()).as("a new name alone changes nothing").isEqualTo(since);

        loaded = routines.findEditable(made.id()).orElseThrow();
        routines.update(made.id(), loaded.version(), new RoutineDraft("Renamed", null, true,
                List.of(item(pelvicTilt, 5, 8, 1, 0, false))));
        assertThat(jdbc.queryForObject("select progression_since from routine where id = ?", Timestamp.class,
                made.id()).toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void changingOnlyAnExerciseAlsoRaisesTheVersion() {
        RoutineInfo made = routines.create(draft("Same name", item(pelvicTilt, 5, 10, 1, 0, false)));
        EditableRoutine loaded = routines.findEditable(made.id()).orElseThrow();

        routines.update(made.id(), loaded.version(), draft("Same name", item(pelvicTilt, 5, 11, 1, 0, false)));

        assertThatThrownBy(() -> routines.update(made.id(), loaded.version(),
                draft("Same name", item(pelvicTilt, 5, 9, 1, 0, false))))
                .isInstanceOf(RoutineChangedException.class);
    }

    @Test
    void savingARoutineDeletedElsewhereSaysItChanged() {
        RoutineInfo made = routines.create(draft("Gone", item(pelvicTilt, 5, 10, 1, 0, false)));
        EditableRoutine loaded = routines.findEditable(made.id()).orElseThrow();
        assertThat(routines.delete(made.id())).isTrue();

        assertThatThrownBy(() -> routines.update(made.id(), loaded.version(), draft("Back", item(pelvicTilt, 5, 10, 1, 0, false))))
                .isInstanceOf(RoutineChangedException.class);
        assertThat(routines.findByKey(made.key())).isEmpty();
    }

    @Test
    void deletingKeepsTheWorkoutsButForgetsTheRoutine() {
        RoutineInfo made = routines.create(draft("Short-lived", item(pelvicTilt, 5, 10, 1, 0, false)));
        long userId = jdbc.queryForObject("select user_id from routine where id = ?", Long.class, made.id());
        jdbc.update("""
                insert into workout (user_id, routine_id, routine_name, started_at, status, sets_planned)
                values (?, ?, 'Short-lived', current_timestamp, 'COMPLETED', 1)""", userId, made.id());

        assertThat(routines.delete(made.id())).isTrue();

        assertThat(routines.findByKey(made.key())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from routine_exercise where routine_id = ?", Integer.class,
                made.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workout where user_id = ? and routine_id is null "
                + "and routine_name = 'Short-lived'", Integer.class, userId)).isEqualTo(1);
    }

    @Test
    void aBuiltInRoutineCanBeCopiedButNotChangedOrDeleted() {
        RoutineDraft copy = routines.draftOf("flexion").orElseThrow();
        RoutineInfo flexion = routines.findByKey("flexion").orElseThrow();

        RoutineInfo mine = routines.create(new RoutineDraft("My flexion", copy.description(), false, copy.items()));

        assertThat(mine.builtIn()).isFalse();
        assertThat(mine.items()).extracting(RoutineItem::dose).containsExactlyElementsOf(
                flexion.items().stream().map(RoutineItem::dose).toList());
        assertThat(mine.items()).extracting(RoutineItem::restSeconds).containsOnly(30);
        assertThat(routines.findEditable(flexion.id())).isEmpty();
        assertThat(routines.delete(flexion.id())).isFalse();
        assertThatThrownBy(() -> routines.update(flexion.id(), 0, copy)).isInstanceOf(RoutineChangedException.class);
        assertThat(routines.findByKey("flexion").orElseThrow()).isEqualTo(flexion);
    }

    @Test
    void acceptingProgressionAddsARepToEachExerciseUpToTheLimit() {
        RoutineInfo made = routines.create(new RoutineDraft("Growing", null, true, List.of(
                item(pelvicTilt, 5, 9, 1, 0, false), item(kneeToChest, 15, Dose.MAX_REPS, 2, 30, true))));
        assertThat(made.progression()).isTrue();
        assertThat(made.progressionSince()).isNotNull();

        RoutineInfo grown = routines.acceptProgression(made.id()).orElseThrow();

        // never past the most reps the sources name (10); a higher dose set by hand stays as it is
        assertThat(grown.items()).extracting(i -> i.dose().reps()).containsExactly(10, Dose.MAX_REPS);
    }

    @Test
    void progressionCannotBeAcceptedWhenItIsOff() {
        RoutineInfo made = routines.create(draft("Steady", item(pelvicTilt, 5, 10, 1, 0, false)));

        assertThat(routines.acceptProgression(made.id())).isEmpty();
        assertThat(routines.findByKey(made.key()).orElseThrow().items().getFirst().dose().reps()).isEqualTo(10);
    }

    private void assertInvalid(RoutineDraft draft) {
        assertThatThrownBy(() -> routines.create(draft)).isInstanceOf(InvalidRoutineException.class);
    }

    private int ownRoutineRows() {
        return jdbc.queryForObject("select count(*) from routine where user_id is not null", Integer.class);
    }

    private long exerciseId(String slug) {
        return jdbc.queryForObject("select id from exercise where slug = ?", Long.class, slug);
    }

    static RoutineDraft draft(String name, RoutineDraft.Item... items) {
        return new RoutineDraft(name, null, false, List.of(items));
    }

    static RoutineDraft.Item item(long exerciseId, int hold, int reps, int sets, int rest, boolean perSide) {
        return new RoutineDraft.Item(exerciseId, hold, reps, sets, rest, perSide);
    }
}
