package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.base.ui.RoutineSummary;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The offer of one more rep, at the start of a workout of a routine with gentle progression. */
class ProgressionOfferTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoutineService routines;
    @Autowired
    MutableClock clock;

    private AccountPrincipal me;
    private RoutineInfo routine;

    @BeforeEach
    void aRoutineWithProgression() {
        me = signInAsNewUser();
        passSafetyCheck();
        long tilt = jdbc.queryForObject("select id from exercise where slug = 'pelvic-tilt'", Long.class);
        routine = routines.create(new RoutineDraft("Growing tilts", null, true,
                List.of(new RoutineDraft.Item(tilt, 2, 2, 1, 0, false))));
    }

    @Test
    void afterThreeGoodWorkoutsTheStartOffersOneMoreRepWithTheRuleAndItsSource() {
        workouts(new Integer[] {5, 4}, new Integer[] {4, 4}, new Integer[] {3, 3});
        open();

        ProgressionOffer offer = _get(ProgressionOffer.class);
        assertThat(_find(offer, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Pelvic tilt: 2 → 3 reps");
        assertThat(_find(offer, Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Gentle progression: after 3 finished workouts"))
                .anySatisfy(text -> assertThat(text).startsWith("Based on NHS inform guidance"));
    }

    @Test
    void acceptingAddsARepBeforeTheWorkoutStartsSoTheWorkoutUsesIt() {
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {5, 4});
        open();

        _click(_get(Button.class, spec -> spec.withText("Add 1 rep")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("progression-answer")).getText())
                .startsWith("Done.");
        assertThat(storedReps()).isEqualTo(3);
        assertThat(_find(_get(RoutineSummary.class), ListItem.class)).extracting(ListItem::getText)
                .as("the intro shows the new dose at once").singleElement().asString().contains("3 reps");
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
        assertThat(RepLine.asRead())
                .isEqualTo("Rep 1 of 3 · Set 1 of 1");

        open();
        assertThat(_find(ProgressionOffer.class)).as("the same workouts earn no second offer").isEmpty();
    }

    @Test
    void decliningKeepsTheDosesAndTheNextOfferNeedsThreeNewWorkouts() {
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {5, 4});
        open();

        _click(_get(Button.class, spec -> spec.withText("Not now")));

        assertThat(storedReps()).isEqualTo(2);
        open();
        assertThat(_find(ProgressionOffer.class)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {5, 4});
        open();
        assertThat(_find(ProgressionOffer.class)).hasSize(1);
    }

    @Test
    void noOfferWhileAStopRuleAdvisesStopping() {
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {5, 4});
        jdbc.update("insert into leg_spreading (user_id, flagged_at) values (?, ?)", me.id(),
                Timestamp.from(clock.instant()));
        open();

        assertThat(_find(ProgressionOffer.class)).isEmpty();
    }

    @Test
    void aWorkoutThatHurtMoreMeansNoOffer() {
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {3, 6});
        open();

        assertThat(_find(ProgressionOffer.class)).isEmpty();
    }

    @Test
    void withProgressionOffThereIsNoOffer() {
        var editable = routines.findEditable(routine.id()).orElseThrow();
        routines.update(routine.id(), editable.version(), new RoutineDraft("Growing tilts", null, false,
                editable.draft().items()));
        workouts(new Integer[] {5, 4}, new Integer[] {5, 4}, new Integer[] {5, 4});
        open();

        assertThat(_find(ProgressionOffer.class)).isEmpty();
    }

    private void open() {
        ui().navigate("routines");
        ui().navigate("workout/" + routine.key());
    }

    /**
     * Completed workouts of the routine, a day apart from now on (offers are at least 2 days apart), each with
     * its pain before and after.
     */
    private void workouts(Integer[]... pains) {
        for (Integer[] pain : pains) {
            clock.advance(Duration.ofDays(1));
            jdbc.update("""
                    insert into workout (user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned,
                        pain_before, pain_after)
                    values (?, ?, 'Growing tilts', ?, ?, 'COMPLETED', 1, ?, ?)""", me.id(), routine.id(),
                    Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plusSeconds(30)), pain[0], pain[1]);
        }
    }

    private int storedReps() {
        return jdbc.queryForObject("select reps from routine_exercise where routine_id = ?", Integer.class,
                routine.id());
    }
}
