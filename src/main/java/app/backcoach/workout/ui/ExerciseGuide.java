package app.backcoach.workout.ui;

import app.backcoach.exercise.ExerciseInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

/** The current exercise's drawing and steps, beside or below the timer. */
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
        add(picture, steps);
    }
}
