package app.backcoach.workout.ui;

import app.backcoach.base.ui.PageCheck;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/** A routine's workout page exists only for a routine the person may see (someone else's counts as none). */
@org.springframework.stereotype.Component
class WorkoutPages implements PageCheck {

    private final RoutineService routines;
    private final CurrentUser currentUser;

    WorkoutPages(RoutineService routines, CurrentUser currentUser) {
        this.routines = routines;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Boolean> exists(Class<? extends Component> page, RouteParameters parameters) {
        if (page != WorkoutView.class || currentUser.principal().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parameters.get(WorkoutView.ROUTINE).map(routines::exists).orElse(false));
    }
}
