package app.backcoach.care.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CareViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal me;

    @BeforeEach
    void signInAndOpen() {
        me = signInAsNewUser();
    }

    @Test
    void withoutAStartDateBothPacksAreOfferedWithTheGeneralAdvice() {
        ui().navigate("care");
        assertThat(texts()).anyMatch(text -> text.startsWith("The sources suggest cold for the first 2 to 3 days"));
        assertThat(texts()).contains("Always put a thin cloth between the pack and your skin.");
        assertThat(buttons()).contains("Start cold pack · 20 min", "Start heat pack · 20 min", "Start walk");
    }

    @Test
    void aSpasmThatBeganTodaySuggestsColdAndThreeDaysLaterHeat() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofHours(5)));
        ui().navigate("care");
        assertThat(texts()).anyMatch(text -> text.contains("the sources suggest cold now"));
        assertThat(primary("Start cold pack · 20 min")).isTrue();
        assertThat(primary("Start heat pack · 20 min")).isFalse();

        clock.advance(Duration.ofHours(67));
        ui().navigate("");
        ui().navigate("care");
        assertThat(texts()).anyMatch(text -> text.contains("the sources suggest heat now"));
        assertThat(primary("Start heat pack · 20 min")).isTrue();
    }

    @Test
    void aColdPackRunsTwentyMinutesIsSavedAndSetsTheNextOne() {
        ui().navigate("care");
        _click(_get(Button.class, spec -> spec.withText("Start cold pack · 20 min")));

        PhaseTimer timer = _get(PhaseTimer.class);
        assertThat(timer.getElement().getProperty("label")).isEqualTo("Cold pack");
        assertThat(timer.getElement().getProperty("durationMs", 0.0)).isEqualTo(1_200_000.0);
        assertThat(timer.getElement().getProperty("speech")).contains("thin cloth");

        clock.advance(Duration.ofMinutes(20));
        PhaseTimerDriver.endPhase(1_200_000);

        assertThat(texts()).contains("Cold pack done and saved.", "Packs today: 1");
        assertThat(texts()).anyMatch(text -> text.startsWith("Your next pack is due between"));
        assertThat(jdbc.queryForObject("select done_seconds from care_session where user_id = ?", Integer.class, me.id()))
                .isEqualTo(1200);

        ui().navigate("");
        assertThat(texts()).contains("Home care today: 1 pack, 0 of 3 to 4 walks.", "This week: no sessions yet.");
    }

    @Test
    void aWalkStoppedEarlyKeepsWhatWasWalked() {
        ui().navigate("care");
        _click(_get(Button.class, spec -> spec.withText("Start walk")));
        clock.advance(Duration.ofMinutes(2));
        _click(_get(Button.class, spec -> spec.withText("Stop")));

        assertThat(texts()).contains("Walk done and saved.", "Walks today: 1 of 3 to 4");
        assertThat(jdbc.queryForObject("select done_seconds from care_session where user_id = ?", Integer.class, me.id()))
                .isEqualTo(120);
    }

    @Test
    void eachTimerIsAPhaseOfItsOwnAndStopEndsItInTheBrowserToo() {
        ui().navigate("care");
        _click(_get(Button.class, spec -> spec.withText("Start walk")));
        PhaseTimer timer = _get(PhaseTimer.class);
        int first = timer.getPhaseId();
        _click(_get(Button.class, spec -> spec.withText("Stop")));
        assertThat(timer.getElement().getProperty("kind")).as("the countdown is replaced").isEqualTo("done");
        assertThat(timer.getPhaseId()).isGreaterThan(first);

        _click(_get(Button.class, spec -> spec.withText("Start walk")));
        int second = timer.getPhaseId();
        assertThat(second).isGreaterThan(first + 1);
        assertThat(timer.getElement().getProperty("kind")).isEqualTo("hold");

        // a late report of the first walk's end does not end the second
        clock.advance(Duration.ofMinutes(2));
        PhaseTimerDriver.endPhase(first, 300_000);
        assertThat(timer.getElement().getProperty("kind")).isEqualTo("hold");
        assertThat(jdbc.queryForObject("select count(*) from care_session where user_id = ?", Integer.class, me.id()))
                .isZero();
    }

    @Test
    void aWalkOfTooManyMinutesShowsAMessageAndDoesNotStart() {
        ui().navigate("care");
        IntegerField minutes = _get(IntegerField.class);
        minutes.setValue(31);
        _click(_get(Button.class, spec -> spec.withText("Start walk")));

        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Choose between 3 and 30 minutes.");
        assertThat(_get(PhaseTimer.class).getElement().getProperty("label", "")).isEmpty();
    }

    @Test
    void aStartDateInTheFutureIsRefusedAtTheField() {
        Instant before = clock.instant();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        try {
            startDateChecks();
        } finally {
            clock.set(before);
        }
    }

    private void startDateChecks() {
        ui().navigate("care");
        DatePicker day = _get(DatePicker.class);
        day.setValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("That is still to come. Choose today or a day before.");
        assertThat(settings.spasmStartedAt()).isEmpty();

        TimePicker time = _get(TimePicker.class);
        day.setValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        time.setValue(LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusHours(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(day.isInvalid()).isFalse();
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).isEqualTo("That time is still to come today. Choose an earlier time.");
        assertThat(settings.spasmStartedAt()).isEmpty();

        day.setValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(settings.spasmStartedAt()).isPresent();
        assertThat(texts()).anyMatch(text -> text.startsWith("Your spasm began on"));
    }

    private static java.util.List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static java.util.List<String> buttons() {
        return _find(Button.class).stream().map(Button::getText).toList();
    }

    private static boolean primary(String text) {
        return _get(Button.class, spec -> spec.withText(text)).getThemeNames().contains("primary");
    }
}
