package app.backcoach.routine;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.UserRows;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.workout.ProgressionService;
import app.backcoach.workout.WorkoutService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One person's routines are theirs alone, like their history (see HistoryIsolationTest), and go with their account. */
@BackCoachTest
class RoutineIsolationTest {

    @Autowired
    RoutineService routines;
    @Autowired
    ProgressionService progression;
    @Autowired
    WorkoutService workouts;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anotherPersonCanNeitherSeeNorRunNorChangeAnnasRoutines() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        RoutineInfo annas = routines.create(annasDraft());
        EditableRoutine loaded = routines.findEditable(annas.id()).orElseThrow();

        SignedIn.as(TestAccounts.create(accounts, "bert"));

        assertThat(routines.findAll()).extracting(RoutineInfo::id).doesNotContain(annas.id());
        assertThat(routines.findByKey(annas.key())).isEmpty();
        assertThat(routines.findById(annas.id())).isEmpty();
        assertThat(routines.findEditable(annas.id())).isEmpty();
        assertThat(routines.draftOf(annas.key())).isEmpty();
        assertThat(workouts.start(annas.key())).isEmpty();
        assertThatThrownBy(() -> routines.update(annas.id(), loaded.version(), annasDraft()))
                .isInstanceOf(RoutineChangedException.class);
        assertThat(routines.delete(annas.id())).isFalse();
        assertThat(routines.acceptProgression(annas.id())).isEmpty();
        routines.declineProgression(annas.id());
        assertThat(progression.accept(annas)).isEmpty();

        SignedIn.as(anna);
        assertThat(routines.findEditable(annas.id())).get().isEqualTo(loaded);
    }

    @Test
    void deletingAnnasAccountDeletesHerRoutinesAndTheirExercises() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        RoutineInfo annas = routines.create(annasDraft());

        accounts.deleteAccount(TestAccounts.PASSWORD, true);

        assertThat(UserRows.of(jdbc, anna.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(jdbc.queryForObject("select count(*) from routine_exercise where routine_id = ?", Integer.class,
                annas.id())).isZero();
    }

    private RoutineDraft annasDraft() {
        long tilt = jdbc.queryForObject("select id from exercise where slug = 'pelvic-tilt'", Long.class);
        return new RoutineDraft("Anna's", null, true, List.of(new RoutineDraft.Item(tilt, 5, 10, 2, 30, false)));
    }
}
