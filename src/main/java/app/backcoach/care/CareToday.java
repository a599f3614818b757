package app.backcoach.care;

import java.time.Instant;

/**
 * The person's home care today (their local day).
 *
 * @param lastPackEnded when their latest pack ended (on any day), or {@code null} if never
 */
public record CareToday(int packs, int walks, Instant lastPackEnded) {
}
