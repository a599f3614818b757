package app.backcoach.history.ui;

import app.backcoach.base.ui.PageCheck;
import app.backcoach.history.HistoryService;
import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A workout's page ({@code history/<id>}) exists only for the person whose workout it is. */
@Component
class HistoryPages implements PageCheck {

    private static final Pattern WORKOUT = Pattern.compile("history/([^/]+)");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final HistoryService history;
    private final CurrentUser currentUser;

    HistoryPages(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Boolean> exists(String path) {
        Matcher workout = WORKOUT.matcher(path);
        // signed out, the page sends the visitor to sign in
        if (!workout.matches() || currentUser.principal().isEmpty()) {
            return Optional.empty();
        }
        String id = workout.group(1);
        return Optional.of(ID.matcher(id).matches() && history.exists(Long.parseLong(id)));
    }
}
