package app.backcoach.workout.ui;

import app.backcoach.safety.Pain;
import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.PainScale;
import app.backcoach.care.ui.CareView;
import app.backcoach.safety.Advice;
import app.backcoach.safety.LegSymptoms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * After a workout: an optional pain rating, after extension exercises the question about leg symptoms, and
 * whatever the stop rules advise once they are answered. Each answer is saved as it is given.
 */
class PainAfter extends VerticalLayout {

    private final Div advice = new Div();
    private final Supplier<List<Advice>> currentAdvice;
    private final Runnable legsSettled;

    PainAfter(boolean askAboutLegs, Consumer<Integer> ratePain, Consumer<LegSymptoms> rateLegs,
              Supplier<List<Advice>> currentAdvice, Runnable legsSettled) {
        this.currentAdvice = currentAdvice;
        this.legsSettled = legsSettled;
        addClassNames("pain-after", LumoUtility.Width.FULL);
        setPadding(false);
        setAlignItems(Alignment.STRETCH);
        PainScale pain = new PainScale("pain.after", Pain.MIN, Pain.MAX);
        pain.addValueChangeListener(event -> {
            ratePain.accept(event.getValue());
            refreshAdvice();
        });
        add(pain);
        if (askAboutLegs) {
            RadioButtonGroup<LegSymptoms> legs = new RadioButtonGroup<>(getTranslation("legs.question"));
            legs.addClassNames("leg-symptoms", LumoUtility.Width.FULL, LumoUtility.Padding.Bottom.MEDIUM);
            legs.setItems(LegSymptoms.values());
            legs.setItemLabelGenerator(answer -> getTranslation("legs." + answer.name()));
            legs.addValueChangeListener(event -> {
                rateLegs.accept(event.getValue());
                refreshAdvice();
            });
            add(legs);
        }
        add(advice);
    }

    private void refreshAdvice() {
        advice.removeAll();
        advice.add(new AdviceBox(currentAdvice.get(), CareView.PATH, legsSettled));
    }
}
