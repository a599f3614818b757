package app.backcoach.workout.ui;

import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.Navigation;
import app.backcoach.care.ui.CareView;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.Snapshot;
import app.backcoach.engine.WorkoutSession;
import app.backcoach.exercise.Movement;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.routine.ui.RoutinesView;
import app.backcoach.safety.Advice;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.ProgressionService;
import app.backcoach.workout.ResumeOffer;
import app.backcoach.workout.ResumedWorkout;
import app.backcoach.workout.SafetyCheckRequiredException;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The guided workout: the routine's intro (pain before, the safety check's way, Start), the running workout
 * ({@link RunningWorkout}, around the engine), and the summary. Every finished set is saved at once.
 */
@Route(WorkoutView.PATH)
@PermitAll
public class WorkoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The route of a routine's workout page ({@code workout/:routine}); the address of one routine's is
     * {@code Navigation.fill(WorkoutView.PATH, key)}. Others link here by this constant, not by the class.
     */
    public static final String PATH = RoutinesView.WORKOUT_ROUTE;

    /** Route parameter: the key of the routine to run. */
    static final String ROUTINE = RoutinesView.WORKOUT_PARAMETER;

    /** The address of a routine's workout page, for links. */
    static String href(String routineKey) {
        return Navigation.fill(PATH, routineKey);
    }

    private final RoutineService routines;
    private final WorkoutService workouts;
    private final SafetyService safety;
    private final PainService pain;
    private final ProgressionService progression;
    private final Clock clock;
    private final RunningWorkout running;
    private RoutineInfo routine;
    private StartedWorkout started;

    WorkoutView(RoutineService routines, WorkoutService workouts, UserSettingsService settings, SafetyService safety,
                PainService pain, ProgressionService progression, Clock clock) {
        this.progression = progression;
        this.routines = routines;
        this.workouts = workouts;
        this.safety = safety;
        this.pain = pain;
        this.clock = clock;
        addClassNames("workout-page", LumoUtility.Margin.Horizontal.AUTO, LumoUtility.Padding.Top.SMALL,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Bottom.LARGE, LumoUtility.BoxSizing.BORDER);
        setAlignItems(Alignment.STRETCH);
        running = new RunningWorkout(workouts, settings, this::showSummary);
        add(running);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin keeps this view when only the routine changes (e.g. from the summary's advice to another
        // routine): leave the last workout behind first
        reset();
        String key = event.getRouteParameters().get(ROUTINE).orElse("");
        routines.findByKey(key).ifPresentOrElse(found -> {
            routine = workouts.forToday(found);
            running.prepare();
            List<Advice> advice = pain.currentAdvice();
            Optional<ResumeOffer> offer = workouts.resumable(routine);
            addComponentAsFirst(new WorkoutIntro(routine, routine.leavesOut(found, Movement.EXTENSION),
                    safety.status(), new AdviceBox(advice, CareView.PATH, pain::legsSettled), advice,
                    AskFirstNotes.of(routine), progression, this::begin,
                    offer.map(resumable -> new WorkoutIntro.Resume(resumable.point(), () -> resume(resumable)))));
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    private void reset() {
        running.abandonUnfinished();
        running.hide();
        started = null;
        getChildren().filter(child -> child instanceof WorkoutIntro || child instanceof WorkoutSummary).toList()
                .forEach(this::remove);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Shortcuts.addShortcutListener(this, running::togglePause, Key.SPACE);
        Shortcuts.addShortcutListener(this, running::skip, Key.ARROW_RIGHT);
        // Space on a focused button or choice presses that one only: without this, the page's Space (pause)
        // acted as well, so that Space on Pause paused and resumed at once, and on "This hurts" resumed
        getElement().executeJs("""
                if (!this.spaceForFocused) {
                  this.spaceForFocused = true;
                  this.addEventListener('keydown', e => {
                    if (e.key === ' ' && e.composedPath().some(n => n.matches && n.matches($0))) {
                      e.stopPropagation();
                    }
                  });
                }""", "vaadin-button, button, a[href], input, textarea, select, vaadin-radio-button, "
                + "vaadin-checkbox, summary");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        running.abandonUnfinished();
    }

    private void begin(Integer painBefore) {
        try {
            started = workouts.start(routine.key(), painBefore).orElseThrow(NotFoundException::new);
        } catch (SafetyCheckRequiredException checkFirst) {
            // the check changed in another tab since this page opened: the reloaded page shows the way to it
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        routine = started.routine();
        WorkoutSession session = new WorkoutSession(started.plan(), clock);
        session.start();
        getChildren().filter(WorkoutIntro.class::isInstance).toList().forEach(this::remove);
        running.start(started, session);
    }

    /** Goes on with a workout left without its end, at its first set not yet recorded. */
    private void resume(ResumeOffer offer) {
        Optional<ResumedWorkout> resumed;
        try {
            resumed = workouts.resume(offer.workoutId(), routine.key());
        } catch (SafetyCheckRequiredException checkFirst) {
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        if (resumed.isEmpty()) {
            // too late, or resumed elsewhere: the page offers what it can now
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        started = resumed.get().started();
        routine = started.routine();
        WorkoutSession session = new WorkoutSession(started.plan(), clock);
        if (!session.resume(resumed.get().recorded())) {
            session.start();
        }
        getChildren().filter(WorkoutIntro.class::isInstance).toList().forEach(this::remove);
        running.start(started, session);
    }

    private void showSummary(Snapshot now, boolean complete) {
        workouts.finish(started.id(), complete);
        List<CompletedSet> done = workouts.setsOf(started.id());
        long workoutId = started.id();
        boolean askAboutLegs = done.stream().anyMatch(set -> routine.isOf(set.exerciseSlug(), Movement.EXTENSION));
        PainAfter painAfter = new PainAfter(askAboutLegs, rating -> workouts.ratePainAfter(workoutId, rating),
                legs -> workouts.recordLegSymptoms(workoutId, legs), pain::currentAdvice, pain::legsSettled);
        add(new WorkoutSummary(done, now.elapsed(), complete, painAfter));
    }

    @Override
    public String getPageTitle() {
        return (routine == null ? getTranslation("workout.title") : routine.name()) + " · "
                + getTranslation("app.name");
    }
}
