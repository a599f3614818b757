package app.backcoach.exercise;

import app.backcoach.base.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the exercise catalogue, in the language of the page asking (English outside a page, and for any
 * text the language lacks). Only migrations write it, so each language is read once and then shared: every
 * page that shows an exercise holds the same texts, not a copy of its own (a workout page held ~50 KiB of them).
 */
@Service
public class ExerciseService {

    private final ExerciseRepository exercises;
    private final ExerciseTexts texts;
    private final Map<Locale, List<ExerciseInfo>> catalogues = new ConcurrentHashMap<>();

    ExerciseService(ExerciseRepository exercises, ExerciseTexts texts) {
        this.exercises = exercises;
        this.texts = texts;
    }

    /** Every exercise of the catalogue, in the catalogue's order, in the current page's language. */
    @Transactional(readOnly = true)
    public List<ExerciseInfo> findAll() {
        return findAll(Languages.current());
    }

    /** Every exercise of the catalogue, in the catalogue's order, in this language (English if not offered). */
    @Transactional(readOnly = true)
    public List<ExerciseInfo> findAll(Locale locale) {
        return catalogues.computeIfAbsent(Languages.languageOf(locale), this::load);
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

    private List<ExerciseInfo> load(Locale language) {
        Map<Long, ExerciseTexts.Words> words = texts.in(language);
        return exercises.findAllByOrderByPositionAsc().stream()
                .map(exercise -> exercise.toInfo(words.get(exercise.getId()))).toList();
    }
}
