package app.backcoach.base.ui;

import app.backcoach.KaribuTest;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pain scale before a workout: what the browser is told to draw and read (the accessible names and what
 * the eye sees are checked in a browser by the keyboard and accessibility journeys), and what it may send.
 */
class PainScaleTest extends KaribuTest {

    @BeforeEach
    void openAWorkout() {
        signInAsNewUser();
        passSafetyCheck();
        ui().navigate("workout/gentle-start");
    }

    @Test
    void theGroupIsLabelledAndZeroFiveAndTenCarryTheirMeaning() {
        PainScale scale = _get(PainScale.class);

        assertThat(scale.getLabel()).isEqualTo("How much does your back hurt right now? (optional)");
        assertThat(scale.getElement().getProperty("min", -1)).isZero();
        assertThat(scale.getElement().getProperty("max", -1)).isEqualTo(10);
        assertThat(scale.marks()).extracting(PainScale.Mark::value).containsExactly(0, 5, 10);
        assertThat(scale.marks()).extracting(PainScale.Mark::name)
                .containsExactly("0, no pain", "5, moderate pain", "10, worst possible pain");
        assertThat(scale.marks()).extracting(PainScale.Mark::word)
                .containsExactly("No pain", "Moderate", "Worst possible");
        assertThat(scale.getElement().getProperty("marks")).contains("\"name\":\"5, moderate pain\"")
                .contains("\"word\":\"Worst possible\"");
    }

    @Test
    void aChoiceFromTheBrowserIsTheRatingAndNothingElseCounts() {
        PainScale scale = _get(PainScale.class);
        List<Integer> heard = new ArrayList<>();
        scale.addValueChangeListener(event -> heard.add(event.getValue()));

        fromTheBrowser(scale, "6");
        assertThat(scale.getValue()).isEqualTo(6);

        for (String tampered : List.of("11", "-1", "six", "6.5", "123456789012")) {
            fromTheBrowser(scale, "6");
            fromTheBrowser(scale, tampered);
            assertThat(scale.getValue()).as("after %s", tampered).isNull();
        }
        assertThat(heard).startsWith(6, null);
    }

    @Test
    void aRatingSetByTheServerIsSentAsText() {
        PainScale scale = _get(PainScale.class);

        scale.setValue(4);
        assertThat(scale.getElement().getProperty("value")).isEqualTo("4");

        scale.clear();
        assertThat(scale.getElement().getProperty("value")).as("nothing chosen").isEmpty();
    }

    /** What the browser's radio buttons send when a choice is made: the number as text, as `value`. */
    private static void fromTheBrowser(PainScale scale, Serializable value) {
        try {
            ElementPropertyMap.getModel(scale.getElement().getNode()).deferredUpdateFromClient("value", value).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the browser may not set the value", e);
        }
    }
}
