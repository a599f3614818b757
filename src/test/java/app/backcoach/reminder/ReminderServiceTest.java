package app.backcoach.reminder;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.TestSafety;
import app.backcoach.safety.PainService;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BackCoachTest
class ReminderServiceTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    @Autowired
    ReminderService reminders;
    @Autowired
    AccountService accounts;
    @Autowired
    UserSettingsService settings;
    @Autowired
    SafetyService safety;
    @Autowired
    PainService pain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal me;
    private Instant before;

    @BeforeEach
    void signIn() {
        before = clock.instant();
        me = TestAccounts.create(accounts, "reminders");
        SignedIn.as(me);
        settings.rememberBrowser("Europe/Vienna", "en-GB");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        clock.set(before);
    }

    @Test
    void untilChangedTheRemindersAreTwoSessionsAtNineAndSixInTheSettingsZoneWithoutWalksOrLink() {
        Reminders mine = reminders.reminders();

        assertThat(mine.sessionTimes()).containsExactly(NINE, SIX_PM);
        assertThat(mine.walks()).isFalse();
        assertThat(mine.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(mine.linkOn()).isFalse();
    }

    @Test
    void savedTimesComeBackEarliestFirstInWholeMinutesWithWalksAndTheBrowsersZone() {
        reminders.save(List.of(LocalTime.of(19, 30, 15), LocalTime.of(7, 15)), true, "America/New_York");

        Reminders mine = reminders.reminders();
        assertThat(mine.sessionTimes()).containsExactly(LocalTime.of(7, 15), LocalTime.of(19, 30));
        assertThat(mine.walks()).isTrue();
        assertThat(mine.zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aZoneTheBrowserDoesNotNameValidlyGivesWayToTheSettingsZone() {
        reminders.save(List.of(NINE), false, "Mars/Olympus_Mons");
        assertThat(reminders.reminders().zone()).isEqualTo(ZoneId.of("Europe/Vienna"));

        reminders.save(List.of(NINE), false, null);
        assertThat(reminders.reminders().zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    }

    @Test
    void oneToFourDifferentTimesAreAllowedAndAnythingElseIsRefusedWithoutChangingAThing() {
        reminders.save(List.of(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0)),
                true, "UTC");
        Reminders saved = reminders.reminders();

        assertRefused(List.of(), "reminders.error.count", -1);
        assertRefused(List.of(NINE, LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(12, 0), SIX_PM),
                "reminders.error.count", -1);
        assertRefused(Arrays.asList(NINE, null), "reminders.error.missing", 1);
        assertRefused(List.of(NINE, SIX_PM, LocalTime.of(9, 0, 30)), "reminders.error.same", 2);

        assertThat(reminders.reminders()).isEqualTo(saved);
    }

    @Test
    void aNewLinkIsALongRandomTokenOfWhichOnlyTheHashIsStored() throws Exception {
        String token = reminders.newCalendarLink();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(reminders.newCalendarLink()).as("another one").isNotEqualTo(token);
        String latest = reminders.newCalendarLink();
        Map<String, Object> row = jdbc.queryForMap("select * from reminder where user_id = ?", me.id());
        assertThat(row.values()).extracting(String::valueOf).noneMatch(value -> value.contains(latest));
        assertThat(row.get("FEED_TOKEN_HASH")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(latest.getBytes(StandardCharsets.US_ASCII))));
        assertThat(reminders.reminders().linkOn()).isTrue();
        assertThat(reminders.reminders().linkCreatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void replacingTheLinkLeavesTheOldOneUnknown() {
        String old = reminders.newCalendarLink();
        assertThat(reminders.feed(old)).isPresent();

        String replacement = reminders.newCalendarLink();

        assertThat(reminders.feed(old)).isEmpty();
        assertThat(reminders.feed(replacement)).hasValueSatisfying(feed -> {
            assertThat(feed.userId()).isEqualTo(me.id());
            assertThat(feed.sessionTimes()).containsExactly(NINE, SIX_PM);
            assertThat(feed.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        });
    }

    @Test
    void turningTheLinkOffLeavesItUnknownAndKeepsTheTimes() {
        reminders.save(List.of(LocalTime.of(8, 30)), true, "UTC");
        String token = reminders.newCalendarLink();

        reminders.turnOffCalendarLink();

        assertThat(reminders.feed(token)).isEmpty();
        assertThat(reminders.reminders().linkOn()).isFalse();
        assertThat(reminders.reminders().sessionTimes()).containsExactly(LocalTime.of(8, 30));
    }

    @Test
    void malformedTokensAreUnknown() {
        reminders.newCalendarLink();

        assertThat(reminders.feed("")).isEmpty();
        assertThat(reminders.feed(null)).isEmpty();
        assertThat(reminders.feed("short")).isEmpty();
        assertThat(reminders.feed("x".repeat(42) + "/")).isEmpty();
    }

    @Test
    void aSessionIsDueOnceItsTimeHasPassedUntilOneIsDoneToday() {
        settings.rememberBrowser("UTC", "en-GB");
        safety.record(TestSafety.answers());
        clock.set(Instant.parse("2025-03-02T08:59:00Z"));
        assertThat(reminders.dueSession()).as("not yet").isEmpty();

        clock.set(Instant.parse("2025-03-02T09:00:00Z"));
        assertThat(reminders.dueSession()).contains(NINE);

        clock.set(Instant.parse("2025-03-02T18:30:00Z"));
        assertThat(reminders.dueSession()).contains(SIX_PM);

        TestHistory.workout(jdbc, me.id(), Instant.parse("2025-03-02T18:35:00Z"), Duration.ofMinutes(10), 2,
                "COMPLETED");
        clock.set(Instant.parse("2025-03-02T18:50:00Z"));
        assertThat(reminders.dueSession()).as("done today").isEmpty();

        clock.set(Instant.parse("2025-03-03T09:10:00Z"));
        assertThat(reminders.dueSession()).as("a new day").contains(NINE);
    }

    @Test
    void theDueTimeFollowsThePersonsZone() {
        clock.set(Instant.parse("2025-03-02T08:30:00Z"));

        assertThat(reminders.dueSession()).as("09:30 in Vienna").contains(NINE);
    }

    @Test
    void nothingIsDueWhileARedFlagOrAStopRuleHasAdvice() {
        settings.rememberBrowser("UTC", "en-GB");
        clock.set(Instant.parse("2025-03-02T10:00:00Z"));
        safety.record(TestSafety.answers(RedFlag.NEW_LEG_SYMPTOMS));
        assertThat(reminders.dueSession()).as("call your doctor today").isEmpty();

        safety.confirmDoctorSeen();
        assertThat(reminders.dueSession()).as("a doctor has seen it").contains(NINE);

        pain.flagSpreading();
        assertThat(reminders.dueSession()).as("leg symptoms spreading").isEmpty();
    }

    private void assertRefused(List<LocalTime> times, String messageKey, int index) {
        assertThatThrownBy(() -> reminders.save(times, false, "Europe/Vienna"))
                .isInstanceOfSatisfying(InvalidRemindersException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(messageKey);
                    assertThat(problem.index()).isEqualTo(index);
                });
    }
}
