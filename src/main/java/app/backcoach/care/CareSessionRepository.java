package app.backcoach.care;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareSessionRepository extends JpaRepository<CareSession, Long> {
}
