package app.backcoach.history.ui;

import app.backcoach.base.ui.PageCheck;
import app.backcoach.history.HistoryService;
import app.backcoach.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/** A workout's page exists only for the person whose workout it is. */
@org.springframework.stereotype.Component
class HistoryPages implements PageCheck {

    private final HistoryService history;
    private final CurrentUser currentUser;

    HistoryPages(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Boolean> exists(Class<? extends Component> page, RouteParameters parameters) {
        // signed out, the page sends the visitor to sign in
        if (page != HistoryDetailView.class || currentUser.principal().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parameters.get(HistoryDetailView.ID).flatMap(HistoryDetailView::workoutId)
                .filter(history::exists).isPresent());
    }
}
