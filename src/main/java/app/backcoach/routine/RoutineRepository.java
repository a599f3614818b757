package app.backcoach.routine;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface RoutineRepository extends JpaRepository<Routine, Long> {

    @EntityGraph(attributePaths = "exercises")
    @Query("select r from Routine r where r.userId is null or r.userId = :userId order by r.userId nulls first, r.id")
    List<Routine> findVisibleTo(long userId);

    @EntityGraph(attributePaths = "exercises")
    Optional<Routine> findBySlugAndUserIdIsNull(String slug);

    @EntityGraph(attributePaths = "exercises")
    Optional<Routine> findByIdAndUserId(long id, long userId);

    /**
     * One of the person's routines, to change it: its version goes up at commit even when only its
     * exercises change, so that a second editor's save sees the change. (No entity graph here: the lock
     * would reach the exercise rows, which have no version.)
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select r from Routine r where r.id = :id and r.userId = :userId")
    Optional<Routine> findOwnForChange(long id, long userId);
}
