package app.backcoach.progress;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.history.HistoryService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the weekly progress and of the first history page for one person with 1 and with 5 years
 * of daily workouts (about 3,650 workouts and 30,000 sets for 5 years). Not part of the test suite; run it
 * with {@code ./mvnw test -Dtest=ProgressBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@BackCoachTest
class ProgressBenchmark {

    private static final int RUNS = 30;

    @Autowired
    ProgressService progress;
    @Autowired
    HistoryService history;
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
    void weeklyProgressAndTheFirstHistoryPageWithOneAndFiveYears() {
        for (int years : new int[] {1, 5}) {
            AccountPrincipal person = TestAccounts.create(accounts, "bench" + years);
            int sets = fill(person.id(), years);
            SignedIn.as(person);
            double progressMs = medianMillis(() -> {
                progress.lastWeeks(12);
                progress.streak();
                return progress.today();
            });
            double historyMs = medianMillis(() -> history.page(0, 50));
            assertThat(history.count()).isEqualTo(years * 365 * 2);
            System.out.printf("%n%d year(s): %d workouts, %d sets | weekly progress (12 weeks + streak + today): "
                    + "median %.1f ms | first history page (50 rows): median %.1f ms%n%n", years, years * 365 * 2,
                    sets, progressMs, historyMs);
        }
    }

    /** Two workouts a day with eight sets each, ending now. */
    private int fill(long userId, int years) {
        Instant now = clock.instant();
        List<Object[]> workouts = new ArrayList<>();
        int days = years * 365;
        for (int day = 0; day < days; day++) {
            for (int session = 0; session < 2; session++) {
                Instant start = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2 + 8L * session));
                workouts.add(new Object[] {userId, Timestamp.from(start), Timestamp.from(start.plusSeconds(600))});
            }
        }
        jdbc.batchUpdate("""
                insert into workout (user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned)
                values (?, 1, 'Quick relief', ?, ?, 'COMPLETED', 8)""", workouts);
        List<Object[]> sets = new ArrayList<>();
        jdbc.query("select id, started_at from workout where user_id = ?", rs -> {
            Instant start = rs.getTimestamp(2).toInstant();
            for (int set = 1; set <= 8; set++) {
                Instant setStart = start.plusSeconds(120L * set);
                sets.add(new Object[] {rs.getLong(1), userId, set, Timestamp.from(setStart),
                        Timestamp.from(setStart.plusSeconds(100))});
            }
        }, userId);
        jdbc.batchUpdate("""
                insert into workout_set (workout_id, user_id, exercise_slug, exercise_name, set_number, side, reps_done,
                    reps_planned, hold_seconds_planned, measured_hold_millis, started_at, ended_at)
                values (?, ?, 'pelvic-tilt', 'Pelvic tilt', ?, 'NONE', 10, 10, 5, '5000,5000,5000', ?, ?)""", sets);
        return sets.size();
    }

    private static double medianMillis(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
