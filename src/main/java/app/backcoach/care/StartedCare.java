package app.backcoach.care;

import java.time.Duration;
import java.time.Instant;

/** A pack or walk under way: whose it is, what it is, when it began and how long it is meant to last. */
public record StartedCare(long userId, CareKind kind, Instant startedAt, Duration planned) {
}
