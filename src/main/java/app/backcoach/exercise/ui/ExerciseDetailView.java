package app.backcoach.exercise.ui;

import app.backcoach.base.ui.DoseText;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** One exercise in full: picture, purpose, numbered steps, dose, cautions and its source. */
@Route("exercises/:slug")
@PermitAll
public class ExerciseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Route parameter: the exercise's key. */
    static final String SLUG = "slug";

    /** The address of an exercise's page, for links. */
    public static String href(String slug) {
        return RouteConfiguration.forApplicationScope().getUrl(ExerciseDetailView.class, new RouteParameters(SLUG, slug));
    }

    private final ExerciseService exercises;
    private String title = "";

    ExerciseDetailView(ExerciseService exercises) {
        this.exercises = exercises;
        PageFrame.apply(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        exercises.findBySlug(slug).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(ExerciseInfo exercise) {
        title = exercise.name();
        removeAll();
        add(PageFrame.backLink(ExerciseLibraryView.href(), getTranslation("detail.back")), new H1(exercise.name()),
                new Paragraph(exercise.purpose()), picture(exercise), dose(exercise),
                new H2(getTranslation("detail.steps")), steps(exercise),
                new H2(getTranslation("detail.cautions")), cautions(exercise), source(exercise));
    }

    private Image picture(ExerciseInfo exercise) {
        Image picture = new Image(exercise.imagePath(), getTranslation("detail.pictureOf", exercise.name()));
        picture.addClassNames("exercise-picture-large", LumoUtility.Display.BLOCK);
        return picture;
    }

    private Div dose(ExerciseInfo exercise) {
        Div dose = new Div(DoseText.of(this, exercise.dose()));
        dose.addClassName("dose-large");
        if (exercise.dose().sessionsPerDay() != null) {
            Paragraph sessions = new Paragraph(getTranslation("dose.sessions", exercise.dose().sessionsPerDay()));
            sessions.addClassNames(LumoUtility.Margin.Top.XSMALL, LumoUtility.Margin.Bottom.NONE);
            dose.add(sessions);
        }
        return dose;
    }

    private static OrderedList steps(ExerciseInfo exercise) {
        OrderedList list = new OrderedList();
        list.addClassName("steps");
        exercise.steps().forEach(step -> list.add(new ListItem(step)));
        return list;
    }

    private static UnorderedList cautions(ExerciseInfo exercise) {
        UnorderedList list = new UnorderedList();
        list.addClassName("cautions");
        exercise.cautions().forEach(caution -> list.add(new ListItem(caution)));
        return list;
    }

    private Paragraph source(ExerciseInfo exercise) {
        Paragraph source = new Paragraph(getTranslation("detail.source") + " " + exercise.source() + " ");
        source.addClassName("source");
        if (exercise.sourceUrl() != null) {
            source.add(new Anchor(exercise.sourceUrl(), exercise.sourceUrl(), AnchorTarget.BLANK));
        }
        return source;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
