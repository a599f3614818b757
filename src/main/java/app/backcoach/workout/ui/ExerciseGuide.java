package app.backcoach.workout.ui;

import app.backcoach.exercise.ExerciseInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The current exercise's drawing, steps and cautions, beside or below the timer, with the one rule that holds
 * for every exercise: stop if it hurts a lot or pain spreads down a leg.
 */
class ExerciseGuide extends Div {

    ExerciseGuide() {
        addClassNames("exercise-guide", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.START, LumoUtility.JustifyContent.CENTER, LumoUtility.Margin.Top.LARGE);
    }

    void show(ExerciseInfo exercise) {
        removeAll();
        Image picture = new Image(exercise.imagePath(), getTranslation("detail.pictureOf", exercise.name()));
        picture.addClassNames("exercise-picture", LumoUtility.Display.BLOCK);
        OrderedList steps = new OrderedList();
        steps.addClassNames("steps", LumoUtility.Margin.NONE);
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        UnorderedList cautions = new UnorderedList();
        cautions.addClassNames("cautions", LumoUtility.Margin.NONE);
        exercise.cautions().forEach(caution -> cautions.add(new ListItem(caution)));
        Paragraph stopRule = new Paragraph(getTranslation("workout.stopRule"));
        stopRule.addClassNames("stop-rule", LumoUtility.Margin.NONE);
        add(picture, steps, cautions, stopRule);
    }
}
