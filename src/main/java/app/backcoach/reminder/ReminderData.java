package app.backcoach.reminder;

import app.backcoach.base.PersonalData;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The reminders' part of "Download all my data": the session times, walks, time zone and, if a calendar link
 * is on, when it was made and the hash of its secret (the link itself is not stored, so it is not in the file).
 */
@Component
@Order(7)
class ReminderData implements PersonalData {

    record Reminders(String sessionTimes, boolean walks, String timeZone, Instant changedAt,
                     String calendarLinkHash, Instant calendarLinkCreatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ReminderData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "reminders";
    }

    @Override
    public Reminders export() {
        return jdbc.query("""
                        select session_times, walks, time_zone, changed_at, feed_token_hash as calendar_link_hash,
                               feed_created_at as calendar_link_created_at
                        from reminder where user_id = ?""", new DataClassRowMapper<>(Reminders.class),
                currentUser.id()).stream().findFirst().orElse(null);
    }
}
