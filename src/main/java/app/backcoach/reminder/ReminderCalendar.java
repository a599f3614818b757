package app.backcoach.reminder;

import com.vaadin.flow.i18n.I18NProvider;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A person's reminders as an iCalendar feed, made with ical4j: one daily event per session time (and per
 * walk, if they chose walks), in their time zone with its VTIMEZONE, each with an alarm at its start. The
 * titles and texts, in the language the person's page had when they saved them, say nothing about health: a
 * phone shows them on its lock screen.
 */
@Component
class ReminderCalendar {

    /** How often a subscribed calendar is asked to look for changes. */
    static final Duration REFRESH = Duration.ofHours(12);

    private static final String UTC = "Etc/UTC";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final I18NProvider texts;

    ReminderCalendar(I18NProvider texts) {
        this.texts = texts;
    }

    String ics(FeedContent content, Instant now) {
        LocalDate firstDay = LocalDate.ofInstant(content.changedAt(), content.zone());
        TimeZone zone = known(content.zone());
        UnaryOperator<LocalTime> local = UnaryOperator.identity();
        if (zone == null) {
            // a zone ical4j has no definition of (e.g. a bare offset): the times are given in UTC instead, right
            // until that zone's clocks change
            zone = zones.getTimeZone(UTC);
            local = time -> ZonedDateTime.of(firstDay, time, content.zone()).withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalTime();
        }
        Calendar calendar = new Calendar()
                .add(new ProdId("-//BackCoach//Reminders//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new Name("BackCoach"))
                .add(new XProperty("X-WR-CALNAME", "BackCoach"))
                .add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(zone.getVTimeZone());
        Locale language = content.language();
        String sessionTitle = texts.getTranslation("reminders.calendar.session", language);
        String walkTitle = texts.getTranslation("reminders.calendar.walk", language);
        String sessionText = texts.getTranslation("reminders.calendar.sessionText", language);
        String walkText = texts.getTranslation("reminders.calendar.walkText", language);
        List<LocalTime> sessions = content.sessionTimes();
        for (int i = 0; i < sessions.size(); i++) {
            calendar.add(event(zone, firstDay, local.apply(sessions.get(i)), ReminderRules.SESSION_LENGTH, sessionTitle,
                    sessionText, "session-" + (i + 1) + "-" + content.userId(), now));
        }
        if (content.walks()) {
            List<LocalTime> walks = ReminderRules.WALK_TIMES;
            for (int i = 0; i < walks.size(); i++) {
                calendar.add(event(zone, firstDay, local.apply(walks.get(i)), ReminderRules.WALK_LENGTH, walkTitle,
                        walkText, "walk-" + (i + 1) + "-" + content.userId(), now));
            }
        }
        return calendar.toString();
    }

    /** ical4j's own definition of the zone, or null when it has none (its registry fails on some ids). */
    private TimeZone known(ZoneId zone) {
        String id = zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone.getId();
        try {
            return zones.getTimeZone(id);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static VEvent event(TimeZone zone, LocalDate firstDay, LocalTime time, Duration length, String title,
                                String text, String uid, Instant now) {
        ZonedDateTime start = ZonedDateTime.of(firstDay, time, zone.toZoneId());
        VEvent event = new VEvent(start, length, title);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid + "@backcoach"));
        event.add(new Description(text));
        event.add(new RRule<ZonedDateTime>(new Recur.Builder<ZonedDateTime>().frequency(Frequency.DAILY).build()));
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(title));
        event.add(alarm);
        return event;
    }
}
