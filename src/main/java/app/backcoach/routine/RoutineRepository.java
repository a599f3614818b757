package app.backcoach.routine;

import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;
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

    boolean existsByFormerSlugAndUserIdIsNull(String formerSlug);

    /** A built-in routine by the address it had before it was renamed. */
    @EntityGraph(attributePaths = "exercises")
    Optional<Routine> findByFormerSlugAndUserIdIsNull(String formerSlug);

    @EntityGraph(attributePaths = "exercises")
    Optional<Routine> findByIdAndUserId(long id, long userId);

    /**
     * One of the person's routines, its row locked until the transaction ends: a second save of the same
     * routine waits for the first to commit and then sees its new version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Routine r where r.id = :id and r.userId = :userId")
    Optional<Routine> findForUpdate(long id, long userId);

    boolean existsByIdAndUserId(long id, long userId);

    boolean existsBySlugAndUserIdIsNull(String slug);
}
