package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.RoutineSummary;
import app.backcoach.routine.RoutineInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.function.Consumer;

/**
 * One routine on the routines page: its exercises and doses, a big Start button, Duplicate for every
 * routine, and Edit and Delete for the person's own (built-in routines stay as they are). Delete asks
 * in the card itself, not in a dialog: the committed frontend bundle loads no dialog on this page.
 */
class RoutineCard extends Card {

    /** What the page does for the card's buttons; delete is called only after the person confirmed. */
    record Actions(Consumer<RoutineInfo> start, Consumer<RoutineInfo> edit, Consumer<RoutineInfo> duplicate,
                   Consumer<RoutineInfo> delete) {
    }

    private final Div more = new Div();
    private final Div confirmation = new Div();

    RoutineCard(RoutineInfo routine, Actions actions) {
        addClassName("routine-card");
        addThemeVariants(CardVariant.LUMO_OUTLINED);
        // the card renders its title as text, so a name with markup shows as typed
        setTitle(routine.name(), 2);
        add(new RoutineSummary(routine.description(), routine.dosedExercises(), routine.estimatedMinutes()));
        if (routine.progression()) {
            Span progression = new Span(getTranslation("routines.progressionOn"));
            progression.addClassNames("progression-badge", LumoUtility.AlignSelf.START,
                    LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Padding.Horizontal.SMALL);
            add(progression);
        }
        Button start = new Button(getTranslation("routines.start"), AppIcon.PLAY.create(),
                event -> actions.start().accept(routine));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        start.setAriaLabel(getTranslation("routines.start") + " " + routine.name());
        more.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL,
                LumoUtility.Width.FULL);
        if (!routine.builtIn()) {
            more.add(action("routines.edit", AppIcon.EDIT, routine, actions.edit()));
        }
        more.add(action("routines.duplicate", AppIcon.COPY_O, routine, actions.duplicate()));
        if (!routine.builtIn()) {
            Button delete = action("routines.delete", AppIcon.TRASH, routine, ignored -> askToDelete(true));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            more.add(delete);
            buildConfirmation(routine, actions.delete());
            add(confirmation);
        }
        addToFooter(start, more);
    }

    private void buildConfirmation(RoutineInfo routine, Consumer<RoutineInfo> delete) {
        confirmation.addClassNames("delete-confirmation", LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Padding.Horizontal.MEDIUM);
        confirmation.getElement().setAttribute("role", "alert");
        confirmation.setVisible(false);
        Button yes = new Button(getTranslation("routines.deleteConfirm"), AppIcon.TRASH.create(),
                event -> delete.accept(routine));
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setAriaLabel(getTranslation("routines.deleteConfirm") + " " + routine.name());
        Button keep = new Button(getTranslation("routines.keep"), event -> askToDelete(false));
        Div buttons = new Div(yes, keep);
        buttons.addClassNames("delete-confirmation-buttons", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL);
        Paragraph text = new Paragraph(getTranslation("routines.deleteText", routine.name()));
        text.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.SMALL);
        confirmation.add(text, buttons);
    }

    private void askToDelete(boolean ask) {
        confirmation.setVisible(ask);
        more.setVisible(!ask);
    }

    private Button action(String labelKey, AppIcon icon, RoutineInfo routine, Consumer<RoutineInfo> action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), event -> action.accept(routine));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("routine-action");
        button.setAriaLabel(getTranslation(labelKey) + " " + routine.name());
        return button;
    }
}
