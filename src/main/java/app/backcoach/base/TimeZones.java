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

    /** The zone of {@code id} (white space around ignored), if it is one whose rules can be read. */
    public static Optional<ZoneId> usable(String id, int maxLength) {
        if (id == null || id.isBlank() || id.strip().length() > maxLength) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(id.strip());
            zone.getRules();
            return Optional.of(zone);
        } catch (DateTimeException | NullPointerException unusable) {
            // NullPointerException: a zone provider that names the zone but has no rules for it
            return Optional.empty();
        }
    }
}
