package app.backcoach.history;

import app.backcoach.security.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The person's history as CSV: one row per set, ISO-8601 times in UTC, a header row. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed
 * with an apostrophe.
 */
@Service
public class HistoryExport {

    static final String[] HEADER = {"workout_id", "workout_started_at", "routine", "status", "pain_before",
            "pain_after", "exercise", "set_number",
            "side", "reps_done", "reps_planned", "hold_seconds_planned", "measured_hold_ms", "set_started_at",
            "set_ended_at"};

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    HistoryExport(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public void writeCsv(Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            jdbc.query("""
                    select w.id, w.started_at as workout_started_at, w.routine_name, w.status, w.pain_before,
                           w.pain_after, s.exercise_name,
                           s.set_number, s.side, s.reps_done, s.reps_planned, s.hold_seconds_planned,
                           s.measured_hold_millis, s.started_at, s.ended_at
                    from workout w join workout_set s on s.workout_id = w.id
                    where w.user_id = ? and s.user_id = ?
                    order by w.started_at, w.id, s.started_at, s.id""", rs -> {
                try {
                    csv.printRecord(rs.getLong(1), iso(rs.getObject(2, OffsetDateTime.class)), safe(rs.getString(3)),
                            rs.getString(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                            safe(rs.getString(7)), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
                            rs.getInt(12), rs.getString(13).replace(',', ' '),
                            iso(rs.getObject(14, OffsetDateTime.class)), iso(rs.getObject(15, OffsetDateTime.class)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, currentUser.id(), currentUser.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a spreadsheet from running text as a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
}
