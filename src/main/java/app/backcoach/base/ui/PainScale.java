package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.stream.IntStream;

/**
 * A pain rating from 0 (no pain) to 10 (the worst pain imaginable): a labelled radio group of eleven big
 * buttons, with short words under 0, 5 and 10. A screen reader names each choice in full ("0, no pain",
 * "5, moderate pain", "10, worst pain imaginable"); the short words on screen are hidden from it, so that
 * nothing is read twice. Answering is optional: the value stays empty until one is chosen.
 */
public class PainScale extends RadioButtonGroup<Integer> {

    /** A scale from {@code lowest} to {@code highest}; the rules of what a rating means belong to the caller. */
    public PainScale(String labelKey, int lowest, int highest) {
        addClassNames("pain-scale", LumoUtility.Width.FULL, LumoUtility.Padding.Bottom.MEDIUM);
        setLabel(getTranslation(labelKey));
        setItems(IntStream.rangeClosed(lowest, highest).boxed().toList());
        setRenderer(new ComponentRenderer<>(this::choice));
    }

    private Component choice(Integer value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("pain-number");
        if (!hasWord(value)) {
            return number;
        }
        // read: the full name; seen: the number and a short word
        Span name = new Span(getTranslation("pain.name." + value));
        name.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        number.getElement().setAttribute("aria-hidden", "true");
        Span word = new Span(getTranslation("pain.word." + value));
        word.addClassName("pain-word");
        word.getElement().setAttribute("aria-hidden", "true");
        Span all = new Span(name, number, word);
        all.addClassNames("pain-labelled", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return all;
    }

    private static boolean hasWord(int value) {
        return value % 5 == 0;
    }
}
