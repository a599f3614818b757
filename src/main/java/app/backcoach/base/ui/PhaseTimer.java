package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import java.time.Duration;

/**
 * The browser-side countdown of one timed phase: a workout's phases, a cold or heat pack, a walk
 * ({@code frontend/components/phase-timer.ts}). It reports only once per phase, when its time is up, with
 * the milliseconds that passed in the browser.
 */
@Tag("bc-phase-timer")
@JsModule("./components/phase-timer.ts")
public class PhaseTimer extends Component {

    /** What the timer shows and says for one phase. */
    public record Display(String label, String kind, Duration duration, String speech) {
    }

    public PhaseTimer() {
        // the spoken cues take the page's language; the element says it too, for whoever reads its words
        addAttachListener(event -> getElement().setAttribute("lang", event.getUI().getLocale().toLanguageTag()));
    }

    public void show(int phaseId, Display phase, Duration remaining, Display next) {
        getElement().setProperty("phaseId", phaseId);
        getElement().setProperty("label", phase.label());
        getElement().setProperty("kind", phase.kind());
        getElement().setProperty("durationMs", phase.duration().toMillis());
        getElement().setProperty("remainingMs", remaining.toMillis());
        getElement().setProperty("speech", phase.speech());
        getElement().setProperty("nextLabel", next == null ? "" : next.label());
        getElement().setProperty("nextKind", next == null ? "done" : next.kind());
        getElement().setProperty("nextDurationMs", next == null ? 0 : next.duration().toMillis());
        getElement().setProperty("nextSpeech", next == null ? "" : next.speech());
    }

    public void setCountdownWords(String words) {
        getElement().setProperty("countdownWords", words);
    }

    /** The unit read after the minutes left on a long timer (packs, walks), e.g. "min". */
    public void setMinutesWord(String word) {
        getElement().setProperty("minutesWord", word);
    }

    public void setPaused(boolean paused) {
        getElement().setProperty("paused", paused);
    }

    public void setMuted(boolean muted) {
        getElement().setProperty("muted", muted);
    }

    /** While active, the timer keeps the screen awake. */
    public void setActive(boolean active) {
        getElement().setProperty("active", active);
    }

    public int getPhaseId() {
        return getElement().getProperty("phaseId", -1);
    }

    public Registration addPhaseEndListener(ComponentEventListener<PhaseEndEvent> listener) {
        return addListener(PhaseEndEvent.class, listener);
    }

    @DomEvent("phase-end")
    public static class PhaseEndEvent extends ComponentEvent<PhaseTimer> {

        private final int phaseId;
        private final long elapsedMillis;

        public PhaseEndEvent(PhaseTimer source, boolean fromClient, @EventData("event.detail.phaseId") int phaseId,
                      @EventData("event.detail.elapsedMs") double elapsedMillis) {
            super(source, fromClient);
            this.phaseId = phaseId;
            this.elapsedMillis = Math.round(elapsedMillis);
        }

        public int phaseId() {
            return phaseId;
        }

        public long elapsedMillis() {
            return elapsedMillis;
        }
    }
}
