package app.backcoach.safety;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static app.backcoach.TestSafety.answers;
import static app.backcoach.safety.SafetyStatus.State.CHECK_DUE;
import static app.backcoach.safety.SafetyStatus.State.CHECK_NEEDED;
import static app.backcoach.safety.SafetyStatus.State.CLEAR;
import static app.backcoach.safety.SafetyStatus.State.EMERGENCY;
import static app.backcoach.safety.SafetyStatus.State.SAME_DAY;
import static app.backcoach.safety.SafetyStatus.State.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class SafetyServiceTest {

    @Autowired
    SafetyService safety;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal carla;

    @BeforeEach
    void signIn() {
        carla = TestAccounts.create(accounts, "carla");
        SignedIn.as(carla);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theCheckIsNeededBeforeTheFirstWorkoutAndHoldsForSevenDays() {
        assertThat(safety.status().state()).isEqualTo(CHECK_NEEDED);
        assertThat(safety.status().mayExercise()).isFalse();

        assertThat(safety.record(answers()).state()).isEqualTo(CLEAR);
        assertThat(safety.status().mayExercise()).isTrue();

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(safety.status().state()).isEqualTo(CLEAR);
        clock.advanceSeconds(1);
        assertThat(safety.status().state()).as("offered again after 7 days").isEqualTo(CHECK_DUE);
        assertThat(safety.record(answers()).state()).isEqualTo(CLEAR);
    }

    @Test
    void anEmergencySignLocksWorkoutsUntilADoctorHasSeenThePerson() {
        SafetyStatus status = safety.record(answers(RedFlag.SADDLE_NUMBNESS));
        assertThat(status.state()).isEqualTo(EMERGENCY);
        assertThat(status.yes()).containsExactly(RedFlag.SADDLE_NUMBNESS);

        assertThat(safety.record(answers()).state()).as("answering no later does not unlock").isEqualTo(EMERGENCY);
        clock.advance(Duration.ofDays(30));
        assertThat(safety.status().state()).as("nor does time").isEqualTo(EMERGENCY);

        assertThat(safety.confirmDoctorSeen().state()).isEqualTo(CHECK_DUE);
        assertThat(safety.record(answers()).state()).isEqualTo(CLEAR);
    }

    @Test
    void aSeeADoctorSignCanBeAcknowledged() {
        assertThat(safety.record(answers(RedFlag.UNWELL, RedFlag.NOT_IMPROVING)).state()).isEqualTo(WARNING);
        assertThat(safety.status().mayExercise()).isFalse();

        SafetyStatus acknowledged = safety.acknowledgeWarning();
        assertThat(acknowledged.state()).isEqualTo(CLEAR);
        assertThat(acknowledged.yes()).containsExactlyInAnyOrder(RedFlag.UNWELL, RedFlag.NOT_IMPROVING);
    }

    @Test
    void bothKindsOfSignAtOnceLockUntilCleared() {
        assertThat(safety.record(answers(RedFlag.BLADDER_OR_BOWEL, RedFlag.NO_IMPROVEMENT_TWO_WEEKS)).state()).isEqualTo(EMERGENCY);
        assertThat(safety.acknowledgeWarning().state()).isEqualTo(EMERGENCY);
        assertThat(safety.confirmDoctorSeen().state()).isEqualTo(CLEAR);
    }

    @Test
    void aCheckWithAMissingAnswerIsRefusedAndNothingIsStored() {
        Map<RedFlag, Boolean> incomplete = answers();
        incomplete.remove(RedFlag.SERIOUS_ACCIDENT);
        assertThatThrownBy(() -> safety.record(incomplete)).isInstanceOf(IllegalArgumentException.class);
        Map<RedFlag, Boolean> withNull = answers();
        withNull.put(RedFlag.SERIOUS_ACCIDENT, null);
        assertThatThrownBy(() -> safety.record(withNull)).isInstanceOf(IllegalArgumentException.class);

        assertThat(safety.status().state()).isEqualTo(CHECK_NEEDED);
        assertThat(jdbc.queryForObject("select count(*) from red_flag_check where user_id = ?", Integer.class, carla.id())).isZero();
    }

    @Test
    void aSameDaySignPausesWorkoutsWithoutTheEmergencyStateUntilADoctorHasSeenThePerson() {
        SafetyStatus status = safety.record(answers(RedFlag.NEW_LEG_SYMPTOMS));
        assertThat(status.state()).isEqualTo(SAME_DAY);
        assertThat(status.mayExercise()).isFalse();
        assertThat(safety.acknowledgeWarning().state()).as("reading is not enough").isEqualTo(SAME_DAY);
        assertThat(safety.record(answers()).state()).as("answering no later does not unlock").isEqualTo(SAME_DAY);

        assertThat(safety.confirmDoctorSeen().state()).isEqualTo(CLEAR);
    }

    @Test
    void anEmergencySignOutranksASameDaySign() {
        assertThat(safety.record(answers(RedFlag.HIGH_TEMPERATURE, RedFlag.CHEST_PAIN)).state()).isEqualTo(EMERGENCY);
        assertThat(safety.confirmDoctorSeen().state()).isEqualTo(CLEAR);
    }

    @Test
    void aSignADoctorHasSeenStandsAtTheWeeklyCheckUntilThePersonSaysItChanged() {
        safety.record(answers(RedFlag.SERIOUS_ACCIDENT));
        assertThat(safety.confirmDoctorSeen().assessed()).containsExactly(RedFlag.SERIOUS_ACCIDENT);

        clock.advance(Duration.ofDays(7));
        SafetyStatus due = safety.status();
        assertThat(due.state()).isEqualTo(CHECK_DUE);
        assertThat(due.assessed()).as("the next check asks whether it changed").containsExactly(RedFlag.SERIOUS_ACCIDENT);
        SafetyStatus unchanged = safety.record(answers());
        assertThat(unchanged.state()).as("no new alarm for the same past event").isEqualTo(CLEAR);
        assertThat(unchanged.assessed()).containsExactly(RedFlag.SERIOUS_ACCIDENT);

        clock.advance(Duration.ofDays(7));
        SafetyStatus changed = safety.record(answers(RedFlag.SERIOUS_ACCIDENT));
        assertThat(changed.state()).as("a change is a new sign").isEqualTo(EMERGENCY);
        assertThat(changed.assessed()).isEmpty();
    }
}
