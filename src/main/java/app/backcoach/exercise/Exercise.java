package app.backcoach.exercise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An exercise of the catalogue. The catalogue is written by Flyway migrations and read-only for the app. */
@Entity
@Table(name = "exercise")
class Exercise {

    @Id
    private Long id;
    private String slug;
    private String name;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private Movement movement;
    private String image;
    private int holdSeconds;
    private int reps;
    private int sets;
    @Enumerated(EnumType.STRING)
    private SideMode sideMode;
    private Integer sessionsPerDay;
    private String source;
    private String sourceUrl;
    private int position;
    private String askFirst;
    private int sourceHoldMin;
    private int sourceHoldMax;
    private int sourceRepsMin;
    private int sourceRepsMax;
    private int sourceSetsMax;

    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_caution", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> cautions = new ArrayList<>();

    protected Exercise() {
    }

    Long getId() {
        return id;
    }

    ExerciseInfo toInfo() {
        return new ExerciseInfo(id, slug, name, purpose, movement, image,
                new Dose(holdSeconds, reps, sets, sideMode, sessionsPerDay),
                steps, cautions, source, sourceUrl,
                new SourceRange(sourceHoldMin, sourceHoldMax, sourceRepsMin, sourceRepsMax, sourceSetsMax),
                askFirst.isEmpty() ? Set.of() : Arrays.stream(askFirst.split(",")).map(AskFirst::valueOf)
                        .collect(Collectors.toSet()));
    }
}
