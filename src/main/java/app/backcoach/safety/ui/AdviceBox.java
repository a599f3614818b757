package app.backcoach.safety.ui;

import app.backcoach.safety.Advice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/**
 * The advice of the stop rules, each with its reason and its source. Shows nothing when there is none. The
 * advice to stop for today leads to home care; the spreading advice lets the person say their legs settled.
 */
public class AdviceBox extends Div {

    /**
     * @param legsSettled runs when the person says their leg symptoms have settled; {@code null} where the
     *                    page offers no such answer
     */
    public AdviceBox(List<Advice> advice, Runnable legsSettled) {
        addClassName("advice-list");
        setVisible(!advice.isEmpty());
        advice.forEach(item -> add(box(item, legsSettled)));
    }

    private Div box(Advice advice, Runnable legsSettled) {
        String kind = advice.kind().name();
        Div box = new Div(new H2(getTranslation("advice.title." + kind)),
                new Paragraph(getTranslation("advice.text." + kind, advice.days())),
                new Paragraph(getTranslation("advice.why." + kind)));
        box.addClassName("advice-box");
        box.getElement().setAttribute("role", "status");
        if (advice.kind() == Advice.Kind.STOP_FOR_TODAY) {
            Button care = new Button(getTranslation("advice.homeCare"), VaadinIcon.HEART.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("care")));
            care.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            box.add(care);
        }
        if (advice.kind() == Advice.Kind.SPREADING && legsSettled != null) {
            Button settled = new Button(getTranslation("advice.settled"), VaadinIcon.CHECK.create(), event -> {
                legsSettled.run();
                box.removeAll();
                box.add(new Paragraph(getTranslation("advice.settledDone")));
            });
            settled.addThemeVariants(ButtonVariant.LUMO_LARGE);
            box.add(settled);
        }
        box.add(new SourceLine("advice.source." + kind, switch (advice.kind()) {
            case SPREADING -> Sources.NHS_BACK_PAIN;
            case STOP_FOR_TODAY, PAIN_RISING -> Sources.NHS_INFORM_EXERCISES;
            case NOT_EASING, NOT_KNOWN_TO_EASE -> Sources.NHS_BACK_PAIN;
        }));
        return box;
    }
}
