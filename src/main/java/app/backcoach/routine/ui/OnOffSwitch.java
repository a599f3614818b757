package app.backcoach.routine.ui;

import app.backcoach.base.ui.AppIcon;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A yes/no choice as one big button that says its state ("Each side separately: on"), pressed with a
 * thumb from the floor. A plain button, not a checkbox: the committed frontend bundle loads no checkbox
 * on pages that did not exist when it was built (see docs/decisions/0012).
 */
class OnOffSwitch extends AbstractCompositeField<Button, OnOffSwitch, Boolean> {

    private final String label;

    OnOffSwitch(String label) {
        super(false);
        this.label = label;
        getContent().addClassName("on-off-switch");
        getContent().addClickListener(event -> {
            boolean on = !getValue();
            show(on);
            setModelValue(on, true);
        });
        show(false);
    }

    String getLabel() {
        return label;
    }

    @Override
    protected void setPresentationValue(Boolean on) {
        show(Boolean.TRUE.equals(on));
    }

    private void show(boolean on) {
        Button button = getContent();
        button.setText(getTranslation(on ? "editor.switchOn" : "editor.switchOff", label));
        button.setIcon((on ? AppIcon.CHECK_SQUARE_O : AppIcon.THIN_SQUARE).create());
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        }
    }
}
