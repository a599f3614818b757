package app.backcoach.workout.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Navigation;
import app.backcoach.safety.Pain;
import app.backcoach.base.Sources;
import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.PainScale;
import app.backcoach.base.ui.RoutineSummary;
import app.backcoach.base.ui.SourceLine;
import com.vaadin.flow.router.QueryParameters;
import app.backcoach.safety.ui.SafetyCheckView;
import app.backcoach.base.ui.SafetyGate;
import app.backcoach.care.ui.CareView;
import app.backcoach.engine.ResumePoint;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.safety.Advice;
import app.backcoach.safety.PainRules;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.workout.ProgressionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Before a workout: what the stop rules advise (first, when they advise anything), what the workout holds,
 * how long it takes, an optional pain rating, and Start; or, while the safety check stands in the way, the
 * way to it instead of Start.
 */
class WorkoutIntro extends VerticalLayout {

    /** A workout left unfinished that can go on: where it would go on, and how. */
    record Resume(ResumePoint point, Runnable resume) {
    }

    private final PainScale painBefore = new PainScale("pain.before", Pain.MIN, Pain.MAX);
    private final Div restInstead = new Div();
    private RoutineSummary summary;

    /**
     * @param routine        the routine as it runs today (without the press-ups while leg symptoms spread)
     * @param pressUpsLeftOut whether the press-ups were left out of it for that reason
     * @param advice         what the stop rules advise now; while they advise anything, Start is secondary
     * @param notes          notes shown under the routine (e.g. who should ask a doctor first)
     * @param begin          runs with the pain rating given before the start, or {@code null} when none was
     * @param resume         a workout of this routine left without its end, which the person may resume
     */
    WorkoutIntro(RoutineInfo routine, boolean pressUpsLeftOut, SafetyStatus safety, AdviceBox advice,
                 List<Advice> currentAdvice, Div notes, ProgressionService progression, Consumer<Integer> begin,
                 Optional<Resume> resume) {
        addClassName("workout-intro");
        setAlignItems(Alignment.CENTER);
        add(new H1(routine.name()));
        if (!safety.mayExercise()) {
            add(summary = new RoutineSummary(routine.description(), routine.dosedExercises(),
                    routine.estimatedMinutes()), safetyGate(safety, routine.key()));
            return;
        }
        add(advice, summary = new RoutineSummary(routine.description(), routine.dosedExercises(), routine.estimatedMinutes()));
        if (pressUpsLeftOut) {
            Paragraph leftOut = new Paragraph(getTranslation("workout.pressUpsLeftOut"));
            leftOut.addClassNames("left-out-note", LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER,
                    LumoUtility.Padding.Vertical.SMALL, LumoUtility.Padding.Horizontal.MEDIUM);
            add(leftOut);
        }
        add(notes);
        if (routine.items().isEmpty()) {
            return;
        }
        Button start = new Button(getTranslation("workout.begin"), AppIcon.PLAY.create(),
                event -> start(begin));
        start.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (currentAdvice.isEmpty()) {
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // no more reps while a stop rule advises anything; accepting them shows the new doses
            add(new ProgressionOffer(progression, routine, updated -> {
                RoutineSummary fresh = new RoutineSummary(updated.description(), updated.dosedExercises(), updated.estimatedMinutes());
                replace(summary, fresh);
                summary = fresh;
            }));
        }
        start.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        // on a screen too short for the whole intro, Start stays at the bottom of the view while the rest
        // scrolls, so that nobody lying on the floor has to look for it; not when resuming is the first choice,
        // nor while the stop rules advise anything (their advice comes first, Start second)
        Div startBar = new Div(start);
        startBar.addClassName("start-bar");
        if (resume.isEmpty() && currentAdvice.isEmpty()) {
            startBar.addClassName("sticky");
        }
        resume.ifPresent(offer -> {
            // the workout left unfinished comes first; starting again is the other choice
            Button goOn = new Button(getTranslation("workout.resume.offer", offer.point().exerciseNumber(),
                    offer.point().exerciseCount(), offer.point().setNumber(), offer.point().setCount()),
                    AppIcon.PLAY.create(), event -> offer.resume().run());
            goOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            goOn.addClassNames("start-button", "resume-button", LumoUtility.MaxWidth.FULL);
            Div box = new Div(new Paragraph(getTranslation("workout.resume.note")), goOn);
            box.addClassNames("resume-offer", LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER,
                    LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.PRIMARY,
                    LumoUtility.BorderRadius.MEDIUM);
            // right under the title: someone back in the middle of a workout looks for it first
            addComponentAtIndex(1, box);
            start.setText(getTranslation("workout.startAgain"));
            start.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        });
        restInstead.addClassName("advice-box");
        restInstead.setVisible(false);
        add(painBefore, new Paragraph(getTranslation("workout.intro")), restInstead, startBar);
    }

    /** The way to the safety check in place of Start, and back to this workout once it is answered. */
    private static SafetyGate safetyGate(SafetyStatus safety, String routineKey) {
        return new SafetyGate(safety.state().name(), safety.state() == SafetyStatus.State.EMERGENCY,
                () -> Navigation.open(SafetyCheckView.PATH,
                        QueryParameters.of(SafetyCheckView.THEN, WorkoutView.href(routineKey))));
    }

    /** Severe pain before the start: rest and home care are suggested first; the person may still go on. */
    private void start(Consumer<Integer> begin) {
        Integer rating = painBefore.getValue();
        if (!PainRules.restInsteadOfStarting(rating) || restInstead.isVisible()) {
            begin.accept(rating);
            return;
        }
        Button care = new Button(getTranslation("advice.homeCare"), AppIcon.HEART.create(),
                event -> Navigation.open(CareView.PATH));
        care.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        restInstead.removeAll();
        restInstead.add(new H2(getTranslation("workout.restInstead.title")),
                new Paragraph(getTranslation("workout.restInstead.text", rating)),
                new Paragraph(getTranslation("workout.restInstead.goOn")), care,
                new SourceLine("advice.source.STOP_FOR_TODAY",
                        Sources.NHS_INFORM_EXERCISES));
        restInstead.getElement().setAttribute("role", "alert");
        restInstead.setVisible(true);
        restInstead.scrollIntoView();
    }
}
