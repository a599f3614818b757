package app.backcoach.progress.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestHistory;
import app.backcoach.base.ui.AdviceBox;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;

    private Instant before;
    private AccountPrincipal me;

    @BeforeEach
    void aWeekOfWorkouts() {
        before = clock.instant();
        // Thursday 26 November 2026, 18:00 UTC; the week started on Monday 23
        clock.set(LocalDateTime.of(2026, 11, 26, 18, 0).toInstant(ZoneOffset.UTC));
        me = signInAsNewUser();
        settings.rememberBrowser("UTC", "en-GB");
        workout(LocalDateTime.of(2026, 11, 26, 8, 0), 10, 8);
        workout(LocalDateTime.of(2026, 11, 24, 8, 0), 20, 8);
        workout(LocalDateTime.of(2026, 11, 24, 17, 0), 5, 2);
        workout(LocalDateTime.of(2026, 11, 17, 8, 0), 10, 4);
    }

    @AfterEach
    void restoreClock() {
        clock.set(before);
    }

    @Test
    void withoutRatingsThePainSectionSaysHowToGetATrend() {
        ui().navigate("progress");
        assertThat(_find(PainChart.class)).isEmpty();
        assertThat(_get(_get(PainTrend.class), Paragraph.class).getText())
                .startsWith("No pain ratings in the last 4 weeks.");
    }

    @Test
    void ratedWorkoutsMakeTheTrendAndRisingPainShowsTheAdviceWithItsSource() {
        List<Long> rated = jdbc.queryForList("select id from workout where user_id = ? order by started_at", Long.class,
                me.id());
        TestHistory.ratePain(jdbc, rated.get(0), 6, 6);
        TestHistory.ratePain(jdbc, rated.get(1), 3, 5);
        TestHistory.ratePain(jdbc, rated.get(2), 4, 6);
        TestHistory.ratePain(jdbc, rated.get(3), 2, 4);

        ui().navigate("progress");

        String data = _get(PainChart.class).getElement().getProperty("data");
        assertThat(data).contains("\"before\":[").contains("3.5").contains("\"after\":[");
        assertThat(_get(PainTrend.class).getElement().getTextRecursively())
                .contains("24 Nov").contains("3.5").contains("5.5").contains("17 Nov");
        AdviceBox advice = _get(AdviceBox.class);
        assertThat(advice.getElement().getTextRecursively())
                .contains("Ask for a review of your exercises")
                .contains("Source: NHS inform guidance on exercises for back pain.");

        ui().navigate("");
        assertThat(_get(AdviceBox.class).getElement().getTextRecursively()).contains("Ask for a review");
    }

    @Test
    void progressShowsThisWeekAndLastWeekAgainstTheTargets() {
        ui().navigate("progress");

        assertThat(figures()).containsExactly(
                "3 of 14 sessions", "18 sets", "35 min of exercise", "2 of 5 active days",
                "1 of 14 sessions", "4 sets", "10 min of exercise", "1 of 5 active days");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("streak")).getText())
                .startsWith("No week streak yet");
    }

    @Test
    void theTableListsTheWeeksNewestFirstAndNamesTheTargetOnceInItsCaption() {
        ui().navigate("progress");

        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Newest week first. Your target: 14 sessions a week.");
        assertThat(_find(NativeTableHeaderCell.class)).extracting(NativeTableHeaderCell::getText)
                .containsExactly("Week of", "Sessions", "Sets", "Minutes", "Active days");
        List<NativeTableRow> rows = _find(NativeTableRow.class).stream()
                .filter(row -> row.getParent().orElseThrow() instanceof NativeTableBody).toList();
        assertThat(rows).hasSize(12);
        assertThat(rows.getFirst().getChildren().skip(1).map(cell -> ((NativeTableCell) cell).getText()))
                .as("this week: sessions, sets, minutes, active days").containsExactly("3", "18", "35", "2");
        assertThat(rows.get(1).getChildren().skip(1).map(cell -> ((NativeTableCell) cell).getText()))
                .as("last week").containsExactly("1", "4", "10", "1");
    }

    @Test
    void aWeekPastItsTargetSaysSoInsteadOfMoreOfLess() {
        ui().navigate("progress");
        _get(IntegerField.class, spec -> spec.withLabel("Active days a week for your streak")).setValue(1);
        _click(_get(Button.class, spec -> spec.withText("Save targets")));
        assertThat(settings.preferences().weeklyGoalDays()).isEqualTo(1);
        ui().navigate("");
        ui().navigate("progress");

        assertThat(figures()).contains("2 active days (target 1)", "1 of 1 active days")
                .doesNotContain("2 of 1 active days");
    }

    @Test
    void changingTheTargetsIsSavedAndABadValueIsShownAtItsField() {
        ui().navigate("progress");
        IntegerField daily = _get(IntegerField.class, spec -> spec.withLabel("Sessions a day"));

        daily.setValue(9);
        _click(_get(Button.class, spec -> spec.withText("Save targets")));
        assertThat(daily.isInvalid()).isTrue();
        assertThat(daily.getErrorMessage()).isEqualTo("Choose a number from 1 to 6.");
        assertThat(settings.preferences().dailyTarget()).isEqualTo(2);

        daily.setValue(3);
        _click(_get(Button.class, spec -> spec.withText("Save targets")));
        assertThat(settings.preferences().dailyTarget()).isEqualTo(3);
    }

    @Test
    void todayShowsTheSessionsAgainstTheTargetAndStartsTheLastRoutine() {
        ui().navigate("");

        assertThat(_get(Div.class, spec -> spec.withClasses("today-count")).getText())
                .isEqualTo("1 of 2 sessions done");
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Start Gentle start");
    }

    @Test
    void todayPastTheTargetSaysSoInsteadOfMoreOfLess() {
        workout(LocalDateTime.of(2026, 11, 26, 12, 0), 10, 8);
        workout(LocalDateTime.of(2026, 11, 26, 16, 0), 10, 8);

        ui().navigate("");

        assertThat(_get(Div.class, spec -> spec.withClasses("today-count")).getText())
                .isEqualTo("3 sessions done (target 2)");
    }

    private static java.util.List<String> figures() {
        return _find(Paragraph.class, spec -> spec.withClasses("week-figure")).stream().map(Paragraph::getText)
                .toList();
    }

    private void workout(LocalDateTime start, int minutes, int sets) {
        TestHistory.workout(jdbc, me.id(), start.toInstant(ZoneOffset.UTC), Duration.ofMinutes(minutes), sets,
                "COMPLETED");
    }
}
