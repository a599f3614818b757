package app.backcoach.settings;

import app.backcoach.base.PersonalData;
import app.backcoach.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The settings' part of "Download all my data": the person's preferences, or none while all are the defaults. */
@Component
@Order(2)
class SettingsData implements PersonalData {

    record Settings(boolean cuesMuted, String timeZone, String locale, int dailyTarget, int weeklyGoalDays,
                    Instant spasmStartedAt, Instant spasmEasingAt, String emergencyNumber,
                    String chosenLanguage, String country) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SettingsData(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "settings";
    }

    @Override
    public Settings export() {
        return jdbc.query("""
                        select cues_muted, time_zone, locale, daily_target, weekly_goal_days, spasm_started_at,
                               spasm_easing_at, emergency_number, chosen_language, country
                        from user_settings where user_id = ?""", new DataClassRowMapper<>(Settings.class),
                currentUser.id()).stream().findFirst().orElse(null);
    }
}
