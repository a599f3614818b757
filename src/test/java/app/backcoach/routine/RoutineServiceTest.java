package app.backcoach.routine;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.exercise.SideMode;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class RoutineServiceTest {

    @Autowired
    RoutineService routines;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal anna;

    @BeforeEach
    void signIn() {
        anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theFourBuiltInRoutinesComeFirstWithTheirExercises() {
        assertThat(routines.findAll()).extracting(RoutineInfo::key)
                .startsWith("gentle-start", "extension", "flexion", "full-routine");
        assertThat(routines.findByKey("quick-relief")).get().satisfies(quick -> {
            assertThat(quick.builtIn()).isTrue();
            assertThat(quick.items()).extracting(item -> item.exercise().slug())
                    .containsExactly("pelvic-tilt", "knee-to-chest");
        });
        assertThat(routines.findByKey("full-routine")).get().extracting(RoutineInfo::items).asList()
                .extracting(item -> ((RoutineItem) item).exercise().slug())
                .containsExactly("pelvic-tilt", "knee-to-chest", "prayer-stretch", "prone-press-up");
    }

    @Test
    void builtInRoutinesUseTheCataloguesDefaultDoses() {
        RoutineItem kneeToChest = routines.findByKey("flexion").orElseThrow().items().getFirst();

        assertThat(kneeToChest.dose().holdSeconds()).isEqualTo(15);
        assertThat(kneeToChest.dose().reps()).isEqualTo(3);
        assertThat(kneeToChest.dose().sets()).isEqualTo(2);
        assertThat(kneeToChest.dose().sideMode()).isEqualTo(SideMode.LEFT_THEN_RIGHT);
        assertThat(kneeToChest.recordedSets()).as("one set per side").isEqualTo(4);
    }

    @Test
    void aPersonsOwnRoutineIsFoundByItsIdAndListedAfterTheBuiltInOnes() {
        long mine = TestRoutines.create(jdbc, anna.id(), "Mine", "pelvic-tilt", 2, 2, 1, 0);

        assertThat(routines.findByKey(String.valueOf(mine))).get().extracting(RoutineInfo::name).isEqualTo("Mine");
        assertThat(routines.findAll()).last().extracting(RoutineInfo::key).isEqualTo(String.valueOf(mine));
    }

    @Test
    void someoneElsesRoutineIsNotFoundAndNotListed() {
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        long bertsRoutine = TestRoutines.create(jdbc, bert.id(), "Bert's", "pelvic-tilt", 2, 2, 1, 0);

        assertThat(routines.findByKey(String.valueOf(bertsRoutine))).isEmpty();
        assertThat(routines.findAll()).extracting(RoutineInfo::id).doesNotContain(bertsRoutine);
    }

    @Test
    void malformedKeysFindNothing() {
        assertThat(routines.findByKey("")).isEmpty();
        assertThat(routines.findByKey(null)).isEmpty();
        assertThat(routines.findByKey("../quick-relief")).isEmpty();
        assertThat(routines.findByKey("99999999999999999999999")).isEmpty();
        assertThat(routines.findByKey("x".repeat(10_000))).isEmpty();
    }
}
