package app.backcoach.exercise.ui;

import app.backcoach.KaribuTest;
import app.backcoach.base.ui.DrawerMenu;
import app.backcoach.base.ui.NotFoundView;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExerciseLibraryViewTest extends KaribuTest {

    @BeforeEach
    void signedIn() {
        signInAsNewUser();
    }

    @Test
    void theLibraryListsAllSixExercisesByName() {
        ui().navigate("exercises");

        List<String> titles = _find(Card.class).stream().map(Card::getTitleAsText).toList();
        assertThat(titles).containsExactly("Pelvic tilt", "Knee-to-chest (single)", "Double knee-to-chest",
                "Prayer stretch (child's pose)", "Prone press-up", "Lower trunk rotation");
    }

    @Test
    void theMenuLeadsToTheExercises() {
        ui().navigate("exercises");

        assertThat(_get(DrawerMenu.class).getElement().getProperty("innerHTML"))
                .contains("<vaadin-side-nav-item path=\"exercises\"><vaadin-icon slot=\"prefix\" "
                        + "src=\"icons/app-icons.svg\" symbol=\"book\"></vaadin-icon>Exercises</vaadin-side-nav-item>");
    }

    @Test
    void eachCardShowsItsDose() {
        ui().navigate("exercises");

        List<String> doses = _find(Span.class, spec -> spec.withClasses("dose")).stream().map(Span::getText).toList();
        assertThat(doses).hasSize(6).contains("Hold 5 s · 10 reps · 2 sets", "Hold 15 s · 3 reps per side · 2 sets");
    }

    @Test
    void theDetailPageShowsStepsDoseAndSource() {
        ui().navigate("exercises/pelvic-tilt");

        assertThat(_get(H1.class).getText()).isEqualTo("Pelvic tilt");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Lie on your back with your knees bent and your feet flat on the floor.",
                        "Do not hold your breath while you hold the tilt.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Source: Based on NHS guidance"));
        assertThat(_get(Div.class, spec -> spec.withClasses("dose-large")).getElement().getOuterHTML())
                .contains("Hold 5 s · 10 reps · 2 sets", "2 sessions a day");
    }

    @Test
    void anUnknownExerciseShowsTheNotFoundPage() {
        ui().navigate("exercises/nope");

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
