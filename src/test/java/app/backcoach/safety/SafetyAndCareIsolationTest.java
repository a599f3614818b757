package app.backcoach.safety;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.TestHistory;
import app.backcoach.UserRows;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.WorkoutService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One person's safety answers, pain ratings, spasm start and home care never reach another person. */
@BackCoachTest
class SafetyAndCareIsolationTest {

    @Autowired
    SafetyService safety;
    @Autowired
    PainService pain;
    @Autowired
    CareService care;
    @Autowired
    WorkoutService workouts;
    @Autowired
    UserSettingsService settings;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void annasAnswersRatingsAndCareStayHers() {
        AccountPrincipal anna = annaWithEverything();
        SignedIn.as(anna);
        assertThat(safety.status().state()).isEqualTo(SafetyStatus.State.EMERGENCY);
        assertThat(pain.currentAdvice()).isNotEmpty();
        assertThat(pain.lastDays(28)).isNotEmpty();
        assertThat(care.today().packs()).isEqualTo(1);
        long annasWorkout = jdbc.queryForObject("select max(id) from workout where user_id = ?", Long.class, anna.id());

        SignedIn.as(TestAccounts.create(accounts, "bert"));

        assertThat(safety.status().state()).isEqualTo(SafetyStatus.State.CHECK_NEEDED);
        assertThat(safety.confirmDoctorSeen().state()).isEqualTo(SafetyStatus.State.CHECK_NEEDED);
        assertThat(pain.currentAdvice()).isEmpty();
        assertThat(pain.lastDays(28)).isEmpty();
        assertThat(settings.spasmStartedAt()).isEmpty();
        assertThat(care.today().packs()).isZero();
        assertThat(care.today().lastPackEnded()).isNull();
        assertThatThrownBy(() -> workouts.ratePainAfter(annasWorkout, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workouts.recordLegSymptoms(annasWorkout, LegSymptoms.SAME))
                .isInstanceOf(IllegalArgumentException.class);

        SignedIn.as(anna);
        assertThat(safety.status().state()).as("bert's clearing did not touch anna's").isEqualTo(SafetyStatus.State.EMERGENCY);
        assertThat(jdbc.queryForMap("select pain_after, leg_symptoms from workout where id = ?", annasWorkout))
                .containsEntry("PAIN_AFTER", 9).containsEntry("LEG_SYMPTOMS", "SPREADING");
    }

    @Test
    void deletingAnAccountRemovesItsAnswersRatingsAndCare() {
        AccountPrincipal anna = annaWithEverything();
        Map<String, Integer> before = UserRows.of(jdbc, anna.id());
        assertThat(before).containsEntry("RED_FLAG_CHECK", 1).containsEntry("CARE_SESSION", 1)
                .containsEntry("USER_SETTINGS", 1);

        SignedIn.as(anna);
        accounts.deleteAccount(TestAccounts.PASSWORD, true);

        assertThat(UserRows.of(jdbc, anna.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    private AccountPrincipal annaWithEverything() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        SignedIn.as(anna);
        safety.record(TestSafety.answers(RedFlag.SERIOUS_ACCIDENT));
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(20)));
        long workout = TestHistory.workout(jdbc, anna.id(), clock.instant().minus(Duration.ofHours(2)),
                Duration.ofMinutes(10), 2, "COMPLETED");
        TestHistory.ratePain(jdbc, workout, 3, 5);
        workouts.ratePainAfter(workout, 9);
        workouts.recordLegSymptoms(workout, LegSymptoms.SPREADING);
        care.finish(care.start(CareKind.COLD, 0), Duration.ofMinutes(20));
        SignedIn.nobody();
        return anna;
    }
}
