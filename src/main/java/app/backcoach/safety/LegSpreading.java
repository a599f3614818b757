package app.backcoach.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's leg symptoms spread further down the leg; the row stays until they say the symptoms settled. */
@Entity
@Table(name = "leg_spreading")
class LegSpreading {

    @Id
    private Long userId;
    private Instant flaggedAt;

    protected LegSpreading() {
    }

    LegSpreading(long userId, Instant flaggedAt) {
        this.userId = userId;
        this.flaggedAt = flaggedAt;
    }
}
