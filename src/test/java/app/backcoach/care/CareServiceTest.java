package app.backcoach.care;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class CareServiceTest {

    @Autowired
    CareService care;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;

    private AccountPrincipal emil;

    @BeforeEach
    void signIn() {
        emil = TestAccounts.create(accounts, "emil");
        SignedIn.as(emil);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aFinishedPackIsRecordedAndCountedToday() {
        StartedCare pack = care.start(CareKind.COLD, 0);
        assertThat(pack.planned()).isEqualTo(Duration.ofMinutes(20));
        clock.advance(Duration.ofMinutes(20));

        assertThat(care.finish(pack, Duration.ofMinutes(20))).isTrue();

        CareToday today = care.today();
        assertThat(today.packs()).isEqualTo(1);
        assertThat(today.walks()).isZero();
        assertThat(today.lastPackEnded()).isEqualTo(clock.instant());
        Map<String, Object> row = jdbc.queryForMap("select * from care_session where user_id = ?", emil.id());
        assertThat(row).containsEntry("KIND", "COLD").containsEntry("PLANNED_SECONDS", 1200).containsEntry("DONE_SECONDS", 1200);
    }

    @Test
    void walksLastThreeToThirtyMinutes() {
        assertThatThrownBy(() -> care.start(CareKind.WALK, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> care.start(CareKind.WALK, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThat(care.start(CareKind.WALK, 3).planned()).isEqualTo(Duration.ofMinutes(3));
        assertThat(care.start(CareKind.WALK, 30).planned()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aStopInUnderAMinuteRecordsNothingAndALongReportCountsThePlannedTimeOnly() {
        StartedCare walk = care.start(CareKind.WALK, 5);
        assertThat(care.finish(walk, Duration.ofSeconds(59))).isFalse();
        assertThat(care.today().walks()).isZero();

        assertThat(care.finish(care.start(CareKind.WALK, 5), Duration.ofMinutes(9))).isTrue();
        assertThat(jdbc.queryForObject("select done_seconds from care_session where user_id = ?", Integer.class, emil.id()))
                .isEqualTo(300);
        assertThat(care.today().walks()).isEqualTo(1);
    }

    @Test
    void yesterdaysCareIsNotToday() {
        care.finish(care.start(CareKind.HEAT, 0), Duration.ofMinutes(20));
        clock.advance(Duration.ofDays(1));
        assertThat(care.today().packs()).isZero();
        assertThat(care.today().lastPackEnded()).as("the last pack is remembered across days").isNotNull();
    }

    @Test
    void someoneElsesTimerCannotBeRecordedForThem() {
        StartedCare mine = care.start(CareKind.COLD, 0);
        SignedIn.as(TestAccounts.create(accounts, "fritz"));
        assertThatThrownBy(() -> care.finish(mine, Duration.ofMinutes(20))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from care_session where user_id = ?", Integer.class, emil.id()))
                .isZero();
    }

    @Test
    void theDaysWithHomeCareCountEachKindAndTheWalksMinutesLeavingOutShortStopsAndOtherPeople() {
        ZoneId zone = settings.preferences().zone();
        Instant from = clock.instant();
        care.finish(care.start(CareKind.COLD, 0), Duration.ofMinutes(20));
        care.finish(care.start(CareKind.HEAT, 0), Duration.ofMinutes(15));
        care.finish(care.start(CareKind.WALK, 10), Duration.ofMinutes(10));
        care.finish(care.start(CareKind.WALK, 5), Duration.ofSeconds(30));
        clock.advance(Duration.ofDays(2));
        care.finish(care.start(CareKind.WALK, 5), Duration.ofMinutes(4));
        care.finish(care.start(CareKind.BREATHE, 0), Duration.ofMinutes(5));
        SignedIn.as(TestAccounts.create(accounts, "frida"));
        care.finish(care.start(CareKind.HEAT, 0), Duration.ofMinutes(20));
        SignedIn.as(emil);

        assertThat(care.daysBetween(from, clock.instant().plusSeconds(1))).containsExactly(
                new CareDay(LocalDate.ofInstant(from, zone), 1, 1, 1, 10, 0),
                new CareDay(LocalDate.ofInstant(clock.instant(), zone), 0, 0, 1, 4, 1));
        assertThat(care.daysBetween(from.plusSeconds(1), clock.instant().plusSeconds(1))).hasSize(1);
        assertThat(care.daysBetween(from, clock.instant())).hasSize(1);
    }
}
