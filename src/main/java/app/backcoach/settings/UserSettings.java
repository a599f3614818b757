package app.backcoach.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's preferences; the row is made the first time one of them changes. */
@Entity
@Table(name = "user_settings")
class UserSettings {

    @Id
    private Long userId;
    private boolean cuesMuted;
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
}
