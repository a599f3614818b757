package app.backcoach.care;

import app.backcoach.base.PersonalData;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Home care's part of "Download all my data": every timed pack, walk and breathing session, oldest first. */
@Component
@Order(6)
class CareData implements PersonalData {

    record Session(String kind, Instant startedAt, Instant endedAt, int plannedSeconds, int doneSeconds) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    CareData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "careSessions";
    }

    @Override
    public List<Session> export() {
        return jdbc.query("""
                select kind, started_at, ended_at, planned_seconds, done_seconds from care_session
                where user_id = ? order by started_at, id""", new DataClassRowMapper<>(Session.class), currentUser.id());
    }
}
