package app.backcoach.workout.ui;

import app.backcoach.routine.RoutineInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Before a workout: what it holds, how long it takes, and one big Start button. */
class WorkoutIntro extends VerticalLayout {

    WorkoutIntro(RoutineInfo routine, Runnable begin) {
        addClassName("workout-intro");
        setAlignItems(Alignment.CENTER);
        Button start = new Button(getTranslation("workout.begin"), VaadinIcon.PLAY.create(), event -> begin.run());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("start-button");
        add(new H1(routine.name()), new RoutineSummary(routine), new Paragraph(getTranslation("workout.intro")), start);
        addComponentAtIndex(indexOf(start), new ProgressionOffer(routine));
    }
}
