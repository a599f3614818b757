package app.backcoach.safety.ui;

import app.backcoach.safety.RedFlag;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;

/**
 * One red-flag question with two big answers, "No" and "Yes". For a sign a doctor has already seen, it asks
 * instead whether that sign is new, worse or different since.
 */
class YesNoQuestion extends RadioButtonGroup<Boolean> {

    private final RedFlag flag;

    YesNoQuestion(RedFlag flag, boolean assessed) {
        this.flag = flag;
        addClassNames("yes-no", LumoUtility.Width.FULL, LumoUtility.Padding.Bottom.MEDIUM);
        setLabel(assessed ? getTranslation("safety.assessed", getTranslation(flag.key() + ".short"))
                : getTranslation(flag.key()));
        setItems(List.of(false, true));
        setItemLabelGenerator(yes -> getTranslation(yes ? "safety.yes" : "safety.no"));
        setErrorMessage(getTranslation("safety.answerThis"));
        addValueChangeListener(event -> setInvalid(false));
    }

    RedFlag flag() {
        return flag;
    }
}
