package app.backcoach.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person's preferences; the row is made the first time one of them changes. */
@Entity
@Table(name = "user_settings")
class UserSettings {

    static final int DEFAULT_DAILY_TARGET = 2;
    static final int DEFAULT_WEEKLY_GOAL_DAYS = 5;
    /** The lengths of the columns (V4): a longer value from the browser is ignored. */
    static final int TIME_ZONE_MAX_LENGTH = 64;
    static final int LOCALE_MAX_LENGTH = 35;

    @Id
    private Long userId;
    private boolean cuesMuted;
    private String timeZone;
    private String locale;
    private int dailyTarget = DEFAULT_DAILY_TARGET;
    private int weeklyGoalDays = DEFAULT_WEEKLY_GOAL_DAYS;
    private Instant spasmStartedAt;
    private Instant spasmEasingAt;
    private String emergencyNumber;
    private String chosenLanguage;
    private String country;
    @Version
    private long version;

    protected UserSettings() {
    }

    UserSettings(long userId) {
        this.userId = userId;
    }

    boolean isCuesMuted() {
        return cuesMuted;
    }

    void setCuesMuted(boolean cuesMuted) {
        this.cuesMuted = cuesMuted;
    }

    String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    int getDailyTarget() {
        return dailyTarget;
    }

    void setDailyTarget(int dailyTarget) {
        this.dailyTarget = dailyTarget;
    }

    int getWeeklyGoalDays() {
        return weeklyGoalDays;
    }

    void setWeeklyGoalDays(int weeklyGoalDays) {
        this.weeklyGoalDays = weeklyGoalDays;
    }

    Instant getSpasmStartedAt() {
        return spasmStartedAt;
    }

    void setSpasmStartedAt(Instant spasmStartedAt) {
        if (!java.util.Objects.equals(this.spasmStartedAt, spasmStartedAt)) {
            // another spasm, or none: what was said of the last one's easing no longer holds
            this.spasmEasingAt = null;
        }
        this.spasmStartedAt = spasmStartedAt;
    }

    Instant getSpasmEasingAt() {
        return spasmEasingAt;
    }

    void setSpasmEasingAt(Instant spasmEasingAt) {
        this.spasmEasingAt = spasmEasingAt;
    }

    String getEmergencyNumber() {
        return emergencyNumber;
    }

    void setEmergencyNumber(String emergencyNumber) {
        this.emergencyNumber = emergencyNumber;
    }

    String getChosenLanguage() {
        return chosenLanguage;
    }

    void setChosenLanguage(String chosenLanguage) {
        this.chosenLanguage = chosenLanguage;
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }
}
