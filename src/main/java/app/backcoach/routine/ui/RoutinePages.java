package app.backcoach.routine.ui;

import app.backcoach.base.ui.PageCheck;
import app.backcoach.routine.RoutineKey;
import app.backcoach.routine.RoutineService;
import app.backcoach.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/**
 * The editor's pages for a routine exist only for a routine the person may see; only their own routines can
 * be edited. (The workout page of a routine is answered by the workout feature.)
 */
@org.springframework.stereotype.Component
class RoutinePages implements PageCheck {

    private final RoutineService routines;
    private final CurrentUser currentUser;

    RoutinePages(RoutineService routines, CurrentUser currentUser) {
        this.routines = routines;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Boolean> exists(Class<? extends Component> page, RouteParameters parameters) {
        if (page != RoutineEditorView.class || currentUser.principal().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> edit = parameters.get(RoutineEditorView.EDIT);
        if (edit.isPresent()) {
            return Optional.of(RoutineKey.isOwn(edit.get()) && routines.exists(edit.get()));
        }
        return parameters.get(RoutineEditorView.COPY).map(routines::exists);
    }
}
