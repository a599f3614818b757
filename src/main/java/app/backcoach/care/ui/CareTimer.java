package app.backcoach.care.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.base.ui.TimerControls;
import app.backcoach.care.StartedCare;
import app.backcoach.engine.PausableClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * A pack, walk or breathing under way: its timer with Pause and Stop. The time done is measured on a
 * {@link PausableClock}; when it ends (time up, Stop, or the page going away) it hands the time done over.
 */
class CareTimer extends Div {

    private final PhaseTimer timer = new PhaseTimer();
    private final H2 title = new H2();
    private final Paragraph note = new Paragraph();
    private final TimerControls controls = new TimerControls();
    private final PausableClock clock;
    /** Called when it ends: what was under way, the time done, and whether the browser said the time was up. */
    private final BiConsumer<StartedCare, Ended> ended;
    private StartedCare started;
    /** Each pack or walk is a phase of its own, so that the browser never mistakes one for the last. */
    private int phaseSerial;

    record Ended(Duration done, boolean timeUp) {
    }

    CareTimer(Clock clock, boolean muted, BiConsumer<StartedCare, Ended> ended) {
        this.clock = new PausableClock(clock);
        this.ended = ended;
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.CENTER,
                LumoUtility.TextAlignment.CENTER, LumoUtility.Width.FULL);
        timer.setMuted(muted);
        timer.setMinutesWord(getTranslation("care.timer.minutes"));
        timer.addPhaseEndListener(event -> {
            if (started != null && event.phaseId() == phaseSerial) {
                end(true);
            }
        });
        controls.pause(this::togglePause);
        controls.action("care.stop", AppIcon.STOP, () -> end(false));
        add(title, timer, note, controls);
        // hidden, not invisible: the timer must be in the page before a Start press, so that the press can
        // unlock sound in the browser
        getElement().setAttribute("hidden", true);
    }

    boolean running() {
        return started != null;
    }

    void start(StartedCare care) {
        started = care;
        clock.resume();
        clock.start();
        String label = getTranslation("care.timer." + care.kind());
        timer.setPaused(false);
        phaseSerial += 2;
        timer.show(phaseSerial, new PhaseTimer.Display(label, "hold", care.planned(),
                        getTranslation("care.say.start." + care.kind())), care.planned(),
                new PhaseTimer.Display(getTranslation("care.timer.done"), "done", Duration.ZERO,
                        getTranslation("care.say.end." + care.kind())));
        timer.setActive(true);
        title.setText(label);
        note.setText(getTranslation("care.note." + care.kind()));
        controls.showPaused(false);
        getElement().removeAttribute("hidden");
        controls.focusPause();
    }

    private void togglePause() {
        if (started == null) {
            return;
        }
        if (clock.paused()) {
            clock.resume();
        } else {
            clock.pause();
        }
        timer.setPaused(clock.paused());
        controls.showPaused(clock.paused());
        // a pack stays on the skin while the timer stands still: it comes off for the pause
        note.setText(getTranslation(clock.paused() && started.kind().isPack() ? "care.pausedPack"
                : "care.note." + started.kind()));
    }

    /** Ends what is under way, if anything, and hands over the time done. */
    void end(boolean timeUp) {
        if (started == null) {
            return;
        }
        StartedCare care = started;
        started = null;
        // a phase of its own that counts nothing: the browser stops its countdown, silently
        timer.show(phaseSerial + 1, new PhaseTimer.Display(getTranslation("care.timer.done"), "done", Duration.ZERO, ""),
                Duration.ZERO, null);
        timer.setActive(false);
        getElement().setAttribute("hidden", true);
        ended.accept(care, new Ended(clock.active(), timeUp));
    }
}
