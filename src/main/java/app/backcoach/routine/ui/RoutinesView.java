package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Navigation;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The routines one can run, built-in ones and one's own, each with a Start button; own routines are made here. */
@Route(RoutinesView.PATH)
@PermitAll
@Menu(title = "nav.routines", order = 5, icon = "play-circle")
public class RoutinesView extends VerticalLayout implements HasDynamicTitle {

    /**
     * The address template of a routine's workout page. The workout page mounts itself here, so that this list
     * can start a routine without depending on the workout feature (which depends on routines).
     */
    public static final String WORKOUT_PARAMETER = "routine";
    public static final String WORKOUT_ROUTE = "workout/:" + WORKOUT_PARAMETER;

    /**
     * The address of the list of routines. Others link here by this constant, not by the class (see
     * base.ui.Navigation).
     */
    public static final String PATH = "routines";

    private final RoutineService routines;
    private final Div builtIn = grid();
    private final Div mine = grid();
    private final Paragraph noneOfYourOwn = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final RoutineCard.Actions actions = new RoutineCard.Actions(
            routine -> Navigation.open(Navigation.fill(WORKOUT_ROUTE, routine.key())),
            routine -> RoutineEditorView.openEdit(routine.key()),
            routine -> RoutineEditorView.openCopy(routine.key()),
            this::delete);

    RoutinesView(RoutineService routines) {
        this.routines = routines;
        PageFrame.apply(this);
        Button create = new Button(getTranslation("routines.new"), AppIcon.PLUS.create(),
                event -> RoutineEditorView.openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClassName("new-routine");
        noneOfYourOwn.setText(getTranslation("routines.noneOfYourOwn"));
        status.addClassName("routines-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(new H1(getTranslation("routines.title")), new Paragraph(getTranslation("routines.intro")), create, status,
                new H2(getTranslation("routines.mine")), noneOfYourOwn, mine,
                new H2(getTranslation("routines.builtIn")), builtIn);
        show();
    }

    private void show() {
        List<RoutineInfo> all = routines.findAll();
        builtIn.removeAll();
        mine.removeAll();
        all.forEach(routine -> (routine.builtIn() ? builtIn : mine).add(new RoutineCard(routine, actions)));
        noneOfYourOwn.setVisible(mine.getComponentCount() == 0);
    }

    private void delete(RoutineInfo routine) {
        status.setText(getTranslation(routines.delete(routine.id()) ? "routines.deleted" : "routines.deleteGone"));
        status.setVisible(true);
        show();
    }

    private static Div grid() {
        Div grid = new Div();
        grid.addClassNames("card-grid", LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM, LumoUtility.Width.FULL);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routines.title") + " · " + getTranslation("app.name");
    }
}
