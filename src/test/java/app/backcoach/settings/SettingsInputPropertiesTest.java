package app.backcoach.settings;

import app.backcoach.BrowserValues;
import app.backcoach.MutableClock;
import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.Texts;
import app.backcoach.security.AccountPrincipal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Preferences under any input: a time zone or language tag that is not one (or too long for its column) is
 * ignored; targets out of range, a spasm start in the future or more than a year ago, and an emergency number
 * that is not 2 to 6 digits are refused with {@link IllegalArgumentException}; in each case nothing changes.
 * Values within the rules are stored and read back as given (without the white space around them).
 */
class SettingsInputPropertiesTest {

    private static AccountPrincipal person;

    private final UserSettingsService settings = PropertyContext.bean(UserSettingsService.class);
    private final MutableClock clock = PropertyContext.bean(MutableClock.class);

    @BeforeContainer
    static void makeAccount() {
        person = PropertyContext.signInNew("settings-props");
        // the settings row exists from here on, so that "nothing changed" can be read in it
        PropertyContext.bean(UserSettingsService.class).setCuesMuted(false);
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    // time zone and language from the browser

    @Property(tries = 100)
    void aZoneAndLanguageThatAreNotOneAreIgnored(@ForAll("invalidZones") String zone,
                                                 @ForAll("invalidTags") String tag) {
        Preferences before = settings.preferences();
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        settings.rememberBrowser(zone, tag);

        assertThat(settings.preferences()).isEqualTo(before);
        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
    }

    @Property(tries = 100)
    void aValidZoneAndLanguageAreRememberedAsSent(@ForAll("validZones") String zone, @ForAll("validTags") String tag) {
        settings.rememberBrowser(zone, tag);

        Preferences preferences = settings.preferences();
        assertThat(preferences.zone()).isEqualTo(ZoneId.of(zone.strip()));
        assertThat(preferences.locale()).isEqualTo(BrowserValues.localeOf(tag));
    }

    @Property(tries = 50)
    void aValidZoneIsRememberedBesideALanguageThatIsNotOneAndTheOtherWayRound(
            @ForAll("validZones") String zone, @ForAll("invalidTags") String badTag,
            @ForAll("validTags") String tag, @ForAll("invalidZones") String badZone) {
        Locale localeBefore = settings.preferences().locale();

        settings.rememberBrowser(zone, badTag);

        assertThat(settings.preferences().zone()).isEqualTo(ZoneId.of(zone.strip()));
        assertThat(settings.preferences().locale()).isEqualTo(localeBefore);

        settings.rememberBrowser(badZone, tag);

        assertThat(settings.preferences().zone()).isEqualTo(ZoneId.of(zone.strip()));
        assertThat(settings.preferences().locale()).isEqualTo(BrowserValues.localeOf(tag));
    }

    // targets

    @Property(tries = 100)
    void targetsOutOfRangeAreRefused(@ForAll("targetsOutOfRange") int[] targets) {
        Preferences before = settings.preferences();

        assertThatThrownBy(() -> settings.setTargets(targets[0], targets[1]))
                .isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(settings.preferences()).isEqualTo(before);
    }

    @Property(tries = 50)
    void targetsWithinRangeAreStored(@ForAll("dailyTargets") int daily, @ForAll("weeklyGoals") int weekly) {
        settings.setTargets(daily, weekly);

        assertThat(settings.preferences().dailyTarget()).isEqualTo(daily);
        assertThat(settings.preferences().weeklyGoalDays()).isEqualTo(weekly);
        assertThat(settings.preferences().weeklyTarget()).isEqualTo(daily * 7);
    }

    // when the spasm began

    @Property(tries = 100)
    void aSpasmStartInTheFutureOrMoreThanAYearAgoIsRefused(@ForAll("spasmStartsOutside") Instant start) {
        Optional<Instant> before = settings.spasmStartedAt();

        assertThatThrownBy(() -> settings.setSpasmStartedAt(start)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(settings.spasmStartedAt()).isEqualTo(before);
    }

    @Property(tries = 50)
    void aSpasmStartWithinTheLastYearIsStoredAndCanBeForgotten(@ForAll("spasmStartsWithin") Instant start) {
        settings.setSpasmStartedAt(start);
        assertThat(settings.spasmStartedAt()).contains(start);

        settings.setSpasmStartedAt(null);
        assertThat(settings.spasmStartedAt()).isEmpty();
    }

    // the emergency number

    @Property(tries = 100)
    void anEmergencyNumberThatIsNotTwoToSixDigitsIsRefused(@ForAll("invalidNumbers") String number) {
        settings.setEmergencyNumber("555");

        assertThatThrownBy(() -> settings.setEmergencyNumber(number)).isExactlyInstanceOf(IllegalArgumentException.class);

        assertThat(settings.emergencyNumber()).isEqualTo("555");
    }

    @Property(tries = 50)
    void anEmergencyNumberOfTwoToSixDigitsIsStored(@ForAll("validNumbers") String number) {
        settings.setEmergencyNumber(number);

        assertThat(settings.emergencyNumber()).isEqualTo(number.strip());
    }

    @Property(tries = 20)
    void aBlankEmergencyNumberGoesBackToTheCountrysOwn(@ForAll("blankOrNull") String number) {
        settings.setEmergencyNumber("555");

        settings.setEmergencyNumber(number);

        assertThat(settings.emergencyNumber())
                .isEqualTo(EmergencyNumber.forCountry(settings.preferences().locale().getCountry()));
    }

    @Property(tries = 10)
    void soundOffIsRemembered(@ForAll boolean muted) {
        settings.setCuesMuted(muted);

        assertThat(settings.cuesMuted()).isEqualTo(muted);
    }

    // generators

    @Provide
    Arbitrary<String> validZones() {
        return BrowserValues.validZones();
    }

    @Provide
    Arbitrary<String> invalidZones() {
        return BrowserValues.invalidZones();
    }

    @Provide
    Arbitrary<String> validTags() {
        return BrowserValues.validTags();
    }

    @Provide
    Arbitrary<String> invalidTags() {
        return BrowserValues.invalidTags();
    }

    @Provide
    Arbitrary<int[]> targetsOutOfRange() {
        Arbitrary<Integer> badDaily = outside(Preferences.MIN_DAILY_TARGET, Preferences.MAX_DAILY_TARGET);
        Arbitrary<Integer> badWeekly = outside(Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS);
        return Arbitraries.oneOf(
                Combinators.combine(badDaily, weeklyGoals()).as((daily, weekly) -> new int[] {daily, weekly}),
                Combinators.combine(dailyTargets(), badWeekly).as((daily, weekly) -> new int[] {daily, weekly}),
                Combinators.combine(badDaily, badWeekly).as((daily, weekly) -> new int[] {daily, weekly}));
    }

    @Provide
    Arbitrary<Integer> dailyTargets() {
        return Arbitraries.integers().between(Preferences.MIN_DAILY_TARGET, Preferences.MAX_DAILY_TARGET);
    }

    @Provide
    Arbitrary<Integer> weeklyGoals() {
        return Arbitraries.integers().between(Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS);
    }

    private static Arbitrary<Integer> outside(int min, int max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, min - 1),
                Arbitraries.integers().between(max + 1, Integer.MAX_VALUE), Arbitraries.of(min - 1, max + 1));
    }

