package app.backcoach.settings;

import app.backcoach.BackCoachTest;
import app.backcoach.BrowserValues;
import app.backcoach.Gens;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.Texts;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Preferences under any input: a time zone or language tag that is not one (or too long for its column) is
 * ignored; targets out of range, a spasm start in the future or more than a year ago, and an emergency number
 * that is not 2 to 6 digits are refused with {@link IllegalArgumentException}; in each case nothing changes.
 * Values within the rules are stored and read back as given (without the white space around them).
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsInputPropertiesTest {

    @Autowired
    UserSettingsService settings;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal person;

    @BeforeAll
    void makeAccount() {
        person = TestAccounts.create(accounts, "settings-props");
        SignedIn.as(person);
        // the settings row exists from here on, so that "nothing changed" can be read in it
        settings.setCuesMuted(false);
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

    // time zone and language from the browser

    @Test
    void aZoneAndLanguageThatAreNotOneAreIgnored() {
        qt().withExamples(100).forAll(BrowserValues.invalidZones(), BrowserValues.invalidTags())
                .checkAssert((zone, tag) -> {
                    Preferences before = settings.preferences();
                    Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

                    settings.rememberBrowser(zone, tag);

                    assertThat(settings.preferences()).isEqualTo(before);
                    assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
                });
    }

    @Test
    void aValidZoneAndLanguageAreRememberedAsSent() {
        qt().withExamples(100).forAll(BrowserValues.validZones(), BrowserValues.validTags())
                .checkAssert((zone, tag) -> {
                    settings.rememberBrowser(zone, tag);

                    Preferences preferences = settings.preferences();
                    assertThat(preferences.zone()).isEqualTo(ZoneId.of(zone.strip()));
                    assertThat(preferences.locale()).isEqualTo(BrowserValues.localeOf(tag));
                });
    }

    @Test
    void aValidZoneIsRememberedBesideALanguageThatIsNotOneAndTheOtherWayRound() {
        qt().withExamples(50).forAll(BrowserValues.validZones(), BrowserValues.invalidTags(),
                BrowserValues.validTags(), BrowserValues.invalidZones()).checkAssert((zone, badTag, tag, badZone) -> {
            Locale localeBefore = settings.preferences().locale();

            settings.rememberBrowser(zone, badTag);

            assertThat(settings.preferences().zone()).isEqualTo(ZoneId.of(zone.strip()));
            assertThat(settings.preferences().locale()).isEqualTo(localeBefore);

            settings.rememberBrowser(badZone, tag);

            assertThat(settings.preferences().zone()).isEqualTo(ZoneId.of(zone.strip()));
            assertThat(settings.preferences().locale()).isEqualTo(BrowserValues.localeOf(tag));
        });
    }

    // targets

    @Test
    void targetsOutOfRangeAreRefused() {
        qt().withExamples(100).forAll(targetsOutOfRange()).checkAssert(targets -> {
            Preferences before = settings.preferences();

            assertThatThrownBy(() -> settings.setTargets(targets.get(0), targets.get(1)))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(settings.preferences()).isEqualTo(before);
        });
    }

    @Test
    void targetsWithinRangeAreStored() {
        qt().withExamples(50).forAll(dailyTargets(), weeklyGoals()).checkAssert((daily, weekly) -> {
            settings.setTargets(daily, weekly);

            assertThat(settings.preferences().dailyTarget()).isEqualTo(daily);
            assertThat(settings.preferences().weeklyGoalDays()).isEqualTo(weekly);
            assertThat(settings.preferences().weeklyTarget()).isEqualTo(daily * 7);
        });
    }

    // when the spasm began

    @Test
    void aSpasmStartInTheFutureOrMoreThanAYearAgoIsRefused() {
        qt().withExamples(100).forAll(spasmStartsOutside()).checkAssert(start -> {
            Optional<Instant> before = settings.spasmStartedAt();

            assertThatThrownBy(() -> settings.setSpasmStartedAt(start))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(settings.spasmStartedAt()).isEqualTo(before);
        });
    }

    @Test
    void aSpasmStartWithinTheLastYearIsStoredAndCanBeForgotten() {
        qt().withExamples(50).forAll(spasmStartsWithin()).checkAssert(start -> {
            settings.setSpasmStartedAt(start);
            assertThat(settings.spasmStartedAt()).contains(start);

            settings.setSpasmStartedAt(null);
            assertThat(settings.spasmStartedAt()).isEmpty();
        });
    }

    // the emergency number

    @Test
    void anEmergencyNumberThatIsNotTwoToSixDigitsIsRefused() {
        qt().withExamples(100).forAll(invalidNumbers()).checkAssert(number -> {
            settings.setEmergencyNumber("555");

            assertThatThrownBy(() -> settings.setEmergencyNumber(number))
                    .isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(settings.emergencyNumber()).isEqualTo("555");
        });
    }

    @Test
    void anEmergencyNumberOfTwoToSixDigitsIsStored() {
        qt().withExamples(50).forAll(validNumbers()).checkAssert(number -> {
            settings.setEmergencyNumber(number);

            assertThat(settings.emergencyNumber()).isEqualTo(number.strip());
        });
    }

    @Test
    void aBlankEmergencyNumberGoesBackToTheCountrysOwn() {
        qt().withExamples(20).forAll(Generate.oneOf(Gens.none(), Texts.blank())).checkAssert(number -> {
            settings.setEmergencyNumber("555");

            settings.setEmergencyNumber(number);

            assertThat(settings.emergencyNumber())
                    .isEqualTo(EmergencyNumber.forCountry(settings.preferences().locale().getCountry()));
        });
    }

    @Test
    void soundOffIsRemembered() {
        qt().withExamples(10).forAll(booleans().all()).checkAssert(muted -> {
            settings.setCuesMuted(muted);

            assertThat(settings.cuesMuted()).isEqualTo(muted);
        });
    }

    // generators

    /** A daily target and weekly goal, one or both out of range. */
    private static Gen<List<Integer>> targetsOutOfRange() {
        Gen<Integer> badDaily = Gens.outside(Preferences.MIN_DAILY_TARGET, Preferences.MAX_DAILY_TARGET);
        Gen<Integer> badWeekly = Gens.outside(Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS);
        return Generate.oneOf(
                badDaily.zip(weeklyGoals(), List::of),
                dailyTargets().zip(badWeekly, List::of),
                badDaily.zip(badWeekly, List::of));
    }

    private static Gen<Integer> dailyTargets() {
        return integers().between(Preferences.MIN_DAILY_TARGET, Preferences.MAX_DAILY_TARGET);
    }

    private static Gen<Integer> weeklyGoals() {
        return integers().between(Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS);
    }

    /** From the moment after now to far ahead, or from far back to the moment before a year ago. */
    private Gen<Instant> spasmStartsOutside() {
        Instant now = clock.instant();
        Instant yearAgo = now.minus(UserSettingsService.SPASM_START_MAX_AGE);
        return Generate.oneOf(
                longs().between(1, Duration.ofDays(365 * 100).toSeconds()).map(now::plusSeconds),
                longs().between(1, 999_999).map(now::plusNanos),
                longs().between(1, Duration.ofDays(365 * 100).toSeconds()).map(yearAgo::minusSeconds),
                longs().between(1, 999_999).map(yearAgo::minusNanos));
    }

    /** The last year up to now, to the microsecond (what the column holds; the page gives minutes). */
    private Gen<Instant> spasmStartsWithin() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long yearInMicros = UserSettingsService.SPASM_START_MAX_AGE.toNanos() / 1_000;
        return longs().between(0, yearInMicros).map(micros -> now.minus(micros, ChronoUnit.MICROS));
    }

    private static Gen<String> withSpaceAround(Gen<String> values) {
        Gen<String> space = arbitrary().pick("", "", "", " ", "\t", "\n ");
        return space.zip(values, space, (before, value, after) -> before + value + after).describedAs(Texts::shown);
    }

    private static Gen<String> validNumbers() {
        return withSpaceAround(Texts.ofChars('0', '9', 2, EmergencyNumber.MAX_LENGTH));
    }

    private static Gen<String> invalidNumbers() {
        return Generate.oneOf(
                Texts.ofChars('0', '9', 1, 1),
                Texts.ofChars('0', '9', EmergencyNumber.MAX_LENGTH + 1, 40),
                Texts.notBlank(1, 20).assuming(text -> !text.strip().matches("[0-9]{2,6}")),
                arbitrary().pick("1 12", "+112", "11-2", "112#", "９９９", "\u0661\u0661\u0662", "11\u00002"))
                .describedAs(Texts::shown);
    }
}
