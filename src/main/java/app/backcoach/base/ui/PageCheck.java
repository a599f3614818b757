package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/**
 * A feature's answer to the not-found filter for its own item pages: whether the item a page address names
 * exists for the signed-in person. Lets a feature give its pages their 404 without the ground floor
 * importing it.
 */
public interface PageCheck {

    /**
     * Empty if the page is not one of this feature's item pages; otherwise whether the item its parameters
     * name exists for the person (someone else's counts as none). Signed out, a page of personal items
     * sends the visitor to sign in: answer empty then.
     */
    Optional<Boolean> exists(Class<? extends Component> page, RouteParameters parameters);
}
