package app.backcoach.safety;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RedFlagCheckRepository extends JpaRepository<RedFlagCheck, Long> {

    Optional<RedFlagCheck> findFirstByUserIdOrderByAnsweredAtDescIdDesc(long userId);

    List<RedFlagCheck> findByUserIdAndEmergencyTrueAndClearedAtIsNull(long userId);
}
