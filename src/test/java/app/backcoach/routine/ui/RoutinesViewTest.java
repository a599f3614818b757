package app.backcoach.routine.ui;

import app.backcoach.KaribuTest;
import app.backcoach.TestRoutines;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RoutinesViewTest extends KaribuTest {

    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;

    private long mine;

    @BeforeEach
    void aRoutineOfMyOwn() {
        AccountPrincipal me = signInAsNewUser();
        mine = TestRoutines.create(jdbc, me.id(), "Mine", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("routines");
    }

    @Test
    void builtInRoutinesCanBeStartedAndDuplicatedButNotEditedOrDeleted() {
        RoutineCard gentleStart = card("Gentle start");

        assertThat(buttonTexts(gentleStart)).containsExactly("Start", "Duplicate");
        assertThat(buttonTexts(card("Mine"))).containsExactly("Start", "Edit", "Duplicate", "Delete");
    }

    @Test
    void theButtonsLeadToTheWorkoutTheEditorAndACopy() {
        _click(_get(Button.class, spec -> spec.withText("New routine")));
        assertThat(path()).isEqualTo("routines/new");

        ui().navigate("routines");
        _click(_get(card("Gentle start"), Button.class, spec -> spec.withText("Duplicate")));
        assertThat(path()).isEqualTo("routines/gentle-start/copy");

        ui().navigate("routines");
        _click(_get(card("Mine"), Button.class, spec -> spec.withText("Edit")));
        assertThat(path()).isEqualTo("routines/" + mine + "/edit");

        ui().navigate("routines");
        _click(_get(card("Mine"), Button.class, spec -> spec.withText("Start")));
        assertThat(path()).isEqualTo("workout/" + mine);
    }

    @Test
    void deletingAsksFirstAndKeepsTheRoutineWhenCancelled() {
        _click(_get(card("Mine"), Button.class, spec -> spec.withText("Delete")));
        Div confirmation = _get(card("Mine"), Div.class, spec -> spec.withClasses("delete-confirmation"));
        assertThat(_get(confirmation, Paragraph.class).getText())
                .isEqualTo("Delete “Mine”? The workouts you did with it stay in your history.");
        _click(_get(confirmation, Button.class, spec -> spec.withText("Keep it")));

        assertThat(_find(card("Mine"), Div.class, spec -> spec.withClasses("delete-confirmation"))).isEmpty();
        assertThat(routineCount()).isEqualTo(1);
        assertThat(_find(RoutineCard.class)).extracting(RoutineCard::getTitleAsText).contains("Mine");
    }

    @Test
    void aConfirmedDeleteRemovesTheRoutineFromThePageAndTheDatabase() {
        _click(_get(card("Mine"), Button.class, spec -> spec.withText("Delete")));
        _click(_get(card("Mine"), Button.class, spec -> spec.withAttribute("aria-label", "Delete Mine")
                .withPredicate(button -> button.getParent().flatMap(p -> p.getParent())
                        .filter(p -> p.getElement().getClassList().contains("delete-confirmation")).isPresent())));

        assertThat(routineCount()).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("routines-status")).getText())
                .isEqualTo("The routine is deleted.");
        assertThat(_find(RoutineCard.class)).extracting(RoutineCard::getTitleAsText).doesNotContain("Mine");
        assertThat(_get(Paragraph.class,
                spec -> spec.withText("You have no routines of your own yet. Press New routine, or Duplicate a "
                        + "built-in one to change its doses.")).isVisible()).isTrue();
    }

    private int routineCount() {
        return routines.findById(mine).isPresent() ? 1 : 0;
    }

    private static RoutineCard card(String name) {
        return _get(RoutineCard.class, spec -> spec.withPredicate(card -> name.equals(card.getTitleAsText())));
    }

    private static List<String> buttonTexts(RoutineCard card) {
        return _find(card, Button.class).stream().map(Button::getText).toList();
    }

    private static String path() {
        return ui().getInternals().getActiveViewLocation().getPath();
    }
}
