package app.backcoach.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.stream.IntStream;

/**
 * A pain rating from 0 (no pain) to 10 (the worst pain imaginable) as eleven big buttons, with words under
 * 0, 5 and 10. Answering is optional: the value stays empty until one is chosen.
 */
public class PainScale extends RadioButtonGroup<Integer> {

    /** A scale from {@code lowest} to {@code highest}; the rules of what a rating means belong to the caller. */
    public PainScale(String labelKey, int lowest, int highest) {
        addClassNames("pain-scale", LumoUtility.Width.FULL, LumoUtility.Padding.Bottom.MEDIUM);
        setLabel(getTranslation(labelKey));
        setItems(IntStream.rangeClosed(lowest, highest).boxed().toList());
        setRenderer(new ComponentRenderer<>(value -> {
            Span number = new Span(String.valueOf(value));
            number.addClassName("pain-number");
            if (value % 5 != 0) {
                return number;
            }
            // a space between the number and its word, so that a screen reader says "5 Moderate"
            number.setText(value + " ");
            Span word = new Span(getTranslation("pain.word." + value));
            word.addClassName("pain-word");
            Span both = new Span(number, word);
            both.addClassNames("pain-labelled", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            return both;
        }));
    }
}
