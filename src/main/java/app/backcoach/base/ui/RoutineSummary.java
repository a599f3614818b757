package app.backcoach.base.ui;

import app.backcoach.base.DosedExercise;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;

/** A routine's exercises with their doses and the estimated duration, as the routines and workout pages show it. */
public class RoutineSummary extends Div {

    public RoutineSummary(String description, List<DosedExercise> exercises, long minutes) {
        addClassName("routine-summary");
        if (description != null) {
            add(new Paragraph(description));
        }
        UnorderedList items = new UnorderedList();
        items.addClassNames(LumoUtility.Margin.Top.SMALL, LumoUtility.Margin.Bottom.NONE);
        exercises.forEach(item -> items.add(new ListItem(getTranslation("routines.item", item.name(),
                DoseText.of(this, item.dose())))));
        Span duration = new Span(getTranslation("routines.duration", minutes));
        duration.addClassName("routine-duration");
        add(duration, items);
    }
}
