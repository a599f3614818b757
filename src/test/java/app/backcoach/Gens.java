package app.backcoach;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Generators the property-based tests (QuickTheories) share beside {@link Texts} and {@link BrowserValues}. */
public final class Gens {

    private Gens() {
    }

    /** Always {@code null}: input that is missing. */
    public static <T> Gen<T> none() {
        return in -> null;
    }

    /** A value of {@code values}, or {@code null} in about {@code percentNone} of 100 cases. */
    public static <T> Gen<T> orNone(Gen<T> values, int percentNone) {
        return values.mix(none(), percentNone);
    }

    /** Any int below {@code min} or above {@code max}, the ones next to the limits and the extremes included. */
    public static Gen<Integer> outside(int min, int max) {
        return Generate.oneOf(integers().between(Integer.MIN_VALUE, min - 1),
                integers().between(max + 1, Integer.MAX_VALUE),
                arbitrary().pick(min - 1, max + 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    /** Some of {@code all}, at least {@code minSize}, in their order there. */
    public static <T> Gen<List<T>> subsetOf(List<T> all, int minSize) {
        return lists().of(booleans().all()).ofSize(all.size()).map(chosen -> {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (chosen.get(i)) {
                    subset.add(all.get(i));
                }
            }
            return List.copyOf(subset);
        }).assuming(subset -> subset.size() >= minSize);
    }
}
