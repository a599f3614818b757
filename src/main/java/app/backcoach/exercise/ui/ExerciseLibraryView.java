package app.backcoach.exercise.ui;

import app.backcoach.base.ui.PageFrame;
import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The exercise library: a card per exercise with its picture, purpose and default dose. */
@Route("exercises")
@PermitAll
@Menu(title = "nav.exercises", order = 10, icon = "book")
public class ExerciseLibraryView extends VerticalLayout implements HasDynamicTitle {

    /** Opens the exercise library. */
    public static void open() {
        UI.getCurrent().navigate(ExerciseLibraryView.class);
    }

    /** The address of the exercise library, for links. */
    public static String href() {
        return RouteConfiguration.forApplicationScope().getUrl(ExerciseLibraryView.class);
    }

    ExerciseLibraryView(ExerciseService exercises) {
        PageFrame.apply(this);
        Div cards = new Div();
        cards.addClassNames("card-grid", LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM, LumoUtility.Width.FULL);
        exercises.findAll().forEach(exercise -> cards.add(new ExerciseCard(exercise)));
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.intro")), cards,
                new Paragraph(getTranslation("app.disclaimer")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " · " + getTranslation("app.name");
    }
}
