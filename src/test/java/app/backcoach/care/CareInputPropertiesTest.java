package app.backcoach.care;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.UserRows;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Home care under any input: a walk of fewer than 3 or more than 30 minutes, a care of no kind, and someone else's
 * care are refused with {@link IllegalArgumentException} and store nothing; a care stopped before a minute is
 * not recorded; anything else is stored with its planned time and the time done (at most the planned time).
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareInputPropertiesTest {

    @Autowired
    CareService care;
    @Autowired
    CareData data;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal person;
    private StartedCare othersWalk;

    @BeforeAll
    void makeAccounts() {
        SignedIn.as(TestAccounts.create(accounts, "care-other"));
        othersWalk = care.start(CareKind.WALK, CareRules.WALK_DEFAULT_MINUTES);
        person = TestAccounts.create(accounts, "care-props");
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
    void aWalkOfFewerThanThreeOrMoreThanThirtyMinutesIsRefused() {
        Gen<Integer> outsideWalkMinutes = Generate.oneOf(
                integers().between(Integer.MIN_VALUE, CareRules.WALK_MIN_MINUTES - 1),
                integers().between(CareRules.WALK_MAX_MINUTES + 1, Integer.MAX_VALUE),
                arbitrary().pick(CareRules.WALK_MIN_MINUTES - 1, CareRules.WALK_MAX_MINUTES + 1, 0, -1));
        qt().withExamples(100).forAll(outsideWalkMinutes).checkAssert(minutes -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            CareToday before = care.today();

            assertThatThrownBy(() -> care.start(CareKind.WALK, minutes))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(care.today()).isEqualTo(before);
            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
        });
    }

    @Test
    void aCareOfNoKindIsRefused() {
        qt().withExamples(20).forAll(integers().all()).checkAssert(minutes -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            assertThatThrownBy(() -> care.start(null, minutes)).isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
        });
    }

    @Test
    void aCareOfAMinuteOrMoreIsStoredWithItsPlannedTimeAndTheTimeDone() {
        // a pack or breathing is started with the minutes of the walk field, whatever they say
        qt().withExamples(50).forAll(arbitrary().enumValues(CareKind.class),
                integers().between(CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES), integers().all(),
                timesDone()).checkAssert((kind, walkMinutes, ignoredMinutes, done) -> {
            int minutes = kind == CareKind.WALK ? walkMinutes : ignoredMinutes;
            StartedCare started = care.start(kind, minutes);
            Duration planned = switch (kind) {
                case WALK -> Duration.ofMinutes(walkMinutes);
                case BREATHE -> CareRules.BREATHING_TIME;
                case COLD, HEAT -> CareRules.PACK_TIME;
            };
            assertThat(started).isEqualTo(new StartedCare(person.id(), kind, clock.instant(), planned));
            CareToday before = care.today();
            int sessionsBefore = data.export().size();

            assertThat(care.finish(started, done)).isTrue();

            Duration counted = done.compareTo(planned) > 0 ? planned : done;
            List<CareData.Session> sessions = data.export();
            assertThat(sessions).hasSize(sessionsBefore + 1);
            assertThat(sessions.getLast()).isEqualTo(new CareData.Session(kind.name(), started.startedAt(),
                    clock.instant(), (int) planned.toSeconds(), (int) counted.toSeconds()));
            CareToday after = care.today();
            assertThat(after.packs()).isEqualTo(before.packs() + (kind.isPack() ? 1 : 0));
            assertThat(after.walks()).isEqualTo(before.walks() + (kind == CareKind.WALK ? 1 : 0));
        });
    }

    @Test
    void aCareStoppedBeforeAMinuteIsNotRecorded() {
        Gen<Duration> tooShort = longs().between(-Duration.ofHours(1).toMillis(),
                CareRules.SHORTEST_COUNTED.toMillis() - 1).map(Duration::ofMillis);
        qt().withExamples(50).forAll(arbitrary().enumValues(CareKind.class), tooShort).checkAssert((kind, done) -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            StartedCare started = care.start(kind, CareRules.WALK_DEFAULT_MINUTES);

            assertThat(care.finish(started, done)).isFalse();

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
        });
    }

    @Test
    void someoneElsesCareIsRefused() {
        qt().withExamples(30).forAll(timesDone()).checkAssert(done -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            List<CareData.Session> before = data.export();

            assertThatThrownBy(() -> care.finish(othersWalk, done)).isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(data.export()).isEqualTo(before);
        });
    }

    /** From a minute to well past the longest planned time (a timer left running), to the millisecond. */
    private static Gen<Duration> timesDone() {
        return longs().between(CareRules.SHORTEST_COUNTED.toMillis(), Duration.ofHours(3).toMillis())
                .map(Duration::ofMillis);
    }
}
