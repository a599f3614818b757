package app.backcoach.security.ui;

import app.backcoach.base.ui.UserMenuEntry;
import org.springframework.stereotype.Component;

/** The account page, in the person's menu. */
@Component
class AccountMenuEntry implements UserMenuEntry {

    @Override
    public String labelKey() {
        return "layout.account";
    }

    @Override
    public void open() {
        AccountView.open();
    }
}
