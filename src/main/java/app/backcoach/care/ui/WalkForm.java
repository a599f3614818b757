package app.backcoach.care.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.care.CareRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.function.IntConsumer;

/**
 * Walks: today's count against the target, how long the next walk should be (a number of minutes within
 * {@link CareRules}' limits, checked at the field) and Start.
 */
class WalkForm extends Div {

    private final IntegerField minutes = new IntegerField();
    private final Paragraph count = new Paragraph();
    private final Binder<Walk> binder = new Binder<>();
    private final Walk walk = new Walk();

    /** The walk the person is about to start. */
    static final class Walk {
        private Integer minutes = CareRules.WALK_DEFAULT_MINUTES;

        Integer getMinutes() {
            return minutes;
        }

        void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }

    WalkForm(IntConsumer start) {
        addClassNames("care-section", LumoUtility.Width.FULL);
        String bad = getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES);
        minutes.setLabel(getTranslation("care.walk.minutes"));
        minutes.setMin(CareRules.WALK_MIN_MINUTES);
        minutes.setMax(CareRules.WALK_MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.addClassName("walk-minutes");
        minutes.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(bad).setMinErrorMessage(bad)
                .setMaxErrorMessage(bad).setRequiredErrorMessage(bad));
        binder.forField(minutes).asRequired(bad)
                .withValidator(new IntegerRangeValidator(bad, CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES))
                .bind(Walk::getMinutes, Walk::setMinutes);
        binder.setBean(walk);
        Button go = new Button(getTranslation("care.walk.start"), AppIcon.MALE.create(), event -> {
            if (binder.validate().isOk() && !minutes.isInvalid()) {
                start.accept(walk.getMinutes());
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        count.addClassName("care-count");
        add(new H2(getTranslation("care.walk.title")), count, new Paragraph(getTranslation("care.walk.advice")),
                minutes, go, new SourceLine("care.walk.source", null));
    }

    void showToday(int walks) {
        count.setText(getTranslation("care.walk.today", walks, CareRules.WALKS_PER_DAY_LOW,
                CareRules.WALKS_PER_DAY_HIGH));
    }
}
