package app.backcoach.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserSettingsRepository extends JpaRepository<UserSettings, Long> {
}
