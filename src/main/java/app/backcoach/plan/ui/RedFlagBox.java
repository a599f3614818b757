package app.backcoach.plan.ui;

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

/** The red-flag check's state, above the plan: the same words and button as before a workout. */
class RedFlagBox extends Div {

    RedFlagBox(SafetyStatus.State state, String back) {
        addClassNames("safety-gate", "plan-red-flag");
        if (state == SafetyStatus.State.EMERGENCY) {
            addClassName("emergency");
        }
        getElement().setAttribute("role", "status");
        Button open = new Button(getTranslation("safety.gate.button." + state.name()),
                AppIcon.CLIPBOARD_CHECK.create(), event -> Navigation.open(SafetyCheckView.PATH,
                        QueryParameters.of(SafetyCheckView.THEN, back)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        add(new H2(getTranslation("safety.gate.title." + state.name())),
                new Paragraph(getTranslation("safety.gate.text." + state.name())), open);
    }
}
