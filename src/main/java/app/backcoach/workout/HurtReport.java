package app.backcoach.workout;

import app.backcoach.safety.Hurt;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The person pressed "This hurts" during a workout and said what happened. */
@Entity
@Table(name = "hurt_report")
class HurtReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long workoutId;
    private long userId;
    private String exerciseSlug;
    @Enumerated(EnumType.STRING)
    private Hurt kind;
    private Instant reportedAt;

    protected HurtReport() {
    }

    HurtReport(long workoutId, long userId, String exerciseSlug, Hurt kind, Instant reportedAt) {
        this.workoutId = workoutId;
        this.userId = userId;
        this.exerciseSlug = exerciseSlug;
        this.kind = kind;
        this.reportedAt = reportedAt;
    }

    Hurt getKind() {
        return kind;
    }
}
