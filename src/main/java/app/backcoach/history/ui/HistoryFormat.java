package app.backcoach.history.ui;

import app.backcoach.history.HistoryEntry;
import app.backcoach.settings.Preferences;
import com.vaadin.flow.component.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates, times and durations in the person's own time zone and in the page's language. */
final class HistoryFormat {

    private final Component owner;
    private final DateTimeFormatter dateTime;

    HistoryFormat(Component owner, Preferences preferences) {
        this.owner = owner;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(preferences.zone());
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** How a workout ended, if it did: "Complete", "In progress" or "Partial". */
    String status(HistoryEntry entry) {
        return owner.getTranslation(entry.complete() ? "history.complete"
                : entry.inProgress() ? "history.inProgress" : "history.partial");
    }

    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 0 ? owner.getTranslation("history.seconds", duration.toSecondsPart())
                : owner.getTranslation("history.minutes", minutes);
    }
}
