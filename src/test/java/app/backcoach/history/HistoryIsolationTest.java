package app.backcoach.history;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.progress.ProgressService;
import app.backcoach.progress.WeekSummary;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** One person's workouts never show up in another's history, details or progress. */
@BackCoachTest
class HistoryIsolationTest {

    @Autowired
    HistoryService history;
    @Autowired
    ProgressService progress;
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
    void anotherPersonSeesNoneOfAnnasWorkouts() {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        long annas = TestHistory.workout(jdbc, anna.id(), clock.instant().minus(Duration.ofHours(1)),
                Duration.ofMinutes(10), 4, "COMPLETED");
        SignedIn.as(anna);
        assertThat(history.count()).isEqualTo(1);
        assertThat(progress.today().sessions()).isEqualTo(1);

        SignedIn.as(TestAccounts.create(accounts, "bert"));

        assertThat(history.count()).isZero();
        assertThat(history.page(0, 50)).isEmpty();
        assertThat(history.latestRoutineId()).isEmpty();
        assertThat(history.detail(annas)).isEmpty();
        assertThat(progress.today().sessions()).isZero();
        assertThat(progress.lastWeeks(12)).extracting(WeekSummary::sessions).containsOnly(0);
        assertThat(progress.streak().weeks()).isZero();
    }
}
