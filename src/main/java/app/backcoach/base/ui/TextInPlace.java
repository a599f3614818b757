package app.backcoach.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.dom.Element;

/**
 * Sets a component's text where it changes at every timer phase. Vaadin's {@code setText} takes the text out
 * of its element and puts it back on each call, changed or not: on the server a detach and an attach of the
 * text's node, on the wire two changes to the element's children. Here an element that holds one text
 * already gets that text's words changed in place, and only when they differ.
 */
public final class TextInPlace {

    private TextInPlace() {
    }

    public static void set(HasText component, String text) {
        Element element = component.getElement();
        if (text != null && !text.isEmpty() && element.getChildCount() == 1 && element.getChild(0).isTextNode()) {
            element.getChild(0).setText(text);
        } else {
            component.setText(text);
        }
    }
}
