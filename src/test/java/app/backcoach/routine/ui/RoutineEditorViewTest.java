package app.backcoach.routine.ui;

import app.backcoach.KaribuTest;
import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.base.ui.NotFoundView;
import app.backcoach.routine.EditableRoutine;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RoutineEditorViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoutineService routines;

    private AccountPrincipal me;

    @BeforeEach
    void signInAndOpenANewRoutine() {
        me = signInAsNewUser();
        ui().navigate("routines/new");
    }

    @Test
    void aNewRoutineIsMadeFromLibraryExercisesWithTheirOwnDoses() {
        assertThat(_get(H1.class, spec -> spec.withText("New routine"))).isNotNull();
        name().setValue("Evening stretch");
        add("Knee-to-chest (single)");
        add("Pelvic tilt");
        field(row(0), "Reps").setValue("6");
        field(row(1), "Hold (seconds)").setValue("8");
        field(row(1), "Rest (seconds)").setValue("0");

        save();

        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("routines");
        List<Map<String, Object>> items = storedItems();
        assertThat(items).extracting(i -> i.get("SLUG")).containsExactly("knee-to-chest", "pelvic-tilt");
        assertThat(items.get(0)).containsEntry("REPS", 6).containsEntry("SIDE_MODE", "LEFT_THEN_RIGHT");
        assertThat(items.get(1)).containsEntry("HOLD_SECONDS", 8).containsEntry("REST_SECONDS", 0)
                .containsEntry("SIDE_MODE", "NONE");
    }

    @Test
    void everyDoseFieldAcceptsItsLimitsAndNamesEachBadValue() {
        name().setValue("Limits");
        add("Pelvic tilt");
        checkLimits("Hold (seconds)", 1, 120);
        checkLimits("Reps", 1, 30);
        checkLimits("Sets", 1, 5);
        checkLimits("Rest (seconds)", 0, 180);
    }

    private void checkLimits(String label, int min, int max) {
        TextField field = field(row(0), label);
        String range = "Choose a number from " + min + " to " + max + ".";
        expectValid(field, String.valueOf(min));
        expectValid(field, String.valueOf(max));
        expectError(field, String.valueOf(min - 1), range);
        expectError(field, String.valueOf(max + 1), range);
        expectError(field, "", "Please enter a number.");
        expectError(field, "ten", "Enter a whole number, like 10.");
        expectError(field, "2.5", "Enter a whole number, like 10.");
        expectError(field, "99999999999", "Enter a whole number, like 10.");
        expectNothingSavedOnSave();
        field.setValue(String.valueOf(min));
    }

    @Test
    void theNameIsRequiredAndAtMostEightyCharacters() {
        add("Pelvic tilt");
        expectError(name(), "", "Please give the routine a name.");
        expectNothingSavedOnSave();
        expectError(name(), "   ", "Please give the routine a name.");
        expectNothingSavedOnSave();
        expectError(name(), "x".repeat(81), "Use at most 80 characters.");
        expectNothingSavedOnSave();
        expectError(name(), "x".repeat(10_000), "Use at most 80 characters.");
        assertThat(name().getHelperText()).isEqualTo("10,000 of 80 characters");
        expectNothingSavedOnSave();
        // no maxlength in the browser: it would cut a pasted name to 80 characters without a word
        assertThat(name().getMaxLength()).isZero();

        expectValid(name(), "x".repeat(80));
        save();
        assertThat(storedNames()).containsExactly("x".repeat(80));
    }

    @Test
    void notesAreOptionalAndAtMostThreeHundredCharacters() {
        name().setValue("With notes");
        add("Pelvic tilt");
        TextField notes = _get(TextField.class, spec -> spec.withLabel("Notes (optional)"));
        notes.setValue("n".repeat(301));
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo("Use at most 300 characters.");
        expectNothingSavedOnSave();

        notes.setValue("n".repeat(300));
        save();
        assertThat(storedNames()).containsExactly("With notes");
    }

    @Test
    void aRoutineNeedsAtLeastOneExercise() {
        name().setValue("Empty");
        expectNothingSavedOnSave();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("exercise-list-error"))
                .getText()).isEqualTo("Add at least one exercise.");
    }

    @Test
    void aRoutineHoldsAtMostTwentyExercises() {
        for (int i = 0; i < 20; i++) {
            add("Pelvic tilt");
        }
        add("Prone press-up");

        assertThat(rows()).hasSize(20);
        assertThat(_get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("A routine holds at most 20 exercises.")).isVisible()).isTrue();
    }

    @Test
    void aNameWithMarkupIsStoredAndShownAsText() {
        String markup = "<b>Bold</b> <script>alert('x')</script><img src=x onerror=alert(1)>";
        name().setValue(markup);
        add("Pelvic tilt");
        save();

        long id = jdbc.queryForObject("select id from routine where user_id = ?", Long.class, me.id());
        ui().navigate("workout/" + id);
        H1 title = _get(H1.class, spec -> spec.withText(markup));
        assertThat(title.getElement().getChildren()).as("one text node, no parsed elements").singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(title.getElement().getProperty("innerHTML")).isNull();
        ui().navigate("routines/" + id + "/edit");
        assertThat(name().getValue()).isEqualTo(markup);
    }

    @Test
    void exercisesMoveUpAndDownAndAreRemovedWithButtons() {
        name().setValue("Order");
        add("Pelvic tilt");
        add("Prayer stretch (child's pose)");
        add("Prone press-up");
        assertThat(_get(row(0), Button.class, spec -> spec.withAttribute("aria-label", "Move Pelvic tilt up"))
                .isEnabled()).as("the first cannot move up").isFalse();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Prone press-up up")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Pelvic tilt down")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Prayer stretch (child's pose)")));
        save();

        assertThat(storedItems()).extracting(i -> i.get("SLUG")).containsExactly("prone-press-up", "pelvic-tilt");
    }

    @Test
    void onlyAnExerciseDoneOneSideAtATimeOffersPerSide() {
        add("Pelvic tilt");
        add("Knee-to-chest (single)");

        assertThat(_find(row(0), OnOffSwitch.class)).isEmpty();
        OnOffSwitch perSide = _get(row(1), OnOffSwitch.class);
        assertThat(perSide.getLabel()).isEqualTo("Each side separately");
        assertThat(perSide.getValue()).as("the catalogue's way by default").isTrue();

        name().setValue("Both legs at once");
        _click(_get(perSide, Button.class, spec -> spec.withText("Each side separately: on")));
        assertThat(perSide.getValue()).isFalse();
        assertThat(_get(perSide, Button.class).getText()).isEqualTo("Each side separately: off");
        save();
        assertThat(storedItems().get(1)).containsEntry("SIDE_MODE", "NONE");
    }

    @Test
    void gentleProgressionIsOffUntilSwitchedOnAndShowsItsRuleAndSource() {
        name().setValue("Growing");
        add("Pelvic tilt");
        Button progression = _get(Button.class, spec -> spec.withText("Gentle progression: off"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Gentle progression: after 3 finished workouts"))
                .anySatisfy(text -> assertThat(text).startsWith("Based on NHS inform guidance"));

        _click(progression);
        assertThat(progression.getText()).isEqualTo("Gentle progression: on");
        save();

        assertThat(jdbc.queryForObject("select progression from routine where user_id = ?", Boolean.class, me.id()))
                .isTrue();
    }

    @Test
    void anOwnRoutineOpensForEditingAndSavesItsChanges() {
        long id = TestRoutines.create(jdbc, me.id(), "Mine", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("routines/" + id + "/edit");

        assertThat(_get(H1.class, spec -> spec.withText("Edit routine"))).isNotNull();
        assertThat(name().getValue()).isEqualTo("Mine");
        assertThat(field(row(0), "Reps").getValue()).isEqualTo("2");
        name().setValue("Mine, renamed");
        field(row(0), "Reps").setValue("4");
        save();

        assertThat(storedNames()).containsExactly("Mine, renamed");
        assertThat(storedItems()).singleElement().satisfies(item -> assertThat(item).containsEntry("REPS", 4));
    }

    @Test
    void goingFromEditingToANewRoutineInTheSameViewMakesANewOne() {
        long id = TestRoutines.create(jdbc, me.id(), "Mine", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("routines/" + id + "/edit");
        ui().navigate("routines/new");

        name().setValue("Another");
        add("Pelvic tilt");
        save();

        assertThat(storedNames()).containsExactlyInAnyOrder("Mine", "Another");
    }

    @Test
    void whenAnotherTabSavedFirstThisSaveIsRefusedWithAClearMessage() {
        long id = TestRoutines.create(jdbc, me.id(), "Shared", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("routines/" + id + "/edit");
        name().setValue("From this tab");

        // the other tab loaded the same version and saved first
        EditableRoutine otherTab = routines.findEditable(id).orElseThrow();
        routines.update(id, otherTab.version(), new RoutineDraft("From the other tab", null, false,
                otherTab.draft().items()));
        save();

        Div message = _get(Div.class, spec -> spec.withClasses("changed-elsewhere"));
        assertThat(message.getElement().getTextRecursively()).contains("changed or deleted elsewhere");
        assertThat(_find(message, Button.class, spec -> spec.withText("Reload"))).hasSize(1);
        assertThat(storedNames()).containsExactly("From the other tab");
    }

    @Test
    void aBuiltInRoutineOpensAsACopyAndStaysAsItIs() {
        ui().navigate("routines/quick-relief/copy");

        assertThat(name().getValue()).isEqualTo("Copy of Gentle start");
        assertThat(rows()).hasSize(2);
        save();

        assertThat(storedNames()).containsExactly("Copy of Gentle start");
        assertThat(storedItems()).extracting(i -> i.get("SLUG"))
                .containsExactly("pelvic-tilt", "knee-to-chest");
        assertThat(jdbc.queryForObject("select count(*) from routine_exercise where routine_id = 1", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void builtInOrSomeoneElsesOrUnknownRoutinesAreNotFound() {
        AccountPrincipal other = TestAccounts.create(accounts, "other");
        long theirs = TestRoutines.create(jdbc, other.id(), "Theirs", "pelvic-tilt", 2, 2, 1, 0);

        for (String path : List.of("routines/" + theirs + "/edit", "routines/" + theirs + "/copy", "routines/1/edit",
                "routines/quick-relief/edit", "routines/abc/edit", "routines/999999999/edit", "routines/nope/copy")) {
            ui().navigate(path);
            assertThat(_get(NotFoundView.class)).as(path).isNotNull();
        }
    }

    private void expectValid(TextField field, String value) {
        field.setValue(value);
        assertThat(field.isInvalid()).as("%s = '%s'", field.getLabel(), value).isFalse();
    }

    private static void expectError(TextField field, String value, String message) {
        field.setValue(value);
        if (value.isEmpty()) {
            save();
        }
        assertThat(field.isInvalid()).as("%s = '%s'", field.getLabel(), value).isTrue();
        assertThat(field.getErrorMessage()).as("%s = '%s'", field.getLabel(), value).isEqualTo(message);
    }

    private void expectNothingSavedOnSave() {
        save();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("editor-error")).getText())
                .isEqualTo("Please correct the fields marked in red. Nothing was saved.");
        assertThat(storedNames()).isEmpty();
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("routines/new");
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withLabel("Name"));
    }

    private static void add(String exercise) {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Add " + exercise)));
    }

    private static List<ExerciseRow> rows() {
        return _find(ExerciseRow.class);
    }

    private static ExerciseRow row(int index) {
        return rows().get(index);
    }

    private static TextField field(Component row, String label) {
        return _get(row, TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save routine")));
    }

    private List<String> storedNames() {
        return jdbc.queryForList("select name from routine where user_id = ? order by id", String.class, me.id());
    }

    private List<Map<String, Object>> storedItems() {
        return jdbc.queryForList("""
                select e.slug, x.hold_seconds, x.reps, x.sets, x.rest_seconds, x.side_mode from routine_exercise x
                join exercise e on e.id = x.exercise_id join routine r on r.id = x.routine_id
                where r.user_id = ? order by r.id desc, x.position""", me.id());
    }
}
