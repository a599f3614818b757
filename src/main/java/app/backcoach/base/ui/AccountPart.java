package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the "My account" page that another feature offers as a Spring bean (the language and country,
 * from settings), so that the account page shows it without importing that feature.
 */
public interface AccountPart {

    /** The part, made anew for each account page. */
    Component create();
}
