package app.backcoach.exercise;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the exercise catalogue. Only migrations write it, so it is read once and then shared: every page that
 * shows an exercise holds the same texts, not a copy of its own (a workout page held ~50 KiB of them).
 */
@Service
public class ExerciseService {

    private final ExerciseRepository exercises;
    private volatile List<ExerciseInfo> catalogue;

    ExerciseService(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    /** Every exercise of the catalogue, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<ExerciseInfo> findAll() {
        List<ExerciseInfo> all = catalogue;
        if (all == null) {
            all = exercises.findAllByOrderByPositionAsc().stream().map(Exercise::toInfo).toList();
            catalogue = all;
        }
        return all;
    }

    /** Every exercise of the catalogue by its id. */
    @Transactional(readOnly = true)
    public Map<Long, ExerciseInfo> byId() {
        return findAll().stream().collect(Collectors.toMap(ExerciseInfo::id, Function.identity()));
    }

    /** The exercise with this URL slug, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ExerciseInfo> findBySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 64) {
            return Optional.empty();
        }
        return findAll().stream().filter(exercise -> exercise.slug().equals(slug)).findFirst();
    }
}
