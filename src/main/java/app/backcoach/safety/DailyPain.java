package app.backcoach.safety;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/**
 * The average pain ratings of one of the person's days.
 *
 * @param before the average rating before workouts that day, or {@code null} when none was given
 * @param after the average rating after workouts that day, or {@code null} when none was given
 */
public record DailyPain(LocalDate day, Double before, Double after) {

    /** The day's pain level: the average of its before and after averages, where there are any. */
    public OptionalDouble level() {
        return DoubleStream.of(before == null ? Double.NaN : before, after == null ? Double.NaN : after)
                .filter(value -> !Double.isNaN(value)).average();
    }
}
