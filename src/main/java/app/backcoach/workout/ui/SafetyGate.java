package app.backcoach.workout.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Navigation;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.safety.ui.SafetyCheckView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Shown in place of a workout's Start button while the red-flag check stands in the way: not yet taken, a
 * week old, an emergency sign not cleared, or a warning not yet read.
 */
public class SafetyGate extends Div {

    public SafetyGate(SafetyStatus status, String routineKey) {
        addClassName("safety-gate");
        String state = status.state().name();
        if (status.state() == SafetyStatus.State.EMERGENCY) {
            addClassName("emergency");
        }
        Button open = new Button(getTranslation("safety.gate.button." + state), AppIcon.CLIPBOARD_CHECK.create(),
                event -> Navigation.open(SafetyCheckView.PATH,
                        QueryParameters.of(SafetyCheckView.THEN, WorkoutView.href(routineKey))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        add(new H2(getTranslation("safety.gate.title." + state)),
                new Paragraph(getTranslation("safety.gate.text." + state)), open);
    }
}
