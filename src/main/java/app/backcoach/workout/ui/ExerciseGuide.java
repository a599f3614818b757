package app.backcoach.workout.ui;

import app.backcoach.exercise.ExerciseInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The current exercise's drawing, steps and cautions, beside or below the timer, with the one rule that holds
 * for every exercise: stop if it hurts a lot or pain spreads down a leg.
 */
class ExerciseGuide extends Div {

    ExerciseGuide() {
        addClassName("exercise-guide");
    }

    void show(ExerciseInfo exercise) {
        removeAll();
        Image picture = new Image(exercise.imagePath(), getTranslation("detail.pictureOf", exercise.name()));
        picture.addClassName("exercise-picture");
        OrderedList steps = new OrderedList();
        steps.addClassName("steps");
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        UnorderedList cautions = new UnorderedList();
        cautions.addClassName("cautions");
        exercise.cautions().forEach(caution -> cautions.add(new ListItem(caution)));
        Paragraph stopRule = new Paragraph(getTranslation("workout.stopRule"));
        stopRule.addClassName("stop-rule");
        add(picture, steps, cautions, stopRule);
    }
}
