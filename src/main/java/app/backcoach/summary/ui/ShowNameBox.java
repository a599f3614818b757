package app.backcoach.summary.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/**
 * A plain HTML checkbox. Not Vaadin's checkbox: the committed frontend bundle loads no checkbox on pages that
 * did not exist when it was built (see docs/decisions/0012), and a native one needs nothing from the bundle.
 */
@Tag("input")
class ShowNameBox extends AbstractSinglePropertyField<ShowNameBox, Boolean> {

    ShowNameBox(String id) {
        super("checked", false, false);
        getElement().setAttribute("type", "checkbox");
        setId(id);
        addClassName("clinician-checkbox");
        setSynchronizedEvent("change");
    }
}
