package app.backcoach.summary.ui;

import app.backcoach.base.ui.UserMenuEntry;
import org.springframework.stereotype.Component;

/** The summary for a clinician, in the person's menu beside "My account". */
@Component
class SummaryMenuEntry implements UserMenuEntry {

    @Override
    public String labelKey() {
        return "clinician.menu";
    }

    @Override
    public void open() {
        SummaryView.open();
    }
}
