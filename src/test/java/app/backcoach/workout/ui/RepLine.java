package app.backcoach.workout.ui;

import com.vaadin.flow.component.html.Span;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** The running workout's "Rep 1 of 2 · Set 1 of 1" line, in the page the Karibu tests have open. */
final class RepLine {

    private RepLine() {
    }

    /** The line as sent to the page, its no-break spaces included. */
    static String asSent() {
        return _get(Span.class, spec -> spec.withClasses("workout-position")).getText();
    }

    /** The line as read: its no-break spaces read as spaces. */
    static String asRead() {
        return asSent().replace('\u00a0', ' ');
    }
}
