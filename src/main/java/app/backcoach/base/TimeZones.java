package app.backcoach.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Time zones as browsers name them, checked before they are kept. {@link ZoneId#of} alone is not enough: a
 * library may register zone names of its own (the calendar feed's ical4j adds {@code ical4j~<id>} names for
 * the zones it reads) whose rules cannot be had, and a page counting "today" in such a zone would fail.
 */
public final class TimeZones {

    private TimeZones() {
    }

    /**
     * The zone of {@code id} (white space around ignored), if it is one a browser could name and its rules can be
     * read. A name with {@code ~} is a library's own (no zone in the time-zone database has one): refused even
     * while its rules can still be read, since they can go at any moment.
     */
    public static Optional<ZoneId> usable(String id, int maxLength) {
        if (id == null || id.isBlank() || id.strip().length() > maxLength || id.contains("~")) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(id.strip());
            return zone.getRules() == null ? Optional.empty() : Optional.of(zone);
        } catch (DateTimeException | NullPointerException unusable) {
            // NullPointerException: a zone provider that names the zone but has no rules for it
            return Optional.empty();
        }
    }

    /** A zone kept earlier, or {@code fallback} when it is missing or no longer usable. */
    public static ZoneId storedOr(String id, ZoneId fallback) {
        return usable(id, Integer.MAX_VALUE).orElse(fallback);
    }
}
