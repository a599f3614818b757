package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of the person's account page that a feature adds (e.g. calendar reminders). Features offer
 * their sections as Spring beans, so that the account page shows them without importing the features.
 */
public interface AccountSection {

    /** A new copy of the section, for one page. */
    Component create();
}
