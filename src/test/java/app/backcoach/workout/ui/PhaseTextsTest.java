package app.backcoach.workout.ui;

import app.backcoach.engine.Phase;
import app.backcoach.engine.Side;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every phase and side the engine knows has its words in the translations. */
class PhaseTextsTest {

    @Test
    void everyPhaseHasALabelAndSpokenWords() throws IOException {
        Properties english = english();
        for (Phase phase : Phase.values()) {
            assertThat(english).containsKey("workout.phase." + phase.name()).containsKey("workout.say." + phase.name());
        }
        for (Side side : Side.values()) {
            assertThat(english).containsKey("workout.side." + side.name());
        }
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PhaseTextsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
