package app.backcoach.history;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.stream.Collectors;

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

    private final HistoryService history;

    HistoryExport(HistoryService history) {
        this.history = history;
    }

    public void writeCsv(Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            history.eachWorkout(workout -> {
                HistoryEntry entry = workout.entry();
                for (SetLine set : workout.sets()) {
                    try {
                        csv.printRecord(entry.id(), iso(entry.startedAt()), safe(entry.routineName()), entry.status(),
                                entry.painBefore(), entry.painAfter(), safe(set.exerciseName()), set.setNumber(),
                                set.side(), set.repsDone(), set.repsPlanned(), set.holdSecondsPlanned(),
                                set.measuredHoldMillis().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                                iso(set.startedAt()), iso(set.endedAt()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
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

    private static String iso(Instant time) {
        return time == null ? "" : time.toString();
    }
}
