package app.backcoach.care;

import app.backcoach.MutableClock;
import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.security.AccountPrincipal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Home care under any input: a walk of fewer than 3 or more than 30 minutes, a care of no kind, and someone else's
 * care are refused with {@link IllegalArgumentException} and store nothing; a care stopped before a minute is
 * not recorded; anything else is stored with its planned time and the time done (at most the planned time).
 */
class CareInputPropertiesTest {

    private static AccountPrincipal person;
    private static StartedCare othersWalk;

    private final CareService care = PropertyContext.bean(CareService.class);
    private final CareData data = PropertyContext.bean(CareData.class);
    private final MutableClock clock = PropertyContext.bean(MutableClock.class);

    @BeforeContainer
    static void makeAccounts() {
        PropertyContext.signInNew("care-other");
        othersWalk = PropertyContext.bean(CareService.class).start(CareKind.WALK, CareRules.WALK_DEFAULT_MINUTES);
        person = PropertyContext.signInNew("care-props");
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    @Property(tries = 100)
    void aWalkOfFewerThanThreeOrMoreThanThirtyMinutesIsRefused(@ForAll("outsideWalkMinutes") int minutes) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        CareToday before = care.today();

        assertThatThrownBy(() -> care.start(CareKind.WALK, minutes)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(care.today()).isEqualTo(before);
        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 20)
    void aCareOfNoKindIsRefused(@ForAll int minutes) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        assertThatThrownBy(() -> care.start(null, minutes)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 50)
    void aCareOfAMinuteOrMoreIsStoredWithItsPlannedTimeAndTheTimeDone(
            @ForAll CareKind kind,
            @ForAll @IntRange(min = CareRules.WALK_MIN_MINUTES, max = CareRules.WALK_MAX_MINUTES) int walkMinutes,
            @ForAll("anyOtherMinutes") int ignoredMinutes, @ForAll("timesDone") Duration done) {
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
    }

    @Property(tries = 50)
    void aCareStoppedBeforeAMinuteIsNotRecorded(@ForAll CareKind kind, @ForAll("tooShort") Duration done) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        StartedCare started = care.start(kind, CareRules.WALK_DEFAULT_MINUTES);

        assertThat(care.finish(started, done)).isFalse();

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 30)
    void someoneElsesCareIsRefused(@ForAll("timesDone") Duration done) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        List<CareData.Session> before = data.export();

        assertThatThrownBy(() -> care.finish(othersWalk, done)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(data.export()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Integer> outsideWalkMinutes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, CareRules.WALK_MIN_MINUTES - 1),
                Arbitraries.integers().between(CareRules.WALK_MAX_MINUTES + 1, Integer.MAX_VALUE),
                Arbitraries.of(CareRules.WALK_MIN_MINUTES - 1, CareRules.WALK_MAX_MINUTES + 1, 0, -1));
    }

    /** What a pack or breathing is started with: the minutes of the walk field, whatever they say. */
    @Provide
    Arbitrary<Integer> anyOtherMinutes() {
        return Arbitraries.integers();
    }

    /** From a minute to well past the longest planned time (a timer left running), to the millisecond. */
    @Provide
    Arbitrary<Duration> timesDone() {
        return Arbitraries.longs().between(CareRules.SHORTEST_COUNTED.toMillis(), Duration.ofHours(3).toMillis())
                .map(Duration::ofMillis);
    }

    @Provide
    Arbitrary<Duration> tooShort() {
        return Arbitraries.longs().between(-Duration.ofHours(1).toMillis(), CareRules.SHORTEST_COUNTED.toMillis() - 1)
                .map(Duration::ofMillis);
    }
}
