package app.backcoach.history.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.base.ui.NotFoundView;
import app.backcoach.TestRoutines;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryExport;
import app.backcoach.security.AccountPrincipal;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    HistoryExport export;

    private AccountPrincipal me;
    private long oldest;
    private long newest;

    @BeforeEach
    void someWorkouts() {
        me = signInAsNewUser();
        Instant now = clock.instant();
        oldest = TestHistory.workout(jdbc, me.id(), now.minus(Duration.ofDays(2)), Duration.ofMinutes(12), 8, "COMPLETED");
        TestHistory.workout(jdbc, me.id(), now.minus(Duration.ofDays(1)), Duration.ofMinutes(5), 3, "PARTIAL");
        newest = TestHistory.workout(jdbc, me.id(), now.minus(Duration.ofHours(1)), Duration.ofMinutes(9), 2, "PARTIAL");
    }

    @Test
    void historyListsTheWorkoutsNewestFirst() {
        ui().navigate("history");

        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(newest);
        assertThat(GridKt._get(grid, 2).id()).isEqualTo(oldest);
        assertThat(GridKt._get(grid, 2).setsDone()).isEqualTo(8);
        assertThat(GridKt._get(grid, 2).complete()).isTrue();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Download my history (CSV)");
    }

    @Test
    void clickingAWorkoutShowsItsSetsAndMeasuredHolds() {
        ui().navigate("history");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(Grid.class);

        GridKt._clickItem(grid, 2);

        assertThat(_get(H1.class).getText()).as("recorded as \"Quick relief\", the built-in routine's old name")
                .isEqualTo("Gentle start");
        assertThat(_get(H2.class).getText()).isEqualTo("Pelvic tilt");
        assertThat(_find(ListItem.class)).hasSize(8).first().extracting(ListItem::getText)
                .isEqualTo("Set 1: 10 of 10 reps of 5 s · holds measured: 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0 s");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("history-pain"))).as("no pain rated").isEmpty();
    }

    @Test
    void theDetailsShowThePainRatedBeforeAndAfter() {
        TestHistory.ratePain(jdbc, oldest, 7, 4);
        ui().navigate("history/" + oldest);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("history-pain")).getText())
                .isEqualTo("Pain before: 7 of 10 · after: 4 of 10");
    }

    @Test
    void inSpanishABuiltInRoutineAndItsExercisesHaveTheirSpanishNamesAndAnOwnRoutineItsOwn() {
        long own = TestRoutines.create(jdbc, me.id(), "Mis estiramientos", "pelvic-tilt", 5, 10, 1, 0);
        // recorded under the name the person's routine had then
        jdbc.update("update workout set routine_id = ?, routine_name = 'Estiramientos' where id = ?", own, newest);
        ui().setLocale(Locale.forLanguageTag("es-ES"));

        ui().navigate("history");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(Grid.class);
        assertThat(GridKt._get(grid, 0).routineName()).as("a person's own routine, as it was named then")
                .isEqualTo("Estiramientos");
        assertThat(GridKt._get(grid, 2).routineName()).as("the built-in routine recorded as \"Quick relief\"")
                .isEqualTo("Inicio suave");

        ui().navigate("history/" + oldest);
        assertThat(_get(H1.class).getText()).isEqualTo("Inicio suave");
        assertThat(_get(H2.class).getText()).isEqualTo("Inclinación pélvica");

        // the export stays as recorded: the names the workout had when it was done
        StringWriter csv = new StringWriter();
        export.writeCsv(csv);
        assertThat(csv.toString()).contains(",Quick relief,", ",Pelvic tilt,").doesNotContain("Inicio suave");
    }

    @Test
    void aWorkoutStillRunningIsInProgressAndLastsUntilItsLastSet() {
        long running = TestHistory.workout(jdbc, me.id(), clock.instant().minus(Duration.ofMinutes(30)),
                Duration.ofMinutes(9), 3, "IN_PROGRESS");
        jdbc.update("update workout set ended_at = null where id = ?", running);

        ui().navigate("history/" + running);

        // three sets, a minute apart, each 50 s long: the last ends 2 min 50 s after the start
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("2 min \u00b7 3 of 8 sets \u00b7 In progress");
    }

    @Test
    void someoneElsesWorkoutOrABadIdShowsNotFound() {
        AccountPrincipal other = TestAccounts.create(accounts, "other");
        long theirs = TestHistory.workout(jdbc, other.id(), clock.instant(), Duration.ofMinutes(3), 1, "COMPLETED");

        for (String id : new String[] {String.valueOf(theirs), "abc", "-1", "99999999999999999999", "0"}) {
            ui().navigate("history/" + id);
            assertThat(_get(NotFoundView.class)).as(id).isNotNull();
        }
    }
}
