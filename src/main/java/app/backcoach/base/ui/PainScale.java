package app.backcoach.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A pain rating from 0 (no pain) to 10 (the worst pain imaginable): a labelled group of eleven big radio
 * buttons, with short words under 0, 5 and 10 ({@code frontend/components/pain-scale.ts}). A screen reader
 * names each choice in full ("0, no pain", "5, moderate pain", "10, worst possible pain"); the short words
 * on screen are hidden from it, so that nothing is read twice. Answering is optional: the value stays empty
 * until one is chosen.
 * <p>
 * The browser draws the choices as native radio buttons, so the server holds one element for the scale, not
 * a component per choice. A value from the browser outside the scale, or not a number, counts as no answer.
 */
@Tag("bc-pain-scale")
@JsModule("./components/pain-scale.ts")
public class PainScale extends AbstractSinglePropertyField<PainScale, Integer> implements HasLabel, HasStyle {

    private final int lowest;
    private final int highest;

    /** A scale from {@code lowest} to {@code highest}; the rules of what a rating means belong to the caller. */
    public PainScale(String labelKey, int lowest, int highest) {
        super("value", null, String.class, PainScale::rating, (PainScale scale, Integer rating) -> sent(rating));
        this.lowest = lowest;
        this.highest = highest;
        addClassNames(LumoUtility.Width.FULL, LumoUtility.Padding.Bottom.MEDIUM);
        setLabel(getTranslation(labelKey));
        getElement().setProperty("min", lowest);
        getElement().setProperty("max", highest);
        ArrayNode marks = JsonNodeFactory.instance.arrayNode();
        for (Mark mark : marks()) {
            marks.addObject().put("value", mark.value()).put("word", mark.word()).put("name", mark.name());
        }
        getElement().setProperty("marks", marks.toString());
    }

    /**
     * The choices that carry words, in order: the number, the short word shown under it and the full name a
     * screen reader reads for it. The other choices are shown and read as their number alone.
     */
    public List<Mark> marks() {
        return IntStream.rangeClosed(lowest, highest).filter(PainScale::hasWord)
                .mapToObj(value -> new Mark(value, getTranslation("pain.word." + value),
                        getTranslation("pain.name." + value)))
                .toList();
    }

    /** A choice with words: its number, its short word on screen and its full name for a screen reader. */
    public record Mark(int value, String word, String name) {
    }

    private static Integer rating(PainScale scale, String sent) {
        if (sent == null || !sent.matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(sent);
        return value >= scale.lowest && value <= scale.highest ? value : null;
    }

    private static String sent(Integer rating) {
        return rating == null ? "" : rating.toString();
    }

    private static boolean hasWord(int value) {
        return value % 5 == 0;
    }
}
