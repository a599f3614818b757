package app.backcoach.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The home care recorded on one of a person's local days: how many cold and heat packs, how many walks and
 * their minutes, and how many slow-breathing sessions (each counted once it lasted
 * {@link CareRules#SHORTEST_COUNTED}).
 */
public record CareDay(LocalDate day, int coldPacks, int heatPacks, int walks, int walkMinutes, int breathing) {

    /** The day of the cares {@code kinds} (one entry per care), whose walks lasted {@code walkSeconds} in all. */
    static CareDay of(LocalDate day, List<CareKind> kinds, int walkSeconds) {
        return new CareDay(day, count(kinds, CareKind.COLD), count(kinds, CareKind.HEAT), count(kinds, CareKind.WALK),
                Math.round(walkSeconds / 60f), count(kinds, CareKind.BREATHE));
    }

    /** Cold and heat packs together. */
    public int packs() {
        return coldPacks + heatPacks;
    }

    private static int count(List<CareKind> kinds, CareKind kind) {
        return (int) kinds.stream().filter(kind::equals).count();
    }
}
