package app.backcoach.routine;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;

interface ProgressionChangeRepository extends Repository<ProgressionChange, Long> {

    ProgressionChange save(ProgressionChange change);

    /** The answers to progression offers of the person's routines from a moment on, oldest first. */
    @Query("""
            select c from ProgressionChange c
            where c.changedAt >= :since and c.routineId in (select r.id from Routine r where r.userId = :userId)
            order by c.changedAt, c.id""")
    List<ProgressionChange> findSince(long userId, Instant since);
}
