package app.backcoach.reminder;

import app.backcoach.base.Languages;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A person's reminders and calendar link; the row is made the first time they save or make a link. */
@Entity
@Table(name = "reminder")
class Reminder {

    /** The length of the column (V15): a longer zone id is not kept. */
    static final int TIME_ZONE_MAX_LENGTH = 64;

    @Id
    private Long userId;
    private String sessionTimes;
    private boolean walks;
    private String timeZone;
    private Instant changedAt;
    private String feedTokenHash;
    private Instant feedCreatedAt;
    /** The calendar entries' language (V18); null: English. */
    private String lang;
    @Version
    private long version;

    protected Reminder() {
    }

    Reminder(long userId, String sessionTimes, String timeZone, Instant changedAt) {
        this.userId = userId;
        this.sessionTimes = sessionTimes;
        this.timeZone = timeZone;
        this.changedAt = changedAt;
    }

    Long getUserId() {
        return userId;
    }

    String getSessionTimes() {
        return sessionTimes;
    }

    boolean isWalks() {
        return walks;
    }

    String getTimeZone() {
        return timeZone;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    Instant getFeedCreatedAt() {
        return feedCreatedAt;
    }

    void change(String sessionTimes, boolean walks, String timeZone, Instant changedAt) {
        this.sessionTimes = sessionTimes;
        this.walks = walks;
        this.timeZone = timeZone;
        this.changedAt = changedAt;
    }

    /** The language of the calendar entries: the page's when the reminders were last saved; English before V18. */
    Locale language() {
        return Languages.languageOf(lang == null ? null : Locale.forLanguageTag(lang));
    }

    void setLang(String lang) {
        this.lang = lang;
    }

    void setFeed(String tokenHash, Instant createdAt) {
        this.feedTokenHash = tokenHash;
        this.feedCreatedAt = createdAt;
    }
}
