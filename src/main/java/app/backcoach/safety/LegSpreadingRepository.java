package app.backcoach.safety;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegSpreadingRepository extends JpaRepository<LegSpreading, Long> {
}
