package app.backcoach.workout.ui;

import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.exercise.Movement;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineItem;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Advice;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.PainService;
import app.backcoach.safety.ui.AdviceBox;
import app.backcoach.safety.SafetyService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.ProgressionService;
import app.backcoach.workout.SafetyCheckRequiredException;
import app.backcoach.workout.SetRecord;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import app.backcoach.workout.engine.CompletedSet;
import app.backcoach.workout.engine.Phase;
import app.backcoach.workout.engine.PhaseResult;
import app.backcoach.workout.engine.Snapshot;
import app.backcoach.workout.engine.WorkoutSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The guided workout. The engine ({@link WorkoutSession}) holds the state; the browser's timer counts each
 * phase and reports its end; every finished set is saved at once.
 */
@Route("workout/:routine")
@PermitAll
class WorkoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(WorkoutView.class);

    private final RoutineService routines;
    private final WorkoutService workouts;
    private final UserSettingsService settings;
    private final SafetyService safety;
    private final PainService pain;
    private final ProgressionService progression;
    private final Clock clock;
    private final PhaseTexts texts = new PhaseTexts(this);
    private final PhaseTimer timer = new PhaseTimer();
    private final Div running = new Div();
    // the running screen around the timer, built at Start (an open page before Start holds only the intro)
    private Span exerciseOf;
    private H1 exerciseName;
    private Span position;
    private Span next;
    private WorkoutControls controls;
    private ExerciseGuide guide;
    private HurtPanel hurtPanel;
    private boolean muted;
    private RoutineInfo routine;
    private StartedWorkout started;
    private WorkoutSession session;
    private int phaseSerial;
    private int shownExercise = -1;
    private boolean finishedEarly;

    WorkoutView(RoutineService routines, WorkoutService workouts, UserSettingsService settings, SafetyService safety,
                PainService pain, ProgressionService progression, Clock clock) {
        this.progression = progression;
        this.routines = routines;
        this.workouts = workouts;
        this.settings = settings;
        this.safety = safety;
        this.pain = pain;
        this.clock = clock;
        addClassName("workout-page");
        setAlignItems(Alignment.STRETCH);
        timer.setCountdownWords(getTranslation("workout.countdown"));
        timer.addPhaseEndListener(event -> phaseEnded(event.phaseId(), event.elapsedMillis()));
        running.addClassName("workout-running");
        running.add(timer);
        // hidden, not invisible: the timer must be in the page before Start is pressed, so that this
        // very press can unlock sound in the browser; the rest of the running screen comes at Start
        running.getElement().setAttribute("hidden", true);
        add(running);
    }

    /** The running screen around the timer. Built at Start, not with the page: most open pages never start. */
    private void buildRunningScreen() {
        if (controls != null) {
            return;
        }
        exerciseOf = new Span();
        exerciseName = new H1();
        position = new Span();
        next = new Span();
        controls = new WorkoutControls(this::back, this::togglePause, this::thisHurts, this::skip, this::finishEarly,
                this::setMuted);
        hurtPanel = new HurtPanel(this::reportHurt, this::skipExercise, this::finishEarly, this::togglePause);
        guide = new ExerciseGuide();
        position.addClassName("workout-position");
        exerciseName.addClassName("workout-exercise-name");
        exerciseOf.addClassName("workout-exercise-of");
        next.addClassName("workout-next");
        controls.showMuted(muted);
        running.addComponentAtIndex(0, exerciseOf);
        running.addComponentAtIndex(1, exerciseName);
        running.addComponentAtIndex(2, position);
        running.add(next, controls, hurtPanel, guide);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin keeps this view when only the routine changes (e.g. from the summary's advice to another
        // routine): leave the last workout behind first
        reset();
        String key = event.getRouteParameters().get("routine").orElse("");
        routines.findByKey(key).ifPresentOrElse(found -> {
            routine = workouts.forToday(found);
            muted = settings.cuesMuted();
            timer.setMuted(muted);
            if (controls != null) {
                controls.showMuted(muted);
            }
            List<Advice> advice = pain.currentAdvice();
            addComponentAsFirst(new WorkoutIntro(routine, found.has(Movement.EXTENSION) && !routine.has(Movement.EXTENSION),
                    safety.status(), new AdviceBox(advice, pain::legsSettled), advice, AskFirstNotes.of(routine),
                    progression, this::begin));
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    private void reset() {
        abandonUnfinished();
        started = null;
        session = null;
        finishedEarly = false;
        shownExercise = -1;
        getChildren().filter(child -> child instanceof WorkoutIntro || child instanceof WorkoutSummary).toList()
                .forEach(this::remove);
        if (hurtPanel != null) {
            hurtPanel.setVisible(false);
        }
        running.getElement().setAttribute("hidden", true);
        timer.setActive(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Shortcuts.addShortcutListener(this, this::togglePause, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::skip, Key.ARROW_RIGHT);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        abandonUnfinished();
    }

    /** A workout left before its end (page closed, another routine opened) is kept as partial. */
    private void abandonUnfinished() {
        if (started != null && session.snapshot().phase() != Phase.DONE) {
            workouts.abandon(started);
        }
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
        session = new WorkoutSession(started.plan(), clock);
        session.start();
        getChildren().filter(WorkoutIntro.class::isInstance).toList().forEach(this::remove);
        buildRunningScreen();
        running.getElement().removeAttribute("hidden");
        // the intro was scrolled to reach Start: without this, the top of the workout stays under the top bar
        running.scrollIntoView();
        timer.setActive(true);
        render();
    }

    private void phaseEnded(int phaseId, long elapsedMillis) {
        if (session == null || phaseId != phaseSerial) {
            return;
        }
        PhaseResult result = session.phaseEnded(elapsedMillis);
        save(result.completedSets());
        render();
    }

    private void togglePause() {
        if (session == null || session.snapshot().phase() == Phase.DONE) {
            return;
        }
        boolean paused = session.snapshot().paused() ? !session.resume() : session.pause();
        timer.setPaused(paused);
        controls.showPaused(paused);
        position.setText(paused ? getTranslation("workout.paused") : texts.position(session.snapshot()));
    }

    /** "This hurts": the workout pauses and asks what happened. */
    private void thisHurts() {
        if (session == null || session.snapshot().phase() == Phase.DONE) {
            return;
        }
        if (!session.snapshot().paused()) {
            togglePause();
        }
        hurtPanel.ask();
    }

    private void reportHurt(Hurt what) {
        workouts.reportHurt(started.id(), session.snapshot().exercise().slug(), what);
    }

    private void skipExercise() {
        if (session != null && session.snapshot().phase() != Phase.DONE) {
            save(session.skipExercise());
            render();
        }
    }

    private void skip() {
        if (session != null && session.snapshot().phase() != Phase.DONE) {
            save(session.skip());
            render();
        }
    }

    private void back() {
        if (session != null && session.back()) {
            render();
        }
    }

    private void finishEarly() {
        if (session != null && session.snapshot().phase() != Phase.DONE) {
            finishedEarly = true;
            save(session.finishEarly());
            render();
        }
    }

    private void setMuted(boolean muted) {
        this.muted = muted;
        settings.setCuesMuted(muted);
        timer.setMuted(muted);
        controls.showMuted(muted);
    }

    private void save(List<CompletedSet> sets) {
        for (CompletedSet set : sets) {
            try {
                workouts.recordSet(started.id(), started.plan(), set);
            } catch (RuntimeException e) {
                log.error("Could not save a set of workout {}", started.id(), e);
                Notification.show(getTranslation("workout.saveFailed"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void render() {
        Snapshot now = session.snapshot();
        phaseSerial++;
        timer.show(phaseSerial, texts.current(now), now.remaining(), texts.next(now));
        if (now.phase() == Phase.DONE) {
            showSummary(now);
            return;
        }
        timer.setPaused(now.paused());
        controls.showPaused(now.paused());
        exerciseOf.setText(getTranslation("workout.exerciseOf", now.exerciseIndex() + 1, now.exerciseCount()));
        exerciseName.setText(now.exercise().name());
        position.setText(now.paused() ? getTranslation("workout.paused") : texts.position(now));
        next.setText(texts.nextLine(now));
        if (shownExercise != now.exerciseIndex()) {
            shownExercise = now.exerciseIndex();
            guide.show(routine.items().get(now.exerciseIndex()).exercise());
        }
    }

    private void showSummary(Snapshot now) {
        boolean complete = !finishedEarly;
        workouts.finish(started.id(), complete);
        timer.setActive(false);
        running.getElement().setAttribute("hidden", true);
        List<SetRecord> done = workouts.setsOf(started.id());
        long workoutId = started.id();
        PainAfter painAfter = new PainAfter(didExtension(done), rating -> workouts.ratePainAfter(workoutId, rating),
                legs -> workouts.recordLegSymptoms(workoutId, legs), pain::currentAdvice, pain::legsSettled);
        add(new WorkoutSummary(done, now.elapsed(), complete, painAfter));
    }

    /** Whether any set done was of an extension exercise (the prone press-up). */
    private boolean didExtension(List<SetRecord> done) {
        return routine.items().stream().map(RoutineItem::exercise)
                .filter(exercise -> exercise.movement() == Movement.EXTENSION)
                .anyMatch(exercise -> done.stream().anyMatch(set -> set.exerciseSlug().equals(exercise.slug())));
    }

    @Override
    public String getPageTitle() {
        return (routine == null ? getTranslation("workout.title") : routine.name()) + " · "
                + getTranslation("app.name");
    }
}
