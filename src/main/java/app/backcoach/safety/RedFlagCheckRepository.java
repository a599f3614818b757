package app.backcoach.safety;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface RedFlagCheckRepository extends JpaRepository<RedFlagCheck, Long> {

    Optional<RedFlagCheck> findFirstByUserIdOrderByAnsweredAtDescIdDesc(long userId);

    /** The person's checks answered in a range of instants, oldest first. */
    @Query("select c from RedFlagCheck c where c.userId = :userId and c.answeredAt >= :from and c.answeredAt < :until"
            + " order by c.answeredAt, c.id")
    List<RedFlagCheck> findAnsweredBetween(long userId, Instant from, Instant until);

    /** The person's checks with an emergency or same-day sign that no doctor has seen yet. */
    @Query("select c from RedFlagCheck c where c.userId = :userId and c.clearedAt is null"
            + " and (c.emergency = true or c.sameDay = true)")
    List<RedFlagCheck> findNeedingDoctor(long userId);
}
