package app.backcoach.routine;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A routine: built-in ones have a slug and no owner, a person's own ones have an owner and no slug. */
@Entity
@Table(name = "routine")
public class Routine {

    /** The longest name, as the column allows. */
    public static final int NAME_MAX_LENGTH = 80;
    /** The longest description, as the column allows. */
    public static final int DESCRIPTION_MAX_LENGTH = 300;
    /** The most exercises one routine holds: a session stays short enough to do twice a day. */
    public static final int MAX_EXERCISES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    /** The address a built-in routine had before it was renamed: it keeps opening the routine. */
    private String formerSlug;
    private Long userId;
    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    private String name;
    @Size(max = DESCRIPTION_MAX_LENGTH)
    private String description;
    private Instant createdAt;
    private boolean progression;
    private Instant progressionSince;
    @Version
    private long version;

    @Size(min = 1, max = MAX_EXERCISES)
    @OneToMany(mappedBy = "routine", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid RoutineExercise> exercises = new ArrayList<>();

    protected Routine() {
    }

    /** A new routine of the person's own. */
    Routine(long userId, Instant createdAt) {
        this.userId = userId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    long getVersion() {
        return version;
    }

    boolean isProgression() {
        return progression;
    }

    Instant getProgressionSince() {
        return progressionSince;
    }

    List<RoutineExercise> getExercises() {
        return exercises;
    }

    boolean isBuiltIn() {
        return userId == null;
    }

    /**
     * Takes the draft's name, description, progression switch and exercises. Existing exercise rows are
     * rewritten in place and only the tail is added or removed, so positions never clash in one flush.
     */
    void apply(RoutineDraft draft, List<RoutineExercise.Values> items, Instant now) {
        name = draft.name().strip();
        description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        List<RoutineExercise.Values> before = exercises.stream().map(RoutineExercise::values).toList();
        if (draft.progression() && (!progression || !before.equals(items))) {
            // switched on, or the doses changed by hand: only workouts at the new doses count from now
            progressionSince = now;
        }
        progression = draft.progression();
        for (int position = 0; position < items.size(); position++) {
            if (position < exercises.size()) {
                exercises.get(position).set(items.get(position));
            } else {
                exercises.add(new RoutineExercise(this, position, items.get(position)));
            }
        }
        while (exercises.size() > items.size()) {
            exercises.removeLast();
        }
    }

    /**
     * One more rep of every exercise, never past the most its sources name; workouts for the next offer count
     * from now.
     */
    void addRep(Instant now, java.util.function.ToIntFunction<Long> mostReps) {
        exercises.forEach(exercise -> exercise.addRep(mostReps.applyAsInt(exercise.getExerciseId())));
        progressionSince = now;
    }

    /** The offer was declined: workouts for the next one count from now. */
    void restartProgression(Instant now) {
        progressionSince = now;
    }
}
