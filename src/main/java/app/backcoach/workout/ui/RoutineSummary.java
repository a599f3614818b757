package app.backcoach.workout.ui;

import app.backcoach.exercise.ui.DoseText;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.workout.WorkoutPlans;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** A routine's exercises with their doses and the estimated duration. */
class RoutineSummary extends Div {

    RoutineSummary(RoutineInfo routine) {
        addClassName("routine-summary");
        if (routine.description() != null) {
            add(new Paragraph(routine.description()));
        }
        UnorderedList items = new UnorderedList();
        routine.items().forEach(item -> items.add(new ListItem(getTranslation("routines.item", item.exercise().name(),
                DoseText.of(this, item.dose())))));
        long minutes = Math.round(WorkoutPlans.estimatedDuration(routine).toSeconds() / 60.0);
        Span duration = new Span(getTranslation("routines.duration", minutes));
        duration.addClassName("routine-duration");
        add(duration, items);
    }
}
