package app.backcoach.routine;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
