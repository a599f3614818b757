package app.backcoach.exercise.ui;

import app.backcoach.base.ui.PageCheck;
import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/** An exercise's page exists only for an exercise of the catalogue. */
@org.springframework.stereotype.Component
class ExercisePages implements PageCheck {

    private final ExerciseService exercises;

    ExercisePages(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public Optional<Boolean> exists(Class<? extends Component> page, RouteParameters parameters) {
        if (page != ExerciseDetailView.class) {
            return Optional.empty();
        }
        return Optional.of(parameters.get(ExerciseDetailView.SLUG).flatMap(exercises::findBySlug).isPresent());
    }
}
