package app.backcoach.safety.ui;

import app.backcoach.safety.Advice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/** The advice of the stop rules, each with its reason and its source. Shows nothing when there is none. */
public class AdviceBox extends Div {

    /** The built-in routine suggested instead of extension exercises. */
    public static final String FLEXION_ROUTINE = "flexion";

    public AdviceBox(List<Advice> advice) {
        addClassName("advice-list");
        setVisible(!advice.isEmpty());
        advice.forEach(item -> add(box(item)));
    }

    private Div box(Advice advice) {
        String kind = advice.kind().name();
        Div box = new Div(new H2(getTranslation("advice.title." + kind)),
                new Paragraph(getTranslation("advice.text." + kind, advice.days())),
                new Paragraph(getTranslation("advice.why." + kind)));
        box.addClassName("advice-box");
        box.getElement().setAttribute("role", "status");
        if (advice.kind() == Advice.Kind.SPREADING) {
            Button flexion = new Button(getTranslation("advice.flexion"), VaadinIcon.PLAY.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("workout/" + FLEXION_ROUTINE)));
            flexion.addThemeVariants(ButtonVariant.LUMO_LARGE);
            box.add(flexion);
        }
        box.add(new SourceLine("advice.source." + kind, advice.kind() == Advice.Kind.SPREADING
                || advice.kind() == Advice.Kind.PAIN_RISING ? Sources.NHS_EXERCISES : null));
        return box;
    }
}
