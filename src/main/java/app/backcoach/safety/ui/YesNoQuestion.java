package app.backcoach.safety.ui;

import app.backcoach.safety.RedFlag;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;

/** One red-flag question with two big answers, "No" and "Yes". */
class YesNoQuestion extends RadioButtonGroup<Boolean> {

    private final RedFlag flag;

    YesNoQuestion(RedFlag flag) {
        this.flag = flag;
        addClassName("yes-no");
        setLabel(getTranslation(flag.key()));
        setItems(List.of(false, true));
        setItemLabelGenerator(yes -> getTranslation(yes ? "safety.yes" : "safety.no"));
        setErrorMessage(getTranslation("safety.answerThis"));
        addValueChangeListener(event -> setInvalid(false));
    }

    RedFlag flag() {
        return flag;
    }
}
