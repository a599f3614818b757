package app.backcoach.care;

import java.time.LocalDate;

/**
 * The home care recorded on one of a person's local days: how many cold and heat packs, how many walks and
 * their minutes, and how many slow-breathing sessions (each counted once it lasted
 * {@link CareRules#SHORTEST_COUNTED}).
 */
public record CareDay(LocalDate day, int coldPacks, int heatPacks, int walks, int walkMinutes, int breathing) {
}
