package app.backcoach.workout.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.base.ui.TextInPlace;
import app.backcoach.base.ui.TimerControls;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.Phase;
import app.backcoach.engine.Snapshot;
import app.backcoach.engine.WorkoutSession;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.safety.Hurt;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The running workout: the timer and what goes around it (exercise, position, what comes next, the big
 * buttons, "This hurts" and the exercise's guide). It forwards the timer's phase ends and the person's
 * presses to the engine, saves each set the engine completes, and hands the end over to the page.
 */
class RunningWorkout extends Div {

    private static final Logger log = LoggerFactory.getLogger(RunningWorkout.class);

    private final WorkoutService workouts;
    private final UserSettingsService settings;
    private final PhaseTexts texts = new PhaseTexts(this);
    private final PhaseTimer timer = new PhaseTimer();
    /** Called once the engine reaches its end: with the last snapshot and whether it ran to the end. */
    private final BiConsumer<Snapshot, Boolean> ended;
    // built at Start (an open page before Start holds only the timer, hidden)
    private Span exerciseOf;
    private H1 exerciseName;
    private Span position;
    private Span next;
    private TimerControls controls;
    private ExerciseGuide guide;
    private HurtPanel hurtPanel;
    private FinishCheck finishCheck;
    private boolean muted;
    private RoutineInfo routine;
    private StartedWorkout started;
    private WorkoutSession session;
    private int phaseSerial;
    private int shownExercise = -1;
    private boolean finishedEarly;
    /** Whether the workout was paused already when Finish was pressed (then "Keep going" leaves it paused). */
    private boolean pausedBeforeFinish;

    RunningWorkout(WorkoutService workouts, UserSettingsService settings, BiConsumer<Snapshot, Boolean> ended) {
        this.workouts = workouts;
        this.settings = settings;
        this.ended = ended;
        addClassNames("workout-running", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER, LumoUtility.TextAlignment.CENTER, LumoUtility.Gap.XSMALL);
        timer.setCountdownWords(getTranslation("workout.countdown"));
        timer.addPhaseEndListener(event -> phaseEnded(event.phaseId(), event.elapsedMillis()));
        add(timer);
        // hidden, not invisible: the timer must be in the page before Start is pressed, so that this very
        // press can unlock sound in the browser; the rest of the running screen comes at Start
        hide();
    }

    /** Before Start: the person's sound setting, for the first cue. */
    void prepare() {
        muted = settings.cuesMuted();
        timer.setMuted(muted);
        if (controls != null) {
            controls.showMuted(muted);
        }
    }

    void start(StartedWorkout started, WorkoutSession session) {
        this.started = started;
        this.session = session;
        this.routine = started.routine();
        finishedEarly = false;
        shownExercise = -1;
        build();
        hurtPanel.setVisible(false);
        finishCheck.close();
        getElement().removeAttribute("hidden");
        // the intro was scrolled to reach Start: without this, the top of the workout stays under the top bar
        scrollIntoView();
        timer.setActive(true);
        render();
        // the pressed Start (or Resume) is gone: the keyboard goes on from Pause, where Space pauses
        controls.focusPause();
    }

    /** Leaves the screen: the timer stops counting. */
    void hide() {
        getElement().setAttribute("hidden", true);
        timer.setActive(false);
    }

    /** A workout left before its end (page closed, another routine opened) is kept as partial. */
    void abandonUnfinished() {
        if (started != null && session.snapshot().phase() != Phase.DONE) {
            try {
                workouts.abandon(started);
            } catch (RuntimeException e) {
                // the server is stopping and its database is closed already: it stays resumable, and is marked
                // partial after two hours without a sign of life
                log.info("Workout {} left running; it can be resumed", started.id());
            }
        }
        started = null;
        session = null;
    }

    private void build() {
        if (controls != null) {
            return;
        }
        exerciseOf = new Span();
        exerciseName = new H1();
        position = new Span();
        next = new Span();
        controls = new TimerControls();
        controls.action("workout.back", AppIcon.STEP_BACKWARD, this::back);
        controls.pause(this::togglePause);
        var hurts = controls.action("workout.hurts", AppIcon.EXCLAMATION_CIRCLE, this::thisHurts);
        hurts.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hurts.addClassName("hurts-button");
        controls.action("workout.skip", AppIcon.STEP_FORWARD, this::skip);
        controls.action("workout.finish", AppIcon.FLAG_CHECKERED, this::askToFinish);
        controls.sound(this::setMuted);
        controls.showMuted(muted);
        hurtPanel = new HurtPanel(this::reportHurt, afterHurt(this::skipExercise), this::finishEarly,
                afterHurt(this::togglePause));
        finishCheck = new FinishCheck(this::finishEarly, this::keepGoing);
        guide = new ExerciseGuide();
        position.addClassName("workout-position");
        exerciseName.addClassNames("workout-exercise-name", LumoUtility.Margin.NONE);
        exerciseOf.addClassName("workout-exercise-of");
        next.addClassName("workout-next");
        addComponentAtIndex(0, exerciseOf);
        addComponentAtIndex(1, exerciseName);
        addComponentAtIndex(2, position);
        add(next, controls, hurtPanel, finishCheck, guide);
    }

    private boolean running() {
        return session != null && session.snapshot().phase() != Phase.DONE;
    }

    private void phaseEnded(int phaseId, long elapsedMillis) {
        if (session == null || phaseId != phaseSerial) {
            return;
        }
        save(session.phaseEnded(elapsedMillis).completedSets());
        render();
    }

    void togglePause() {
        if (!running()) {
            return;
        }
        boolean paused = session.snapshot().paused() ? !session.resume() : session.pause();
        if (!paused) {
            // going on by Pause or Space answers the Finish question too
            finishCheck.close();
        }
        timer.setPaused(paused);
        controls.showPaused(paused);
        TextInPlace.set(position, paused ? getTranslation("workout.paused") : texts.position(session.snapshot()));
    }

    /** "This hurts": the workout pauses and asks what happened. */
    private void thisHurts() {
        if (!running()) {
            return;
        }
        if (!session.snapshot().paused()) {
            togglePause();
        }
        // one question at a time: what hurts replaces whether to finish
        finishCheck.close();
        hurtPanel.ask();
    }

    /** Once the "This hurts" panel closes (resume, or on to the next exercise), the keyboard is back on Pause. */
    private Runnable afterHurt(Runnable then) {
        return () -> {
            then.run();
            if (running()) {
                backToTheTimer();
            }
        };
    }

    /**
     * After a question below the timer (This hurts, Finish) is answered: the screen scrolled down to it goes back up
     * to the exercise, the ring and Pause, and the keyboard is on Pause.
     */
    private void backToTheTimer() {
        scrollIntoView();
        controls.focusPause();
    }

    private void reportHurt(Hurt what) {
        workouts.reportHurt(started.id(), session.snapshot().exercise().slug(), what);
    }

    private void skipExercise() {
        if (running()) {
            save(session.skipExercise());
            render();
        }
    }

    void skip() {
        if (running()) {
            save(session.skip());
            render();
        }
    }

    private void back() {
        if (session != null && session.back()) {
            render();
        }
    }

    /** Finish: the workout pauses and asks first; it goes on as it was if the person keeps going. */
    private void askToFinish() {
        if (!running()) {
            return;
        }
        if (!finishCheck.isVisible()) {
            pausedBeforeFinish = session.snapshot().paused();
        }
        // one question at a time: whether to finish replaces what hurts (which had paused the workout)
        hurtPanel.setVisible(false);
        if (!session.snapshot().paused()) {
            togglePause();
        }
        finishCheck.ask();
    }

    private void keepGoing() {
        if (running()) {
            if (!pausedBeforeFinish && session.snapshot().paused()) {
                togglePause();
            }
            backToTheTimer();
        }
    }

    private void finishEarly() {
        if (running()) {
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
                workouts.recordSet(started, set);
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
        boolean done = now.phase() == Phase.DONE;
        // complete: ran to its end with every set done, not ended early nor skipped to the end
        boolean complete = done && !finishedEarly && workouts.everySetRecorded(started.id());
        timer.show(phaseSerial, done && !complete ? texts.saved(now) : texts.current(now), now.remaining(),
                texts.next(now));
        if (done) {
            finishCheck.close();
            hide();
            ended.accept(now, complete);
            return;
        }
        timer.setPaused(now.paused());
        controls.showPaused(now.paused());
        TextInPlace.set(exerciseOf, getTranslation("workout.exerciseOf", now.exerciseIndex() + 1, now.exerciseCount()));
        TextInPlace.set(exerciseName, now.exercise().name());
        TextInPlace.set(position, now.paused() ? getTranslation("workout.paused") : texts.position(now));
        TextInPlace.set(next, texts.nextLine(now));
        if (shownExercise != now.exerciseIndex()) {
            shownExercise = now.exerciseIndex();
            guide.show(routine.items().get(now.exerciseIndex()).exercise());
        }
    }
}
