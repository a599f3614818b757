package app.backcoach.safety;

import app.backcoach.base.PersonalData;
import app.backcoach.base.Rows;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Safety's part of "Download all my data": every answered red-flag check, oldest first, and since when the
 * press-ups are left out because leg symptoms spread ({@code null} when they are not).
 */
@Component
@Order(5)
class SafetyData implements PersonalData {

    record Safety(List<Check> checks, Instant legSymptomsSpreadingSince) {
    }

    /**
     * @param yes      the signs answered "yes" (the names of {@link RedFlag})
     * @param assessed signs a doctor had already seen, which stood when the check was answered
     */
    record Check(Instant answeredAt, List<String> yes, boolean emergency, boolean sameDay, boolean seeDoctor,
                 List<String> assessed, Instant acknowledgedAt, Instant clearedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SafetyData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "safety";
    }

    @Override
    public Safety export() {
        long userId = currentUser.id();
        List<Check> checks = jdbc.query("""
                        select answered_at, yes_answers, emergency, same_day, see_doctor, assessed, acknowledged_at,
                               cleared_at
                        from red_flag_check where user_id = ? order by answered_at, id""",
                (rs, row) -> new Check(Rows.instant(rs, "answered_at"), names(rs.getString("yes_answers")),
                        rs.getBoolean("emergency"), rs.getBoolean("same_day"), rs.getBoolean("see_doctor"),
                        names(rs.getString("assessed")), Rows.instant(rs, "acknowledged_at"),
                        Rows.instant(rs, "cleared_at")), userId);
        Instant spreading = jdbc.query("select flagged_at from leg_spreading where user_id = ?",
                (rs, row) -> Rows.instant(rs, "flagged_at"), userId).stream().findFirst().orElse(null);
        return new Safety(checks, spreading);
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of()
                : Arrays.asList(commaSeparated.split(","));
    }
}
