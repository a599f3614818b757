package app.backcoach.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules of reminders, as plain functions: which session times are allowed, and when a session is due. */
public final class ReminderRules {

    public static final int MIN_TIMES = 1;
    public static final int MAX_TIMES = 4;
    /** Two sessions a day, as the sources suggest, in the morning and the early evening. */
    public static final List<LocalTime> DEFAULT_TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(18, 0));
    /** Three short walks a day, about three hours apart (the sources: 3 to 4 a day, every 3 hours). */
    public static final List<LocalTime> WALK_TIMES = List.of(LocalTime.of(10, 30), LocalTime.of(13, 30),
            LocalTime.of(16, 30));
    /** How long a session stands in the calendar. */
    public static final Duration SESSION_LENGTH = Duration.ofMinutes(15);
    /** How long a walk stands in the calendar: about 5 minutes to start with, as the sources say. */
    public static final Duration WALK_LENGTH = Duration.ofMinutes(5);

    private ReminderRules() {
    }

    /**
     * The session times to keep: whole minutes, earliest first. Refused (and nothing kept) when a time is
     * missing, when two are the same, or when there are fewer than {@link #MIN_TIMES} or more than
     * {@link #MAX_TIMES}.
     */
    public static List<LocalTime> validTimes(List<LocalTime> times) {
        if (times == null || times.size() < MIN_TIMES || times.size() > MAX_TIMES) {
            throw new InvalidRemindersException("reminders.error.count", -1);
        }
        List<LocalTime> seen = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            LocalTime time = times.get(i);
            if (time == null) {
                throw new InvalidRemindersException("reminders.error.missing", i);
            }
            LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
            if (seen.contains(minute)) {
                throw new InvalidRemindersException("reminders.error.same", i);
            }
            seen.add(minute);
        }
        return seen.stream().sorted().toList();
    }

    /**
     * The session that is due now: the latest of today's times that has passed, while no session was done
     * today; empty before the first time and once a session is done.
     */
    public static Optional<LocalTime> due(List<LocalTime> times, LocalTime now, int sessionsToday) {
        if (sessionsToday > 0) {
            return Optional.empty();
        }
        return times.stream().filter(time -> !time.isAfter(now)).max(LocalTime::compareTo);
    }

    /** The times as the column keeps them: "09:00,18:00". */
    static String format(List<LocalTime> times) {
        return times.stream().map(time -> time.truncatedTo(ChronoUnit.MINUTES).toString())
                .collect(Collectors.joining(","));
    }

    static List<LocalTime> parse(String column) {
        return java.util.Arrays.stream(column.split(",")).map(LocalTime::parse).toList();
    }
}
