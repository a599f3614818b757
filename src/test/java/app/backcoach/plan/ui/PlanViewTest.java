package app.backcoach.plan.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestHistory;
import app.backcoach.TestSafety;
import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.safety.RedFlag;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal me;

    @BeforeEach
    void signInWithACheckedBack() {
        me = signInAsNewUser();
        settings.rememberBrowser("UTC", "en-GB");
        passSafetyCheck();
    }

    @Test
    void withoutAStartDayThePlanAsksTheSpasmStartQuestionAndThenShowsDayOne() {
        ui().navigate("plan");
        assertThat(texts()).anyMatch(text -> text.startsWith("Your plan follows the days since your back spasm began."));
        assertThat(_find(Div.class, spec -> spec.withClasses("plan-step"))).isEmpty();

        _get(DatePicker.class); // the existing question, with today and now filled in
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(settings.spasmStartedAt()).isPresent();
        assertThat(dayLine()).isEqualTo("Day 1 since your back spasm began");
        assertThat(stepTexts()).anyMatch(text -> text.startsWith("Rest in bed today only if you need to."))
                .anyMatch(text -> text.startsWith("Cold packs: 20 minutes at a time"));
        assertThat(_find(DatePicker.class)).as("asked once: now it only offers a change").isEmpty();
    }

    @Test
    void inSpanishTheStartDaysCalendarNamesItsMonthsAndDaysInSpanishAndStartsOnMonday() {
        ui().setLocale(Locale.forLanguageTag("es-ES"));
        ui().navigate("plan");

        DatePicker.DatePickerI18n calendar = _get(DatePicker.class).getI18n();
        assertThat(calendar.getMonthNames()).hasSize(12).startsWith("Enero", "Febrero").endsWith("Diciembre");
        assertThat(calendar.getWeekdays()).hasSize(7).startsWith("Domingo", "Lunes");
        assertThat(calendar.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(calendar.getToday()).isEqualTo("Hoy");
    }

    @Test
    void onDayThreeEachLineShowsItsSourceAndHeatIsNextInLine() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(2)));
        ui().navigate("plan");

        assertThat(dayLine()).isEqualTo("Day 3 since your back spasm began");
        List<Div> steps = _find(Div.class, spec -> spec.withClasses("plan-step"));
        assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(_find(step, SourceLine.class)).hasSize(1));
        assertThat(stepTexts()).anyMatch(text -> text.startsWith("Gentle movements lying on your back"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Start Gentle start")).getHref()).isEqualTo("workout/gentle-start");
        String firstAhead = _find(Div.class, spec -> spec.withClasses("plan-step")).stream()
                .filter(step -> step.getElement().getTextRecursively().startsWith("From ")).findFirst().orElseThrow()
                .getElement().getTextRecursively();
        assertThat(firstAhead).contains("72 hours after it began").contains("Heat instead of cold");
        assertThat(_find(AdviceBox.class)).as("no stop rule advises anything").isEmpty();
    }

    @Test
    void sayingTheSpasmIsEasingAddsTheStretchesAndANewSpasmForgetsIt() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(4)));
        ui().navigate("plan");
        assertThat(stepTexts()).as("too few ratings to tell").noneMatch(text -> text.startsWith("Add the stretches"));

        _click(_get(Button.class, spec -> spec.withText("My spasm is starting to ease")));

        assertThat(texts()).contains("You said the spasm is starting to ease.");
        assertThat(todayTexts()).anyMatch(text -> text.startsWith("Add the stretches"));
        assertThat(settings.saidSpasmIsEasing()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("It is not easing after all")));
        assertThat(settings.saidSpasmIsEasing()).isFalse();
        assertThat(texts()).doesNotContain("You said the spasm is starting to ease.");

        settings.sayEasing(true);
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofHours(2)));
        assertThat(settings.saidSpasmIsEasing()).as("a new spasm starts without the last one's easing").isFalse();
    }

    @Test
    void aStopRuleComesFirstAndTodaysExercisesWait() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(5)));
        long workout = TestHistory.workout(jdbc, me.id(), clock.instant().minus(Duration.ofHours(1)),
                Duration.ofMinutes(10), 2, "FINISHED");
        TestHistory.ratePain(jdbc, workout, 3, 6);
        ui().navigate("plan");

        AdviceBox advice = _get(AdviceBox.class);
        assertThat(advice.isVisible()).isTrue();
        assertThat(advice.getElement().getTextRecursively()).contains("Stop for today");
        assertThat(indexOf(advice)).isLessThan(indexOf(_find(Div.class, spec -> spec.withClasses("plan-step")).getFirst()));
        assertThat(texts()).contains("No exercises for the rest of today: follow the advice above. Home care goes on.");
        assertThat(stepTexts()).noneMatch(text -> text.startsWith("Gentle movements"))
                .anyMatch(text -> text.startsWith("Heat instead of cold"));
    }

    @Test
    void aRedFlagComesFirstAndThePlanWaitsForADoctor() {
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(5)));
        safety.record(TestSafety.answers(RedFlag.BOTH_LEGS));
        ui().navigate("plan");

        Div redFlag = _get(Div.class, spec -> spec.withClasses("plan-red-flag"));
        assertThat(redFlag.getElement().getTextRecursively()).contains("Workouts are locked");
        assertThat(texts()).contains("Your plan waits until a doctor has seen you and said exercise is fine.");
        assertThat(_find(Div.class, spec -> spec.withClasses("plan-step"))).isEmpty();
    }

    /** The steps under "Today", before "Coming up". */
    private static List<String> todayTexts() {
        List<String> today = new java.util.ArrayList<>();
        for (Div step : _find(Div.class, spec -> spec.withClasses("plan-step"))) {
            String text = step.getElement().getTextRecursively();
            if (text.startsWith("From ") || text.startsWith("Day ")) {
                break; // the first step of Coming up carries its day or condition
            }
            today.add(text);
        }
        return today;
    }

    private static String dayLine() {
        return _get(Div.class, spec -> spec.withClasses("plan-day")).getText();
    }

    private static int indexOf(Component component) {
        Component content = component.getParent().orElseThrow();
        return content.getElement().indexOfChild(component.getElement());
    }

    private static List<String> stepTexts() {
        return _find(Div.class, spec -> spec.withClasses("plan-step")).stream()
                .map(step -> step.getElement().getTextRecursively()).toList();
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
