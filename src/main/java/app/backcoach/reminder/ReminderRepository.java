package app.backcoach.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    Optional<Reminder> findByFeedTokenHash(String feedTokenHash);
}
