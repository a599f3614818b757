package app.backcoach;

import org.quicktheories.QuickTheory;

/**
 * {@link QuickTheory#qt()} as the property-based tests here use it: their examples call the services, and so the
 * database, so a falsified property is shrunk for a bounded number of cycles (QuickTheories' default is 100 times
 * its default of 1000 examples); and the generators that filter (text that is not blank, a zone that is not one)
 * may draw again often enough not to give up. Each test sets its number of examples with
 * {@link QuickTheory#withExamples(int)}. A failure report names the seed; {@code -DQT_SEED=...} repeats the run.
 */
public final class Theories {

    /** Shrink cycles after a falsifying example is found, each one a call of the property. */
    public static final int SHRINK_CYCLES = 200;
    /** Draws per example that a filter may reject before QuickTheories gives up. */
    public static final int GENERATE_ATTEMPTS = 1_000;

    private Theories() {
    }

    public static QuickTheory qt() {
        return QuickTheory.qt().withShrinkCycles(SHRINK_CYCLES).withGenerateAttempts(GENERATE_ATTEMPTS);
    }
}
