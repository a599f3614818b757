package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Navigation;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.routine.EditableRoutine;
import app.backcoach.routine.InvalidRoutineException;
import app.backcoach.routine.Routine;
import app.backcoach.routine.RoutineChangedException;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineKey;
import app.backcoach.routine.RoutineService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.ConcurrencyFailureException;

import java.util.List;
import java.util.Optional;

/**
 * Makes or changes one of the person's own routines: {@code routines/new} starts empty,
 * {@code routines/<key>/copy} starts from a copy of any routine they may run (built-in ones included),
 * {@code routines/<id>/edit} changes one of their own. Built-in routines are never changed.
 */
@Route("routines/new")
@RouteAlias("routines/:copy/copy")
@RouteAlias("routines/:edit/edit")
@PermitAll
public class RoutineEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Route parameters: the key of the routine to edit, or to copy. */
    static final String EDIT = "edit";
    static final String COPY = "copy";

    /** Opens the editor on a new, empty routine. */
    public static void openNew() {
        UI.getCurrent().navigate(RoutineEditorView.class);
    }

    /** Opens the editor on one of the person's own routines. */
    public static void openEdit(String routineKey) {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(EDIT, routineKey));
    }

    /** Opens the editor on a copy of a routine. */
    public static void openCopy(String routineKey) {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(COPY, routineKey));
    }

    private final RoutineService routines;
    private final RoutineForm form;
    private final H1 title = new H1();
    private final Div changedElsewhere = new Div();
    private final Paragraph fixErrors = new Paragraph();
    private EditableRoutine editing;

    RoutineEditorView(RoutineService routines, ExerciseService exercises) {
        this.routines = routines;
        this.form = new RoutineForm(exercises.findAll());
        PageFrame.apply(this);
        addClassName("editor-page");
        changedElsewhere.addClassNames("changed-elsewhere", LumoUtility.Padding.MEDIUM);
        changedElsewhere.setVisible(false);
        Button save = new Button(getTranslation("editor.save"), AppIcon.CHECK.create(), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("editor.cancel"), event -> toRoutines());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        // shown in the page, not as a notification: see OnOffSwitch on what the bundle loads for new pages
        fixErrors.setText(getTranslation("editor.fixErrors"));
        fixErrors.addClassNames("editor-error", LumoUtility.Width.FULL, LumoUtility.Margin.NONE);
        fixErrors.getElement().setAttribute("role", "alert");
        fixErrors.setVisible(false);
        Div actions = new Div(fixErrors, save, cancel);
        actions.addClassNames("editor-actions", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        add(PageFrame.backLink(RoutinesView.PATH, getTranslation("editor.back")), title, changedElsewhere, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin may reuse this view for another editor address: forget the routine edited before
        editing = null;
        fixErrors.setVisible(false);
        changedElsewhere.setVisible(false);
        RouteParameters parameters = event.getRouteParameters();
        Optional<String> edit = parameters.get(EDIT);
        Optional<String> copy = parameters.get(COPY);
        if (edit.isPresent()) {
            Optional<EditableRoutine> found = edit.flatMap(RoutineKey::ownId).flatMap(routines::findEditable);
            found.ifPresentOrElse(this::showEditing, () -> event.rerouteToError(NotFoundException.class));
        } else if (copy.isPresent()) {
            routines.draftOf(copy.get()).ifPresentOrElse(this::showCopy,
                    () -> event.rerouteToError(NotFoundException.class));
        } else {
            title.setText(getTranslation("editor.titleNew"));
            form.read(new RoutineDraft("", null, false, List.of()));
        }
    }

    /** Opened from far down the routines page, the editor still starts at its top. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        scrollIntoView();
    }

    private void showEditing(EditableRoutine routine) {
        editing = routine;
        title.setText(getTranslation("editor.titleEdit"));
        form.read(routine.draft());
    }

    private void showCopy(RoutineDraft original) {
        title.setText(getTranslation("editor.titleCopy"));
        String name = getTranslation("routines.copyOf", original.name());
        form.read(new RoutineDraft(name.substring(0, Math.min(name.length(), Routine.NAME_MAX_LENGTH)),
                original.description(), original.progression(), original.items()));
    }

    private void save() {
        Optional<RoutineDraft> draft = form.write();
        fixErrors.setVisible(draft.isEmpty());
        if (draft.isEmpty()) {
            form.showFirstProblem();
            return;
        }
        try {
            if (editing == null) {
                routines.create(draft.get());
            } else {
                routines.update(editing.id(), editing.version(), draft.get());
            }
        } catch (RoutineChangedException | ConcurrencyFailureException changed) {
            showChangedElsewhere();
            return;
        } catch (InvalidRoutineException invalid) {
            fixErrors.setVisible(true);
            return;
        }
        toRoutines();
    }

    /** Never a silent overwrite: say what happened and offer to load the routine as it is now. */
    private void showChangedElsewhere() {
        Button reload = new Button(getTranslation("editor.reload"), AppIcon.REFRESH.create(),
                event -> getUI().ifPresent(ui -> ui.getPage().reload()));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changedElsewhere.removeAll();
        Paragraph text = new Paragraph(getTranslation("editor.changedElsewhere"));
        text.addClassName(LumoUtility.Margin.Top.NONE);
        changedElsewhere.add(text, reload);
        changedElsewhere.getElement().setAttribute("role", "alert");
        changedElsewhere.setVisible(true);
        changedElsewhere.scrollIntoView();
    }

    private void toRoutines() {
        Navigation.open(RoutinesView.PATH);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
