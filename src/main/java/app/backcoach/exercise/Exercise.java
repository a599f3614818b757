package app.backcoach.exercise;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exercise of the catalogue: its dose, drawing and kind. Its words (name, purpose, steps, cautions, source) are
 * in {@code exercise_text}, one row per language ({@link ExerciseTexts}). The catalogue is written by Flyway
 * migrations and read-only for the app.
 */
@Entity
@Table(name = "exercise")
class Exercise {

    @Id
    private Long id;
    private String slug;
    @Enumerated(EnumType.STRING)
    private Movement movement;
    private String image;
    private int holdSeconds;
    private int reps;
    private int sets;
    @Enumerated(EnumType.STRING)
    private SideMode sideMode;
    private Integer sessionsPerDay;
    private String sourceUrl;
    private int position;
    private String askFirst;
    private int sourceHoldMin;
    private int sourceHoldMax;
    private int sourceRepsMin;
    private int sourceRepsMax;
    private int sourceSetsMax;

    protected Exercise() {
    }

    Long getId() {
        return id;
    }

    /** The exercise as the app shows it, with its words in one language. */
    ExerciseInfo toInfo(ExerciseTexts.Words words) {
        return new ExerciseInfo(id, slug, words.name(), words.purpose(), movement, image,
                new Dose(holdSeconds, reps, sets, sideMode, sessionsPerDay),
                words.steps(), words.cautions(), words.source(), sourceUrl,
                new SourceRange(sourceHoldMin, sourceHoldMax, sourceRepsMin, sourceRepsMax, sourceSetsMax),
                askFirst.isEmpty() ? Set.of() : Arrays.stream(askFirst.split(",")).map(AskFirst::valueOf)
                        .collect(Collectors.toSet()));
    }
}
