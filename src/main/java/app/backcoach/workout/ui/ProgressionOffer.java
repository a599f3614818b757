package app.backcoach.workout.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.routine.ProgressionRule;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.workout.ProgressionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Before a workout of a routine with gentle progression: when the rule says so, offers one more rep of each
 * exercise, with the rule and its source. Accepting changes the routine before the workout starts, so the
 * workout runs the new doses. Invisible when there is nothing to offer.
 */
class ProgressionOffer extends Div {

    private final ProgressionService progression;
    private final RoutineInfo routine;
    private final Consumer<RoutineInfo> changed;

    /** @param changed runs with the routine's new doses when the offer is accepted */
    ProgressionOffer(ProgressionService progression, RoutineInfo routine, Consumer<RoutineInfo> changed) {
        this.progression = progression;
        this.routine = routine;
        this.changed = changed;
        addClassNames("progression-offer", LumoUtility.Padding.MEDIUM);
        setVisible(progression.isOffered(routine));
        if (!isVisible()) {
            return;
        }
        UnorderedList steps = new UnorderedList();
        routine.items().forEach(item -> steps.add(new ListItem(getTranslation("progression.item",
                item.exercise().name(), item.dose().reps(), ProgressionRule.repsAfterStep(item)))));
        Button accept = new Button(getTranslation("progression.accept"), AppIcon.PLUS.create(), event -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("progression.decline"), event -> decline());
        Div buttons = new Div(accept, decline);
        buttons.addClassNames("progression-buttons", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM);
        Paragraph source = new Paragraph(getTranslation("progression.source"));
        source.addClassName("source");
        H2 title = new H2(getTranslation("progression.title"));
        title.addClassName(LumoUtility.Margin.Top.NONE);
        add(title,
                new Paragraph(getTranslation("progression.text", ProgressionRule.GOOD_WORKOUTS_NEEDED)), steps,
                buttons, new Paragraph(getTranslation("progression.rule", ProgressionRule.GOOD_WORKOUTS_NEEDED,
                        ProgressionRule.REPS_ADDED)), source);
    }

    private void accept() {
        Optional<RoutineInfo> updated = progression.accept(routine);
        answered(getTranslation(updated.isPresent() ? "progression.accepted" : "progression.gone"));
        updated.ifPresent(changed);
    }

    private void decline() {
        progression.decline(routine);
        answered(getTranslation("progression.declined", ProgressionRule.GOOD_WORKOUTS_NEEDED));
    }

    private void answered(String text) {
        removeAll();
        Paragraph answer = new Paragraph(text);
        answer.addClassName("progression-answer");
        add(answer);
    }
}
