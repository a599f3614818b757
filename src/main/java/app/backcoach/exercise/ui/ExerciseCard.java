package app.backcoach.exercise.ui;

import app.backcoach.base.ui.DoseText;
import app.backcoach.exercise.ExerciseInfo;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A library card: the whole card links to the exercise's page. */
class ExerciseCard extends Anchor {

    ExerciseCard(ExerciseInfo exercise) {
        super(ExerciseDetailView.href(exercise.slug()));
        addClassNames("exercise-card", LumoUtility.Display.BLOCK);
        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED, CardVariant.LUMO_STRETCH_MEDIA);
        Image picture = new Image(exercise.imagePath(), "");
        picture.addClassNames("exercise-picture", LumoUtility.Display.BLOCK);
        card.setMedia(picture);
        card.setTitle(exercise.name(), 2);
        card.setSubtitle(exercise.purpose());
        Span dose = new Span(DoseText.of(this, exercise.dose()));
        dose.addClassName("dose");
        card.add(dose);
        add(card);
    }
}
