package app.backcoach.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Shown in place of a Start button while the red-flag check stands in the way (the workout page, Today): its
 * title, text and button are the translations {@code safety.gate.title.<state>}, {@code .text.} and
 * {@code .button.} of the safety status's state, the button leading to the check.
 */
public class SafetyGate extends Div {

    /**
     * @param state     the name of the safety status's state (e.g. {@code SAME_DAY})
     * @param emergency whether it is an emergency sign no doctor has seen, drawn as the emergency is
     * @param openCheck opens the safety check
     */
    public SafetyGate(String state, boolean emergency, Runnable openCheck) {
        addClassName("safety-gate");
        if (emergency) {
            addClassName("emergency");
        }
        Button open = new Button(getTranslation("safety.gate.button." + state), AppIcon.CLIPBOARD_CHECK.create(),
                event -> openCheck.run());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        add(new H2(getTranslation("safety.gate.title." + state)),
                new Paragraph(getTranslation("safety.gate.text." + state)), open);
    }
}
