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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A routine: built-in ones have a slug and no owner, a person's own ones have an owner and no slug. */
@Entity
@Table(name = "routine")
class Routine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private Long userId;
    private String name;
    private String description;
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "routine", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RoutineExercise> exercises = new ArrayList<>();

    protected Routine() {
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

    List<RoutineExercise> getExercises() {
        return exercises;
    }

    boolean isBuiltIn() {
        return userId == null;
    }
}