    /** From the moment after now to far ahead, or from far back to the moment before a year ago. */
    @Provide
    Arbitrary<Instant> spasmStartsOutside() {
        Instant now = clock.instant();
        Instant yearAgo = now.minus(UserSettingsService.SPASM_START_MAX_AGE);
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, Duration.ofDays(365 * 100).toSeconds()).map(now::plusSeconds),
                Arbitraries.longs().between(1, 999_999).map(nanos -> now.plusNanos(nanos)),
                Arbitraries.longs().between(1, Duration.ofDays(365 * 100).toSeconds()).map(yearAgo::minusSeconds),
                Arbitraries.longs().between(1, 999_999).map(yearAgo::minusNanos));
    }

    /** The last year up to now, to the microsecond (what the column holds; the page gives minutes). */
    @Provide
    Arbitrary<Instant> spasmStartsWithin() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long yearInMicros = UserSettingsService.SPASM_START_MAX_AGE.toNanos() / 1_000;
        return Arbitraries.longs().between(0, yearInMicros).map(micros -> now.minus(micros, ChronoUnit.MICROS));
    }

    private static Arbitrary<String> withSpaceAround(Arbitrary<String> values) {
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", "\n ");
        return Combinators.combine(space, values, space).as((before, value, after) -> before + value + after);
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return withSpaceAround(Arbitraries.strings().withCharRange('0', '9').ofMinLength(2)
                .ofMaxLength(EmergencyNumber.MAX_LENGTH));
    }

    @Provide
    Arbitrary<String> invalidNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofLength(1),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(EmergencyNumber.MAX_LENGTH + 1).ofMaxLength(40),
                Texts.notBlank(1, 20).filter(text -> !text.strip().matches("[0-9]{2,6}")),
                Arbitraries.of("1 12", "+112", "11-2", "112#", "９９９", "\u0661\u0661\u0662", "11\u00002"));
    }

    @Provide
    Arbitrary<String> blankOrNull() {
        return Arbitraries.oneOf(Arbitraries.just(null), Texts.blank());
    }
}
