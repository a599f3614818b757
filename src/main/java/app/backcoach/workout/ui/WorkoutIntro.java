package app.backcoach.workout.ui;

import app.backcoach.exercise.Movement;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.safety.Advice;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.safety.ui.AdviceBox;
import app.backcoach.safety.ui.PainScale;
import app.backcoach.safety.ui.SafetyGate;
import app.backcoach.workout.ProgressionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.function.Consumer;

/**
 * Before a workout: what it holds, how long it takes, an optional pain rating, and one big Start button;
 * or, while the safety check stands in the way, the way to it instead of Start.
 */
class WorkoutIntro extends VerticalLayout {

    private final PainScale painBefore = new PainScale("pain.before");
    private RoutineSummary summary;

    /** @param begin runs with the pain rating given before the start, or {@code null} when none was */
    /**
     * @param advice what the stop rules advise now: the advice to stop press-ups shows before a routine that
     *               has them
     */
    WorkoutIntro(RoutineInfo routine, SafetyStatus safety, List<Advice> advice, ProgressionService progression,
                Consumer<Integer> begin) {
        addClassName("workout-intro");
        setAlignItems(Alignment.CENTER);
        add(new H1(routine.name()), summary = new RoutineSummary(routine));
        if (!safety.mayExercise()) {
            add(new SafetyGate(safety, routine.key()));
            return;
        }
        boolean extension = routine.items().stream()
                .anyMatch(item -> item.exercise().movement() == Movement.EXTENSION);
        List<Advice> stopPressUps = advice.stream().filter(item -> item.kind() == Advice.Kind.SPREADING).toList();
        if (extension && !stopPressUps.isEmpty()) {
            add(new AdviceBox(stopPressUps));
        }
        Button start = new Button(getTranslation("workout.begin"), VaadinIcon.PLAY.create(),
                event -> begin.accept(painBefore.getValue()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("start-button");
        // no more reps while a stop rule advises stopping or a review; accepting them shows the new doses
        if (advice.isEmpty()) {
            add(new ProgressionOffer(progression, routine, updated -> {
                RoutineSummary fresh = new RoutineSummary(updated);
                replace(summary, fresh);
                summary = fresh;
            }));
        }
        add(painBefore, new Paragraph(getTranslation("workout.intro")), start);
    }
}
