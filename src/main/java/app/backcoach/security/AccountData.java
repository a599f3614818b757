package app.backcoach.security;

import app.backcoach.base.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The account's part of "Download all my data": its name and creation, never the password hash. */
@Component
@Order(1)
class AccountData implements PersonalData {

    /** @param failedSignIns failed sign-ins since the last successful one (the next sign-in tells of them) */
    record Account(String username, Instant createdAt, int failedSignIns) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AccountData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Account export() {
        return jdbc.queryForObject("select username, created_at, failed_sign_ins from app_user where id = ?",
                new DataClassRowMapper<>(Account.class), currentUser.id());
    }
}
