package app.backcoach.summary;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.TestSafety;
import app.backcoach.care.CareDay;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareService;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.routine.ProgressionStep;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Advice;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.summary.ClinicianSummary.StopAdvice;
import app.backcoach.summary.ClinicianSummary.Week;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class ClinicianSummaryServiceTest {

    @Autowired
    ClinicianSummaryService summaries;
    @Autowired
    UserSettingsService settings;
    @Autowired
    SafetyService safety;
    @Autowired
    RoutineService routines;
    @Autowired
    ExerciseService exercises;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    CareService care;

    private Instant before;
    private AccountPrincipal anna;

    @BeforeEach
    void signIn() {
        before = clock.instant();
        anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        settings.rememberBrowser("UTC", "en-GB");
    }

    @AfterEach
    void restore() {
        clock.set(before);
        SignedIn.nobody();
    }

    @Test
    void homeCareOfTheSixWeeksIsInTheSummaryByDayAndOlderCareIsNot() {
        at(2026, 10, 18, 9);
        care.finish(care.start(CareKind.HEAT, 0), Duration.ofMinutes(20));
        at(2026, 11, 2, 9);
        care.finish(care.start(CareKind.COLD, 0), Duration.ofMinutes(20));
        care.finish(care.start(CareKind.WALK, 10), Duration.ofMinutes(10));
        care.finish(care.start(CareKind.WALK, 5), Duration.ofMinutes(5));
        at(2026, 11, 26, 18);

        assertThat(summaries.summary(false).care()).containsExactly(new CareDay(LocalDate.of(2026, 11, 2), 1, 0, 2, 15, 0));
    }

    @Test
    void aFewWeeksOfRecordsBecomeTheFiguresOfTheSummary() {
        // Thursday 26 November 2026; the weeks start on Mondays (en-GB), the first of six on 19 October
        at(2026, 11, 10, 9);
        settings.setSpasmStartedAt(clock.instant());
        at(2026, 11, 20, 9);
        safety.record(TestSafety.answers(RedFlag.UNWELL));
        safety.acknowledgeWarning();
        long pelvicTilt = exercises.findBySlug("pelvic-tilt").orElseThrow().id();
        RoutineInfo mine = routines.create(new RoutineDraft("Anna's tilts", null, true,
                List.of(new RoutineDraft.Item(pelvicTilt, 5, 4, 2, 30, false))));
        at(2026, 11, 25, 9);
        routines.acceptProgression(mine.id());
        at(2026, 11, 26, 18);
        workout(LocalDateTime.of(2026, 11, 3, 8, 0), null, null, null);
        workout(LocalDateTime.of(2026, 11, 17, 8, 0), 3, 5, null);
        workout(LocalDateTime.of(2026, 11, 18, 8, 0), 4, 6, LegSymptoms.SAME);
        long latest = workout(LocalDateTime.of(2026, 11, 24, 8, 0), 5, 7, LegSymptoms.SPREADING);
        jdbc.update("update workout set routine_id = ?, routine_name = ? where id = ?", mine.id(), mine.name(), latest);

        ClinicianSummary summary = summaries.summary(false);

        assertThat(summary.from()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(summary.to()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(summary.spasmStart()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(summary.name()).as("no username unless chosen").isEmpty();
        assertThat(summary.weeks()).extracting(Week::start).containsExactly(LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(summary.weeks()).extracting(Week::sessions).containsExactly(0, 0, 1, 0, 2, 1);
        assertThat(summary.weeks()).extracting(Week::target).containsOnly(14);
        Week third = summary.weeks().get(2);
        assertThat(third.painBefore()).isNull();
        assertThat(third.rated()).isZero();
        Week fifth = summary.weeks().get(4);
        assertThat(fifth.painBefore()).isEqualTo(3.5);
        assertThat(fifth.painAfter()).isEqualTo(5.5);
        assertThat(fifth.rated()).isEqualTo(2);
        assertThat(summary.legAnswers()).containsExactly(
                new ClinicianSummary.LegAnswer(LocalDate.of(2026, 11, 18), LegSymptoms.SAME),
                new ClinicianSummary.LegAnswer(LocalDate.of(2026, 11, 24), LegSymptoms.SPREADING));
        assertThat(summary.redFlagChecks()).singleElement().satisfies(check -> {
            assertThat(check.day()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(check.yes()).containsExactly(RedFlag.UNWELL);
            assertThat(check.acknowledged()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(check.doctorSeen()).isNull();
        });
        assertThat(summary.stopAdvice()).containsExactly(
                new StopAdvice(LocalDate.of(2026, 11, 17), Advice.Kind.STOP_FOR_TODAY),
                new StopAdvice(LocalDate.of(2026, 11, 18), Advice.Kind.STOP_FOR_TODAY),
                new StopAdvice(LocalDate.of(2026, 11, 24), Advice.Kind.STOP_FOR_TODAY),
                new StopAdvice(LocalDate.of(2026, 11, 24), Advice.Kind.SPREADING),
                new StopAdvice(LocalDate.of(2026, 11, 24), Advice.Kind.PAIN_RISING));
        assertThat(summary.adviceNow()).contains(Advice.Kind.PAIN_RISING);
        assertThat(summary.routines()).extracting(ClinicianSummary.RoutineInUse::name)
                .containsExactly("Anna's tilts", "Gentle start");
        assertThat(summary.routines().getFirst().exercises()).singleElement()
                .satisfies(exercise -> assertThat(exercise.dose().reps()).as("after the step").isEqualTo(5));
        assertThat(summary.progression()).singleElement().satisfies(step -> {
            assertThat(step.day()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(step.routineName()).isEqualTo("Anna's tilts");
            assertThat(step.accepted()).isTrue();
            assertThat(step.changes()).containsExactly(new ProgressionStep.RepChange("Pelvic tilt", 4, 5));
        });
    }

    @Test
    void theUsernameIsThereOnlyWhenThePersonChoosesIt() {
        assertThat(summaries.summary(false).name()).isEmpty();
        assertThat(summaries.summary(true).name()).contains(anna.getUsername());
    }

    @Test
    void aDeclinedOfferIsAProgressionAnswerWithoutChanges() {
        long pelvicTilt = exercises.findBySlug("pelvic-tilt").orElseThrow().id();
        RoutineInfo mine = routines.create(new RoutineDraft("Slow tilts", null, true,
                List.of(new RoutineDraft.Item(pelvicTilt, 5, 4, 2, 30, false))));
        routines.declineProgression(mine.id());

        assertThat(summaries.summary(false).progression()).singleElement().satisfies(step -> {
            assertThat(step.accepted()).isFalse();
            assertThat(step.changes()).isEmpty();
        });
        assertThat(routines.findById(mine.id()).orElseThrow().items().getFirst().dose().reps()).isEqualTo(4);
    }

    @Test
    void withoutAnyRecordsTheSummaryHasSixEmptyWeeksAndEmptyLists() {
        ClinicianSummary summary = summaries.summary(false);

        assertThat(summary.weeks()).hasSize(ClinicianSummaryService.WEEKS)
                .allSatisfy(week -> assertThat(week.sessions()).isZero());
        assertThat(summary.anySessions()).isFalse();
        assertThat(summary.spasmStart()).isNull();
        assertThat(summary.legAnswers()).isEmpty();
        assertThat(summary.redFlagChecks()).isEmpty();
        assertThat(summary.stopAdvice()).isEmpty();
        assertThat(summary.routines()).isEmpty();
        assertThat(summary.progression()).isEmpty();
    }

    @Test
    void anotherPersonsRecordsStayOutOfTheSummary() {
        at(2026, 11, 26, 18);
        workout(LocalDateTime.of(2026, 11, 24, 8, 0), 2, 3, LegSymptoms.SAME);
        SignedIn.as(TestAccounts.create(accounts, "bert"));

        ClinicianSummary summary = summaries.summary(true);

        assertThat(summary.anySessions()).isFalse();
        assertThat(summary.legAnswers()).isEmpty();
        assertThat(summary.name()).isPresent().get().isNotEqualTo(anna.getUsername());
    }

    private void at(int year, int month, int day, int hour) {
        clock.set(LocalDateTime.of(year, month, day, hour, 0).toInstant(ZoneOffset.UTC));
    }

    private long workout(LocalDateTime start, Integer painBefore, Integer painAfter, LegSymptoms legs) {
        long id = TestHistory.workout(jdbc, anna.id(), start.toInstant(ZoneOffset.UTC), Duration.ofMinutes(10), 2,
                "COMPLETED");
        TestHistory.ratePain(jdbc, id, painBefore, painAfter);
        if (legs != null) {
            jdbc.update("update workout set leg_symptoms = ? where id = ?", legs.name(), id);
        }
        return id;
    }
}
