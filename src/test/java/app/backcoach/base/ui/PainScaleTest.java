package app.backcoach.base.ui;

import app.backcoach.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The pain scale before a workout, as a screen reader and as the eye get it. */
class PainScaleTest extends KaribuTest {

    @BeforeEach
    void openAWorkout() {
        signInAsNewUser();
        passSafetyCheck();
        ui().navigate("workout/gentle-start");
    }

    @Test
    void theGroupIsLabelledAndItsChoicesAreReadWithTheirMeaningAtTheEndsAndTheMiddle() {
        PainScale scale = _get(PainScale.class);

        assertThat(scale.getLabel()).isEqualTo("How much does your back hurt right now? (optional)");
        assertThat(spokenNames(scale)).containsExactly("0, no pain", "1", "2", "3", "4", "5, moderate pain", "6",
                "7", "8", "9", "10, worst pain imaginable");
    }

    @Test
    void theScreenShowsEachNumberBigWithShortWordsUnderZeroFiveAndTen() {
        PainScale scale = _get(PainScale.class);

        assertThat(_find(scale, Span.class, spec -> spec.withClasses("pain-number"))).extracting(Span::getText)
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(_find(scale, Span.class, spec -> spec.withClasses("pain-word"))).extracting(Span::getText)
                .containsExactly("No pain", "Moderate", "Worst possible");
    }

    /**
     * Each choice's text without what is hidden from screen readers (aria-hidden): the accessible name the
     * browser gives the radio button.
     */
    private static List<String> spokenNames(PainScale scale) {
        return _find(scale, Span.class, spec -> spec.withClasses("pain-number")).stream()
                .map(number -> number.getParent()
                        .filter(parent -> parent instanceof HasStyle styled && styled.hasClassName("pain-labelled"))
                        .map(labelled -> spoken(labelled)).orElse(number.getText()))
                .toList();
    }

    private static String spoken(Component labelled) {
        return labelled.getChildren().filter(child -> !"true".equals(child.getElement().getAttribute("aria-hidden")))
                .map(child -> child.getElement().getText()).reduce("", String::concat);
    }
}
