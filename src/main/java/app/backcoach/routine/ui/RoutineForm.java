package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.routine.ProgressionRule;
import app.backcoach.routine.Routine;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The routine editor's form: name, notes, progression, and the exercises in order with their doses.
 * Nothing leaves it unless every field is valid; each bad value is named at its field.
 */
class RoutineForm extends Composite<VerticalLayout> implements ExerciseRow.Actions {

    /** The form's editable copy of the routine's own fields. */
    static final class Values {
        private String name = "";
        private String description = "";
        private boolean progression;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }

        boolean isProgression() {
            return progression;
        }

        void setProgression(boolean progression) {
            this.progression = progression;
        }
    }

    private final Map<Long, ExerciseInfo> catalogue;
    private final Binder<Values> binder = new Binder<>();
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final OnOffSwitch progression;
    private final Div rows = new Div();
    private final List<ExerciseRow> rowList = new ArrayList<>();
    private final Span listError = new Span();
    private final Span adderError = new Span();

    RoutineForm(List<ExerciseInfo> exercises) {
        catalogue = exercises.stream().collect(Collectors.toMap(ExerciseInfo::id, Function.identity()));
        progression = new OnOffSwitch(getTranslation("editor.progression"));
        VerticalLayout layout = getContent();
        layout.addClassNames("routine-form", LumoUtility.Width.FULL);
        layout.setPadding(false);
        rows.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM,
                LumoUtility.Width.FULL);
        listError.addClassName("exercise-list-error");
        listError.setText(getTranslation("editor.noExercises"));
        listError.setVisible(false);
        H2 exercisesTitle = new H2(getTranslation("editor.exercises"));
        exercisesTitle.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        layout.add(nameField(), exercisesTitle, listError, rows, adder(exercises),
                descriptionField(), progressionField());
    }

    private TextField nameField() {
        name.setLabel(getTranslation("editor.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        binder.forField(name)
                .withValidator(value -> !value.isBlank(), getTranslation("editor.nameRequired"))
                .withValidator(new StringLengthValidator(getTranslation("editor.tooLong", Routine.NAME_MAX_LENGTH), 0,
                        Routine.NAME_MAX_LENGTH))
                .bind(Values::getName, Values::setName);
        countCharacters(name, Routine.NAME_MAX_LENGTH);
        return name;
    }

    private TextField descriptionField() {
        description.setLabel(getTranslation("editor.description"));
        description.setWidthFull();
        binder.forField(description)
                .withValidator(new StringLengthValidator(
                        getTranslation("editor.tooLong", Routine.DESCRIPTION_MAX_LENGTH), 0,
                        Routine.DESCRIPTION_MAX_LENGTH))
                .bind(Values::getDescription, Values::setDescription);
        countCharacters(description, Routine.DESCRIPTION_MAX_LENGTH);
        return description;
    }

    /**
     * Shows "n of max characters" under the field as the person types. The field has no maxlength of its
     * own: the browser would cut a pasted text without a word; too long a text is named at the field instead,
     * and not saved.
     */
    private void countCharacters(TextField field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> field.setHelperText(
                getTranslation("editor.characters", event.getValue().length(), max)));
        field.setHelperText(getTranslation("editor.characters", 0, max));
    }

    private Div progressionField() {
        binder.forField(progression).bind(Values::isProgression, Values::setProgression);
        Paragraph rule = new Paragraph(getTranslation("progression.rule", ProgressionRule.GOOD_WORKOUTS_NEEDED,
                ProgressionRule.REPS_ADDED));
        Paragraph source = new Paragraph(getTranslation("progression.source"));
        rule.addClassName(LumoUtility.Margin.Vertical.XSMALL);
        source.addClassNames("source", LumoUtility.Margin.Vertical.XSMALL);
        Div field = new Div(progression, rule, source);
        field.addClassName(LumoUtility.Width.FULL);
        return field;
    }

    /** One big button per library exercise: quicker than a list to open and scroll, on a phone on the floor. */
    private Div adder(List<ExerciseInfo> exercises) {
        adderError.addClassName("exercise-list-error");
        adderError.setText(getTranslation("editor.tooManyExercises", Routine.MAX_EXERCISES));
        adderError.setVisible(false);
        Div buttons = new Div();
        buttons.addClassNames("exercise-adder-buttons", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL);
        exercises.forEach(exercise -> {
            Button add = new Button(exercise.name(), AppIcon.PLUS.create(), event -> add(exercise));
            add.setAriaLabel(getTranslation("editor.add", exercise.name()));
            buttons.add(add);
        });
        H3 title = new H3(getTranslation("editor.addExercise"));
        title.addClassName(LumoUtility.Margin.Vertical.SMALL);
        Div adder = new Div(title, adderError, buttons);
        adder.addClassName(LumoUtility.Width.FULL);
        return adder;
    }

    private void add(ExerciseInfo exercise) {
        if (rowList.size() >= Routine.MAX_EXERCISES) {
            adderError.setVisible(true);
            return;
        }
        // a new exercise starts at the catalogue's dose, the one its source gives
        addRow(exercise, new RoutineDraft.Item(exercise.id(), exercise.dose().holdSeconds(), exercise.dose().reps(),
                exercise.dose().sets(), RoutineItem.DEFAULT_REST_SECONDS, exercise.dose().sideMode().perSide()));
        listError.setVisible(false);
    }

    /** Shows a draft: a stored routine to edit, a copy, or an empty new one. */
    void read(RoutineDraft draft) {
        Values values = new Values();
        values.setName(draft.name() == null ? "" : draft.name());
        values.setDescription(draft.description() == null ? "" : draft.description());
        values.setProgression(draft.progression());
        binder.readBean(values);
        rowList.clear();
        rows.removeAll();
        draft.items().forEach(item -> addRow(catalogue.get(item.exerciseId()), item));
    }

    /** The draft if every field is valid; otherwise empty, with a message at every bad field. */
    Optional<RoutineDraft> write() {
        boolean valid = binder.validate().isOk();
        List<RoutineDraft.Item> items = new ArrayList<>();
        for (ExerciseRow row : rowList) {
            Optional<RoutineDraft.Item> item = row.item();
            item.ifPresent(items::add);
            valid &= item.isPresent();
        }
        listError.setVisible(rowList.isEmpty());
        Values values = new Values();
        if (!valid || rowList.isEmpty() || !binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        return Optional.of(new RoutineDraft(values.getName(), values.getDescription(), values.isProgression(), items));
    }

    /**
     * After a refused save: the keyboard, and with it the view, go to the first field to fix (the message beside
     * Save names no field), or to the message that the routine has no exercise yet.
     */
    void showFirstProblem() {
        firstInvalid(getContent()).ifPresentOrElse(field -> ((Focusable<?>) field).focus(), () -> {
            if (listError.isVisible()) {
                listError.scrollIntoView();
            }
        });
    }

    private static Optional<Component> firstInvalid(Component parent) {
        for (Component child : parent.getChildren().toList()) {
            if (child.getElement().isTextNode() || !child.isVisible()) {
                continue;
            }
            if (child instanceof HasValidation field && field.isInvalid() && child instanceof Focusable<?>) {
                return Optional.of(child);
            }
            Optional<Component> inside = firstInvalid(child);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private void addRow(ExerciseInfo exercise, RoutineDraft.Item item) {
        ExerciseRow row = new ExerciseRow(exercise, item, this);
        rowList.add(row);
        rows.add(row);
        renumber();
    }

    @Override
    public void moveUp(ExerciseRow row) {
        moveTo(row, rowList.indexOf(row) - 1);
    }

    @Override
    public void moveDown(ExerciseRow row) {
        moveTo(row, rowList.indexOf(row) + 1);
    }

    @Override
    public void remove(ExerciseRow row) {
        rowList.remove(row);
        rows.remove(row);
        adderError.setVisible(false);
        renumber();
    }

    private void moveTo(ExerciseRow row, int index) {
        if (index < 0 || index >= rowList.size() || rowList.indexOf(row) == index) {
            return;
        }
        rowList.remove(row);
        rowList.add(index, row);
        rows.remove(row);
        rows.addComponentAtIndex(index, row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rowList.size(); i++) {
            rowList.get(i).showPosition(i, rowList.size());
        }
    }
}
