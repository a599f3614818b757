package app.backcoach.workout.ui;

import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The routines one can run, each with its exercises, doses, duration and a Start button. */
@Route("routines")
@PermitAll
@Menu(title = "nav.routines", order = 5, icon = "vaadin:play-circle")
class RoutinesView extends VerticalLayout implements HasDynamicTitle {

    RoutinesView(RoutineService routines) {
        addClassName("page");
        Div cards = new Div();
        cards.addClassName("card-grid");
        routines.findAll().forEach(routine -> cards.add(card(routine)));
        add(new H1(getTranslation("routines.title")), new Paragraph(getTranslation("routines.intro")), cards);
    }

    private Card card(RoutineInfo routine) {
        Card card = new Card();
        card.addClassName("routine-card");
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setTitle(routine.name(), 2);
        card.add(new RoutineSummary(routine));
        Button start = new Button(getTranslation("routines.start"), VaadinIcon.PLAY.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("workout/" + routine.key())));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setAriaLabel(getTranslation("routines.start") + " " + routine.name());
        card.addToFooter(start);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routines.title") + " · " + getTranslation("app.name");
    }
}
