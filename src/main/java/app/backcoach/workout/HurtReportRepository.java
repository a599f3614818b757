package app.backcoach.workout;

import org.springframework.data.jpa.repository.JpaRepository;

interface HurtReportRepository extends JpaRepository<HurtReport, Long> {
}
