package app.backcoach.workout.ui;

import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.Movement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseGuideTest {

    private static ExerciseInfo exercise(String name, List<String> steps, List<String> cautions) {
        return new ExerciseInfo(1, "tilt", name, "purpose", Movement.values()[0], "tilt.svg", null, steps, cautions,
                "source", "https://example.org", null, Set.of());
    }

    @Test
    void drawsThePictureTheNumberedStepsTheCautionsAndTheStopRuleInThatOrder() {
        String html = ExerciseGuide.markup(exercise("Pelvic tilt", List.of("Lie on your back.", "Tighten your tummy."),
                List.of("Keep breathing.")), "Drawing of Pelvic tilt", "Stop if it hurts.");

        assertThat(html).isEqualTo("<img class=\"exercise-picture block\" src=\"images/exercises/tilt.svg\" "
                + "alt=\"Drawing of Pelvic tilt\"><ol class=\"steps m-0\"><li>Lie on your back.</li>"
                + "<li>Tighten your tummy.</li></ol><ul class=\"cautions m-0\"><li>Keep breathing.</li></ul>"
                + "<p class=\"stop-rule m-0\">Stop if it hurts.</p>");
    }

    @Test
    void noTextCanAddMarkup() {
        String html = ExerciseGuide.markup(exercise("<b>", List.of("<script>alert(1)</script>"),
                List.of("a & b")), "\" onerror=\"alert(1)", "<i>stop</i>");

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; b", "&quot; onerror=&quot;alert(1)",
                "&lt;i&gt;stop&lt;/i&gt;").doesNotContain("<script>", "\" onerror=\"", "<i>");
    }

    @Test
    void everyoneOnTheSameExerciseAndLanguageSharesOneCopyOfItsMarkup() {
        ExerciseInfo tilt = exercise("Pelvic tilt", List.of("Lie on your back."), List.of("Keep breathing."));
        ExerciseGuide mine = new ExerciseGuide();
        ExerciseGuide theirs = new ExerciseGuide();

        mine.show(tilt);
        theirs.show(exercise("Pelvic tilt", List.of("Lie on your back."), List.of("Keep breathing.")));

        Object shown = mine.getElement().getPropertyRaw("innerHTML");
        assertThat(theirs.getElement().getPropertyRaw("innerHTML")).isEqualTo(shown).isSameAs(shown);
        assertThat(mine.getElement().getChildCount()).as("no component per line").isZero();
    }
}
