package app.backcoach.history.ui;

import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.TestSafety;
import app.backcoach.Texts;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.workout.WorkoutService;
import com.vaadin.flow.router.RouteParameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History under any address and paging: an id in an address is 1 to 18 digits, and only the person's own
 * workouts are found by it (the page of anything else is a 404); a page of the list is never more than asked
 * for, newest first, whatever offset and limit it is given.
 */
class HistoryInputPropertiesTest {

    private static AccountPrincipal person;
    private static List<Long> own = new ArrayList<>();
    private static long othersWorkout;

    private final HistoryService history = PropertyContext.bean(HistoryService.class);
    private final HistoryPages pages = PropertyContext.bean(HistoryPages.class);

    @BeforeContainer
    static void makeWorkouts() {
        WorkoutService workouts = PropertyContext.bean(WorkoutService.class);
        PropertyContext.signInNew("history-other");
        PropertyContext.bean(SafetyService.class).record(TestSafety.answers());
        othersWorkout = workouts.start("gentle-start").orElseThrow().id();
        person = PropertyContext.signInNew("history-props");
        PropertyContext.bean(SafetyService.class).record(TestSafety.answers());
        for (int i = 0; i < 5; i++) {
            long id = workouts.start("gentle-start").orElseThrow().id();
            workouts.finish(id, false);
            own.add(id);
        }
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    @Property(tries = 200)
    void anAddressThatIsNotAnIdOfTheirsOpensNoWorkout(@ForAll("notTheirIds") String parameter) {
        assertThat(HistoryDetailView.workoutId(parameter).flatMap(history::detail)).isEmpty();
        assertThat(pages.exists(HistoryDetailView.class, new RouteParameters(HistoryDetailView.ID, parameter)))
                .contains(false);
    }

    @Property(tries = 50)
    void theAddressOfEachOfTheirWorkoutsOpensIt(@ForAll("ownIds") long id, @ForAll("leadingZeros") String zeros) {
        String parameter = zeros + id;
        Assume.that(parameter.length() <= 18);

        assertThat(HistoryDetailView.workoutId(parameter)).contains(id);
        assertThat(history.detail(id)).get().extracting(detail -> detail.entry().id()).isEqualTo(id);
        assertThat(history.exists(id)).isTrue();
        assertThat(pages.exists(HistoryDetailView.class, new RouteParameters(HistoryDetailView.ID, parameter)))
                .contains(true);
    }

    @Property(tries = 100)
    void aPageIsNeverLongerThanAskedAndNewestFirst(@ForAll int offset, @ForAll int limit) {
        List<HistoryEntry> page = history.page(offset, limit);

        int count = history.count();
        assertThat(page).hasSizeLessThanOrEqualTo(Math.max(0, limit));
        assertThat(page).hasSize(Math.max(0, Math.min(Math.max(0, limit), count - Math.max(0, offset))));
        assertThat(page).extracting(HistoryEntry::startedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page).extracting(HistoryEntry::id).isSubsetOf(own);
    }

    @Provide
    Arbitrary<Long> ownIds() {
        return Arbitraries.of(own);
    }

    @Provide
    Arbitrary<String> leadingZeros() {
        return Arbitraries.strings().withChars('0').ofMinLength(0).ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> notTheirIds() {
        long highest = PropertyContext.bean(JdbcTemplate.class).queryForObject("select max(id) from workout",
                Long.class);
        return Arbitraries.oneOf(
                Texts.blank(),
                Texts.any(1, 40).filter(text -> !text.matches("[0-9]+")),
                Arbitraries.of(String.valueOf(othersWorkout), "0", "-" + own.getFirst(), own.getFirst() + " ",
                        "+" + own.getFirst(), own.getFirst() + ".0", "0x" + Long.toHexString(own.getFirst()),
                        "\u0661\u0662", "１２"),
                Arbitraries.longs().between(highest + 1_000_000, 999_999_999_999_999_999L).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(60).map(digits -> "1" + digits));
    }
}
