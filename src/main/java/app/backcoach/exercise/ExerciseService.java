package app.backcoach.exercise;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads the exercise catalogue. */
@Service
public class ExerciseService {

    private final ExerciseRepository exercises;

    ExerciseService(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    /** Every exercise of the catalogue, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<ExerciseInfo> findAll() {
        return exercises.findAllByOrderByPositionAsc().stream().map(Exercise::toInfo).toList();
    }

    /** The exercise with this URL slug, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ExerciseInfo> findBySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 64) {
            return Optional.empty();
        }
        return exercises.findBySlug(slug).map(Exercise::toInfo);
    }
}
