package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.exercise.Dose;
import app.backcoach.exercise.SourceRange;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.converter.StringToIntegerConverter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One exercise of the routine editor: its name and place, buttons to move or remove it, and its dose.
 * Every field is checked against the same limits the service and the database use.
 */
class ExerciseRow extends Div {

    /** The row's editable copy of one exercise's dose. */
    static final class Values {
        private Integer hold;
        private Integer reps;
        private Integer sets;
        private Integer rest;
        private boolean perSide;

        Integer getHold() {
            return hold;
        }

        void setHold(Integer hold) {
            this.hold = hold;
        }

        Integer getReps() {
            return reps;
        }

        void setReps(Integer reps) {
            this.reps = reps;
        }

        Integer getSets() {
            return sets;
        }

        void setSets(Integer sets) {
            this.sets = sets;
        }

        Integer getRest() {
            return rest;
        }

        void setRest(Integer rest) {
            this.rest = rest;
        }

        boolean isPerSide() {
            return perSide;
        }

        void setPerSide(boolean perSide) {
            this.perSide = perSide;
        }
    }

    /** What the list does when a row's buttons are pressed. */
    interface Actions {
        void moveUp(ExerciseRow row);

        void moveDown(ExerciseRow row);

        void remove(ExerciseRow row);
    }

    private final ExerciseInfo exercise;
    private final Binder<Values> binder = new Binder<>();
    private final Span number = new Span();
    private final Paragraph aboveSources = new Paragraph();
    private Runnable refreshAboveSources = () -> { };
    private final Button up;
    private final Button down;

    ExerciseRow(ExerciseInfo exercise, RoutineDraft.Item item, Actions actions) {
        this.exercise = exercise;
        addClassNames("exercise-row", LumoUtility.Padding.Top.SMALL, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM);
        up = iconButton(AppIcon.ARROW_UP, "editor.moveUp", row -> actions.moveUp(row));
        down = iconButton(AppIcon.ARROW_DOWN, "editor.moveDown", row -> actions.moveDown(row));
        Button remove = iconButton(AppIcon.TRASH, "editor.remove", row -> actions.remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        number.addClassName("exercise-row-number");
        Span name = new Span(exercise.name());
        name.addClassName("exercise-row-name");
        Div header = new Div(number, name);
        header.addClassNames("exercise-row-header", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        Div buttons = new Div(up, down, remove);
        buttons.addClassNames("exercise-row-buttons", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Vertical.XSMALL);
        add(header, buttons, doseFields());
        Values values = new Values();
        values.setHold(item.holdSeconds());
        values.setReps(item.reps());
        values.setSets(item.sets());
        values.setRest(item.restSeconds());
        values.setPerSide(item.perSide() && exercise.dose().sideMode().perSide());
        binder.readBean(values);
        refreshAboveSources.run();
    }

    /** A plain grid of fields (CSS), two to a row on a phone. */
    private Div doseFields() {
        TextField hold = number("editor.hold", Values::getHold, Values::setHold, Dose.MIN_HOLD_SECONDS,
                Dose.MAX_HOLD_SECONDS);
        TextField reps = number("editor.reps", Values::getReps, Values::setReps, Dose.MIN_REPS, Dose.MAX_REPS);
        TextField sets = number("editor.sets", Values::getSets, Values::setSets, Dose.MIN_SETS, Dose.MAX_SETS);
        TextField rest = number("editor.rest", Values::getRest, Values::setRest, RoutineItem.MIN_REST_SECONDS,
                RoutineItem.MAX_REST_SECONDS);
        rest.setHelperText(getTranslation("editor.restHelp", RoutineItem.MIN_REST_SECONDS,
                RoutineItem.MAX_REST_SECONDS));
        Div fields = new Div(hold, reps, sets, rest);
        fields.addClassNames("dose-fields", LumoUtility.Display.GRID, LumoUtility.Gap.Column.MEDIUM,
                LumoUtility.AlignItems.START);
        aboveSources.addClassNames("above-sources", LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.Padding.Horizontal.MEDIUM);
        aboveSources.setVisible(false);
        refreshAboveSources = () -> showAboveSources(hold, reps, sets);
        binder.addValueChangeListener(event -> refreshAboveSources.run());
        fields.add(aboveSources);
        // only an exercise that the catalogue does one side at a time may be done per side
        if (exercise.dose().sideMode().perSide()) {
            OnOffSwitch perSide = new OnOffSwitch(getTranslation("editor.perSide"));
            perSide.addClassNames("per-side", LumoUtility.Margin.Top.SMALL);
            binder.forField(perSide).bind(Values::isPerSide, Values::setPerSide);
            fields.add(perSide);
        }
        return fields;
    }

    /** A dose above what the sources name is allowed (a physiotherapist's plan), but the row says so. */
    private void showAboveSources(TextField hold, TextField reps, TextField sets) {
        SourceRange range = exercise.sourceRange();
        boolean above = whole(hold) > range.holdMax() || whole(reps) > range.repsMax() || whole(sets) > range.setsMax();
        aboveSources.setText(getTranslation("editor.aboveSources", range.holdMax(), range.repsMax(), range.setsMax()));
        aboveSources.setVisible(above);
    }

    private static int whole(TextField field) {
        try {
            return Integer.parseInt(field.getValue().strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private TextField number(String labelKey, ValueProvider<Values, Integer> getter, Setter<Values, Integer> setter,
                             int min, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setHelperText(getTranslation("editor.rangeHelp", min, max));
        // the number keyboard on phones: inputmode belongs on the input inside the text field
        field.addAttachListener(event -> field.getElement()
                .executeJs("customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                        + " if (this.inputElement) { this.inputElement.inputMode = 'numeric'; } }))"));
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.addClassNames("dose-field", LumoUtility.Width.FULL);
        binder.forField(field)
                .asRequired(getTranslation("editor.required"))
                .withConverter(new StringToIntegerConverter(getTranslation("editor.number")))
                .withValidator(new IntegerRangeValidator(getTranslation("editor.range", min, max), min, max))
                .bind(getter, setter);
        return field;
    }

    private Button iconButton(AppIcon icon, String labelKey, Consumer<ExerciseRow> action) {
        Button button = new Button(icon.create(), event -> action.accept(this));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey, exercise.name()));
        button.setTooltipText(getTranslation(labelKey, exercise.name()));
        return button;
    }

    /** Shows the row's place in the list; the first cannot move up, the last cannot move down. */
    void showPosition(int index, int count) {
        number.setText(getTranslation("editor.position", index + 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    ExerciseInfo exercise() {
        return exercise;
    }

    /** The row's exercise and dose if every field is valid; otherwise empty, with a message at each bad field. */
    Optional<RoutineDraft.Item> item() {
        Values values = new Values();
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        return Optional.of(new RoutineDraft.Item(exercise.id(), values.getHold(), values.getReps(), values.getSets(),
                values.getRest(), values.isPerSide()));
    }
}
