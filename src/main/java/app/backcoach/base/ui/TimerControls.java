package app.backcoach.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.function.Consumer;

/**
 * The big buttons under a running timer, in the order they are added: Pause/Resume (the main one), the
 * sound switch, and any others (Back, This hurts, Skip, Finish; Stop for a pack or walk).
 */
public class TimerControls extends FlexLayout {

    private final Button pause = new Button();
    private final Button sound = new Button();
    private boolean muted;
    private Boolean shownPaused;

    public TimerControls() {
        addClassNames("workout-controls", LumoUtility.FlexWrap.WRAP, LumoUtility.JustifyContent.CENTER,
                LumoUtility.Gap.SMALL, LumoUtility.Width.FULL);
    }

    /** Adds a large button that runs an action; returns it, for a theme or a class of its own. */
    public Button action(String key, AppIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(button);
        return button;
    }

    /** Adds the Pause/Resume button. */
    public TimerControls pause(Runnable toggle) {
        pause.addClickListener(event -> toggle.run());
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(pause);
        showPaused(false);
        return this;
    }

    /** Adds the sound switch; it passes on the new state. */
    public TimerControls sound(Consumer<Boolean> setMuted) {
        sound.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        sound.addClickListener(event -> setMuted.accept(!muted));
        add(sound);
        showMuted(false);
        return this;
    }

    public void showPaused(boolean paused) {
        if (shownPaused != null && shownPaused == paused) {
            // called at every phase: an unchanged button costs nothing, on the server or on the wire
            return;
        }
        shownPaused = paused;
        pause.setText(getTranslation(paused ? "workout.resume" : "workout.pause"));
        pause.setIcon((paused ? AppIcon.PLAY : AppIcon.PAUSE).create());
    }

    public void showMuted(boolean muted) {
        this.muted = muted;
        sound.setText(getTranslation(muted ? "workout.unmute" : "workout.mute"));
        sound.setIcon((muted ? AppIcon.VOLUME_OFF : AppIcon.VOLUME_UP).create());
    }

    /** Moves the keyboard focus to Pause (after Start, so that Space pauses at once). */
    public void focusPause() {
        pause.focus();
    }
}
