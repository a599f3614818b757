package app.backcoach.reminder;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The private calendar feed that a phone's calendar subscribes to: {@code GET /calendar/<token>.ics}, open
 * without signing in (a calendar app cannot sign in; the long random token is the key). An unknown,
 * replaced, turned-off or malformed token gets the same empty 404.
 */
@RestController
class CalendarFeedController {

    /** The feed's address ({@code /calendar/<token>.ics}); the security chain opens GET under it, and only it. */
    static final String PATH = "/calendar/{file}";
    private static final String SUFFIX = ".ics";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ReminderService reminders;
    private final ReminderCalendar calendar;
    private final Clock clock;

    CalendarFeedController(ReminderService reminders, ReminderCalendar calendar, Clock clock) {
        this.reminders = reminders;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@PathVariable String file) {
        String token = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : "";
        return reminders.feed(token)
                .map(content -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header("X-Robots-Tag", "noindex")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"backcoach.ics\"")
                        .body(calendar.ics(content, clock.instant())))
                .orElseGet(() -> ResponseEntity.notFound().header("X-Robots-Tag", "noindex").build());
    }
}
