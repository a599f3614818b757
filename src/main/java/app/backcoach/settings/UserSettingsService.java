package app.backcoach.settings;

import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's preferences, remembered across devices and sessions. */
@Service
public class UserSettingsService {

    private final UserSettingsRepository settings;
    private final CurrentUser currentUser;

    UserSettingsService(UserSettingsRepository settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** Whether the workout's spoken words and tones are switched off. */
    @Transactional(readOnly = true)
    public boolean cuesMuted() {
        return settings.findById(currentUser.id()).map(UserSettings::isCuesMuted).orElse(false);
    }

    @Transactional
    public void setCuesMuted(boolean muted) {
        long userId = currentUser.id();
        UserSettings mine = settings.findById(userId).orElseGet(() -> settings.save(new UserSettings(userId)));
        mine.setCuesMuted(muted);
    }
}
