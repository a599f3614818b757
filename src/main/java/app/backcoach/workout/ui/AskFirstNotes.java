package app.backcoach.workout.ui;

import app.backcoach.base.ui.SourceLine;
import app.backcoach.exercise.AskFirst;
import app.backcoach.routine.RoutineInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Before a routine: who should ask a doctor or physiotherapist first, for the exercises it holds (and, for
 * every routine, after recent back surgery), each with its source.
 */
final class AskFirstNotes {

    private AskFirstNotes() {
    }

    static Div of(RoutineInfo routine) {
        Set<AskFirst> reasons = EnumSet.of(AskFirst.BACK_SURGERY);
        routine.items().forEach(item -> reasons.addAll(item.exercise().askFirst()));
        Div notes = new Div();
        notes.addClassNames("ask-first", LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        UnorderedList list = new UnorderedList();
        reasons.forEach(reason -> {
            ListItem item = new ListItem(notes.getTranslation(reason.key()));
            Paragraph source = new SourceLine(reason.sourceKey(), null);
            source.addClassName(LumoUtility.Margin.NONE);
            item.add(source);
            list.add(item);
        });
        H2 title = new H2(notes.getTranslation("askFirst.title"));
        title.addClassName(LumoUtility.Margin.Bottom.NONE);
        notes.add(title, list);
        return notes;
    }
}
