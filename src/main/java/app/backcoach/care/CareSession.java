package app.backcoach.care;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One timed pack or walk of one person. */
@Entity
@Table(name = "care_session")
class CareSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    @Enumerated(EnumType.STRING)
    private CareKind kind;
    private Instant startedAt;
    private Instant endedAt;
    private int plannedSeconds;
    private int doneSeconds;

    protected CareSession() {
    }

    CareSession(long userId, CareKind kind, Instant startedAt, Instant endedAt, int plannedSeconds, int doneSeconds) {
        this.userId = userId;
        this.kind = kind;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.plannedSeconds = plannedSeconds;
        this.doneSeconds = doneSeconds;
    }

    Long getId() {
        return id;
    }
}
