package app.backcoach.history.ui;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.Texts;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.workout.WorkoutService;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * History under any address and paging: an id in an address is 1 to 18 digits, and only the person's own
 * workouts are found by it (the page of anything else is a 404); a page of the list is never more than asked
 * for, newest first, whatever offset and limit it is given.
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryInputPropertiesTest {

    @Autowired
    HistoryService history;
    @Autowired
    HistoryPages pages;
    @Autowired
    WorkoutService workouts;
    @Autowired
    SafetyService safety;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> own = new ArrayList<>();
    private AccountPrincipal person;
    private long othersWorkout;

    @BeforeAll
    void makeWorkouts() {
        SignedIn.as(TestAccounts.create(accounts, "history-other"));
        safety.record(TestSafety.answers());
        othersWorkout = workouts.start("gentle-start").orElseThrow().id();
        person = TestAccounts.create(accounts, "history-props");
        SignedIn.as(person);
        safety.record(TestSafety.answers());
        for (int i = 0; i < 5; i++) {
            long id = workouts.start("gentle-start").orElseThrow().id();
            workouts.finish(id, false);
            own.add(id);
        }
        SignedIn.nobody();
    }

    @BeforeEach
    void signIn() {
        SignedIn.as(person);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anAddressThatIsNotAnIdOfTheirsOpensNoWorkout() {
        qt().withExamples(200).forAll(notTheirIds()).checkAssert(parameter -> {
            assertThat(HistoryDetailView.workoutId(parameter).flatMap(history::detail)).isEmpty();
            assertThat(pages.exists(HistoryDetailView.class, new RouteParameters(HistoryDetailView.ID, parameter)))
                    .contains(false);
        });
    }

    @Test
    void theAddressOfEachOfTheirWorkoutsOpensIt() {
        qt().withExamples(50).forAll(Generate.pick(own), Texts.ofChars("0", 0, 4))
                .assuming((id, zeros) -> (zeros + id).length() <= 18)
                .checkAssert((id, zeros) -> {
                    String parameter = zeros + id;

                    assertThat(HistoryDetailView.workoutId(parameter)).contains(id);
                    assertThat(history.detail(id)).get().extracting(detail -> detail.entry().id()).isEqualTo(id);
                    assertThat(history.exists(id)).isTrue();
                    assertThat(pages.exists(HistoryDetailView.class,
                            new RouteParameters(HistoryDetailView.ID, parameter))).contains(true);
                });
    }

    @Test
    void aPageIsNeverLongerThanAskedAndNewestFirst() {
        // any int, half of them around the count of workouts, where pages are partly filled
        Gen<Integer> ints = integers().all().mix(integers().between(-2, 8));
        qt().withExamples(100).forAll(ints, ints).checkAssert((offset, limit) -> {
            List<HistoryEntry> page = history.page(offset, limit);

            int count = history.count();
            assertThat(page).hasSizeLessThanOrEqualTo(Math.max(0, limit));
            assertThat(page).hasSize(Math.max(0, Math.min(Math.max(0, limit), count - Math.max(0, offset))));
            assertThat(page).extracting(HistoryEntry::startedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(page).extracting(HistoryEntry::id).isSubsetOf(own);
        });
    }

    private Gen<String> notTheirIds() {
        long highest = jdbc.queryForObject("select max(id) from workout", Long.class);
        long first = own.getFirst();
        return Generate.oneOf(
                Texts.blank(),
                Texts.any(1, 40).assuming(text -> !text.matches("[0-9]+")),
                arbitrary().pick(String.valueOf(othersWorkout), "0", "-" + first, first + " ", "+" + first,
                        first + ".0", "0x" + Long.toHexString(first), "\u0661\u0662", "１２"),
                longs().between(highest + 1_000_000, 999_999_999_999_999_999L).map(number -> Long.toString(number)),
                Texts.ofChars('0', '9', 19, 60).map(digits -> "1" + digits)).describedAs(Texts::shown);
    }
}
