package app.backcoach.reminder;

import app.backcoach.base.Languages;
import app.backcoach.base.TimeZones;
import app.backcoach.progress.ProgressService;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.security.CurrentUser;
import app.backcoach.settings.UserSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person's reminders: session times (and walks) for their calendar, through a private link
 * whose secret only they get, and the "a session is due" question that Today asks.
 */
@Service
public class ReminderService {

    /** While the red-flag check stands like this, no reminder nudges the person towards a workout. */
    private static final Set<SafetyStatus.State> NO_NUDGE = Set.of(SafetyStatus.State.EMERGENCY,
            SafetyStatus.State.SAME_DAY, SafetyStatus.State.WARNING);

    private final ReminderRepository reminders;
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final ProgressService progress;
    private final PainService pain;
    private final SafetyService safety;
    private final Clock clock;

    ReminderService(ReminderRepository reminders, CurrentUser currentUser, UserSettingsService settings,
                    ProgressService progress, PainService pain, SafetyService safety, Clock clock) {
        this.reminders = reminders;
        this.currentUser = currentUser;
        this.settings = settings;
        this.progress = progress;
        this.pain = pain;
        this.safety = safety;
        this.clock = clock;
    }

    /** The address of a calendar link's feed, from the site's root: {@code /calendar/<token>.ics}. */
    public static String calendarPath(String token) {
        return "/calendar/" + token + ".ics";
    }

    /** The person's reminders; two sessions (09:00 and 18:00), no walks and no link until they change them. */
    @Transactional(readOnly = true)
    public Reminders reminders() {
        return reminders.findById(currentUser.id()).map(ReminderService::toReminders)
                .orElseGet(() -> new Reminders(ReminderRules.DEFAULT_TIMES, false, settings.zone(), null));
    }

    /**
     * Saves the session times and whether walks are reminded too, in the time zone the browser names (or, if
     * it names none that is valid, the one in the person's settings), with the page's language for the calendar
     * entries. Times that break a rule
     * ({@link ReminderRules#validTimes}) are refused and nothing changes.
     */
    @Transactional
    public Reminders save(List<LocalTime> sessionTimes, boolean walks, String browserZoneId) {
        String times = ReminderRules.format(ReminderRules.validTimes(sessionTimes));
        String zone = validZone(browserZoneId).orElseGet(() -> settings.zone().getId());
        Instant now = clock.instant();
        Reminder mine = reminders.findById(currentUser.id()).orElse(null);
        if (mine == null) {
            mine = new Reminder(currentUser.id(), times, zone, now);
        }
        mine.change(times, walks, zone, now);
        mine.setLang(Languages.current().getLanguage());
        return toReminders(reminders.save(mine));
    }

    /**
     * Makes a new calendar link, or replaces the one before (which stops working at once). Returns the link's
     * secret token: BackCoach keeps only its hash, so this is the one time it can be shown.
     */
    @Transactional
    public String newCalendarLink() {
        Instant now = clock.instant();
        Reminder mine = reminders.findById(currentUser.id()).orElseGet(() -> new Reminder(currentUser.id(),
                ReminderRules.format(ReminderRules.DEFAULT_TIMES), settings.zone().getId(), now));
        String token = FeedTokens.newToken();
        mine.setFeed(FeedTokens.hash(token), now);
        mine.setLang(Languages.current().getLanguage());
        reminders.save(mine);
        return token;
    }

    /** Turns the calendar link off: calendars that subscribed to it get nothing from now on. */
    @Transactional
    public void turnOffCalendarLink() {
        reminders.findById(currentUser.id()).ifPresent(mine -> mine.setFeed(null, null));
    }

    /**
     * The session time that is due now, for a gentle reminder in the app: the latest of today's times (in the
     * person's time zone) that has passed, while no session was done today. Empty while the red-flag check or
     * a stop rule has advice: then that advice comes first, and nothing urges a workout.
     */
    @Transactional(readOnly = true)
    public Optional<LocalTime> dueSession() {
        LocalTime now = LocalTime.ofInstant(clock.instant(), settings.zone());
        Optional<LocalTime> due = ReminderRules.due(reminders().sessionTimes(), now, progress.today().sessions());
        if (due.isEmpty() || NO_NUDGE.contains(safety.status().state()) || !pain.currentAdvice().isEmpty()) {
            return Optional.empty();
        }
        return due;
    }

    /** The reminders behind a calendar link, for its feed; empty for an unknown, replaced or turned-off one. */
    @Transactional(readOnly = true)
    Optional<FeedContent> feed(String token) {
        if (!FeedTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return reminders.findByFeedTokenHash(FeedTokens.hash(token)).map(mine -> new FeedContent(mine.getUserId(),
                ReminderRules.parse(mine.getSessionTimes()), mine.isWalks(), zoneOf(mine), mine.getChangedAt(),
                mine.language()));
    }

    private static Reminders toReminders(Reminder mine) {
        return new Reminders(ReminderRules.parse(mine.getSessionTimes()), mine.isWalks(), zoneOf(mine),
                mine.getFeedCreatedAt());
    }

    private static ZoneId zoneOf(Reminder mine) {
        return TimeZones.storedOr(mine.getTimeZone(), ZoneOffset.UTC);
    }

    private static Optional<String> validZone(String id) {
        return TimeZones.usable(id, Reminder.TIME_ZONE_MAX_LENGTH).map(ZoneId::getId);
    }
}
