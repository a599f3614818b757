package app.backcoach.workout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.function.Consumer;

/** The big buttons of a running workout: Back, Pause/Resume, This hurts, Skip, Finish, and the sound switch. */
class WorkoutControls extends FlexLayout {

    private final Button pause = new Button();
    private final Button sound = new Button();
    private boolean muted;

    WorkoutControls(Runnable back, Runnable togglePause, Runnable hurts, Runnable skip, Runnable finish,
                    Consumer<Boolean> setMuted) {
        addClassName("workout-controls");
        Button backButton = button("workout.back", VaadinIcon.STEP_BACKWARD, back);
        pause.addClickListener(event -> togglePause.run());
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button hurtsButton = button("workout.hurts", VaadinIcon.EXCLAMATION_CIRCLE, hurts);
        hurtsButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hurtsButton.addClassName("hurts-button");
        Button skipButton = button("workout.skip", VaadinIcon.STEP_FORWARD, skip);
        Button finishButton = button("workout.finish", VaadinIcon.FLAG_CHECKERED, finish);
        sound.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        sound.addClickListener(event -> setMuted.accept(!muted));
        add(backButton, pause, hurtsButton, skipButton, finishButton, sound);
        showPaused(false);
        showMuted(false);
    }

    void showPaused(boolean paused) {
        pause.setText(getTranslation(paused ? "workout.resume" : "workout.pause"));
        pause.setIcon((paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
    }

    void showMuted(boolean muted) {
        this.muted = muted;
        sound.setText(getTranslation(muted ? "workout.unmute" : "workout.mute"));
        sound.setIcon((muted ? VaadinIcon.VOLUME_OFF : VaadinIcon.VOLUME_UP).create());
    }

    private Button button(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }
}
