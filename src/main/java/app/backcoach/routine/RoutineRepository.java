package app.backcoach.routine;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/**
 * A routine is read with its exercises in one query ({@code join fetch}). Not {@code @EntityGraph}: Hibernate
 * does not keep the translation of a query that has an entity graph, so each call translated it again (a
 * workout page's opening and its Start each read the routine; at load that was about 4 % of the app's CPU).
 */
interface RoutineRepository extends JpaRepository<Routine, Long> {

    @Query("""
            select r from Routine r left join fetch r.exercises
            where r.userId is null or r.userId = :userId order by r.userId nulls first, r.id""")
    List<Routine> findVisibleTo(long userId);

    @Query("select r from Routine r left join fetch r.exercises where r.slug = :slug and r.userId is null")
    Optional<Routine> findBySlugAndUserIdIsNull(String slug);

    boolean existsByFormerSlugAndUserIdIsNull(String formerSlug);

    /** A built-in routine by the address it had before it was renamed. */
    @Query("select r from Routine r left join fetch r.exercises where r.formerSlug = :formerSlug and r.userId is null")
    Optional<Routine> findByFormerSlugAndUserIdIsNull(String formerSlug);

    @Query("select r from Routine r left join fetch r.exercises where r.id = :id and r.userId = :userId")
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
