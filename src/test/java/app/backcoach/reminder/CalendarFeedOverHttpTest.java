package app.backcoach.reminder;

import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestClockConfiguration;
import app.backcoach.security.AccountService;
import com.vaadin.flow.component.UI;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private calendar feed over real HTTP, read back with ical4j as a calendar app would read it: one daily
 * event per reminder in the person's time zone, each with an alert, titles that say nothing of health, and
 * 404 for every token that does not (or no longer) open a feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("database")
class CalendarFeedOverHttpTest {

    /** Words that would tell a lock screen's reader what the events are about. */
    private static final Pattern HEALTH_WORDS = Pattern.compile(
            "(?i)\\b(back|pain|spasm|spine|injury|stretch|exercise|physio\\w*|health|doctor|medical"
                    + "|espalda|dolor|espasmo|columna|lesi\\w*|estiramiento|ejercicio|fisio\\w*|salud|m\\w*dic\\w*)\\b");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ReminderService reminders;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        SignedIn.as(TestAccounts.create(accounts, "calendar"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theFeedHoldsADailyEventWithAnAlertForEachSessionAndWalkInThePersonsZone() throws Exception {
        reminders.save(List.of(LocalTime.of(19, 0), LocalTime.of(7, 30)), true, "Europe/Vienna");
        String token = reminders.newCalendarLink();

        HttpResponse<String> response = get(ReminderService.calendarPath(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"backcoach.ics\"");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for a calendar app").isEmpty();

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getProperty(Property.TZID)).hasValueSatisfying(id ->
                assertThat(id.getValue()).isEqualTo("Europe/Vienna"));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(5);
        assertThat(events).extracting(event -> text(event, Property.SUMMARY))
                .containsExactly("BackCoach session", "BackCoach session",
                        "BackCoach walk", "BackCoach walk", "BackCoach walk");
        assertThat(events).extracting(CalendarFeedOverHttpTest::startTime).containsExactly(LocalTime.of(7, 30),
                LocalTime.of(19, 0), LocalTime.of(10, 30), LocalTime.of(13, 30), LocalTime.of(16, 30));
        assertThat(events).extracting(event -> text(event, Property.UID)).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getDateTimeStart().getParameter(Parameter.TZID)).hasValueSatisfying(id ->
                    assertThat(id.getValue()).isEqualTo("Europe/Vienna"));
            assertThat(text(event, Property.RRULE)).isEqualTo("FREQ=DAILY");
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(text(alarms.getFirst(), Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(text(alarms.getFirst(), Property.TRIGGER)).as("at the start").isEqualTo("PT0S");
            for (String shown : List.of(text(event, Property.SUMMARY), text(event, Property.DESCRIPTION),
                    text(alarms.getFirst(), Property.DESCRIPTION))) {
                assertThat(HEALTH_WORDS.matcher(shown).find()).as(shown).isFalse();
            }
        });
    }

    @Test
    void savedFromASpanishPageTheEntriesAreInSpanishAndSayNothingAboutHealth() throws Exception {
        UI page = new UI();
        page.setLocale(Locale.forLanguageTag("es-ES"));
        UI.setCurrent(page);
        String token;
        try {
            reminders.save(List.of(LocalTime.of(9, 0)), true, "Europe/Madrid");
            token = reminders.newCalendarLink();
        } finally {
            UI.setCurrent(null);
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(get(ReminderService.calendarPath(token)).body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> text(event, Property.SUMMARY))
                .containsExactly("Sesión de BackCoach", "Paseo de BackCoach", "Paseo de BackCoach", "Paseo de BackCoach");
        assertThat(events).extracting(event -> text(event, Property.DESCRIPTION))
                .contains("Abre BackCoach cuando quieras.", "Un paseo corto, cuando quieras.")
                .allSatisfy(shown -> assertThat(HEALTH_WORDS.matcher(shown).find()).as(shown).isFalse());
    }

    @Test
    void theEventsKeepTheirIdsFromOneFetchToTheNext() throws Exception {
        String token = reminders.newCalendarLink();

        List<String> first = uids(get(ReminderService.calendarPath(token)).body());
        List<String> second = uids(get(ReminderService.calendarPath(token)).body());

        assertThat(first).hasSize(2).isEqualTo(second);
    }

    @Test
    void unknownMalformedTurnedOffAndReplacedTokensAllGetTheSameEmptyNotFound() throws Exception {
        String replaced = reminders.newCalendarLink();
        String current = reminders.newCalendarLink();
        SignedIn.as(TestAccounts.create(accounts, "calendar-off"));
        String turnedOff = reminders.newCalendarLink();
        reminders.turnOffCalendarLink();

        for (String path : List.of(ReminderService.calendarPath(replaced), ReminderService.calendarPath(turnedOff),
                ReminderService.calendarPath("A".repeat(43)), ReminderService.calendarPath("too-short"),
                ReminderService.calendarPath(current + "x"), "/calendar/" + current, "/calendar/.ics")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
        }
        assertThat(get(ReminderService.calendarPath(current)).statusCode()).isEqualTo(200);
    }

    private static LocalTime startTime(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return LocalTime.from(start);
    }

    private static String text(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<String> uids(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(event -> text(event, Property.UID)).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
