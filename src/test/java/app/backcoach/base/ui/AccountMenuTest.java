package app.backcoach.base.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountMenuTest {

    private final List<String> done = new ArrayList<>();
    private AccountMenu menu;

    @BeforeEach
    void openAPageWithTheMenu() {
        MockVaadin.setup();
        menu = new AccountMenu("Ana <b>", "Account menu for Ana <b>", List.of(
                new AccountMenu.Choice("My account", () -> done.add("account")),
                new AccountMenu.Choice("Sign out", () -> done.add("sign out"))));
        UI.getCurrent().add(menu);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void sendsTheNameItsLabelAndTheChoicesToTheBrowserAsWritten() {
        assertThat(menu.getElement().getProperty("name")).isEqualTo("Ana <b>");
        assertThat(menu.getElement().getProperty("label")).isEqualTo("Account menu for Ana <b>");
        assertThat(menu.getElement().getProperty("icon")).isEqualTo("icons/app-icons.svg#user");
        assertThat(menu.getElement().getProperty("choices")).isEqualTo("[\"My account\",\"Sign out\"]");
        assertThat(menu.labels()).containsExactly("My account", "Sign out");
    }

    @Test
    void eachPlaceRunsItsOwnChoiceOnce() {
        pick(1);
        pick(0);

        assertThat(done).containsExactly("sign out", "account");
    }

    @Test
    void aPlaceOutsideTheListOrNotAWholeNumberRunsNothing() {
        pick(2);
        pick(-1);
        pick(Integer.MAX_VALUE);
        fire(JsonNodeFactory.instance.objectNode().put("event.detail.index", "0"));
        fire(JsonNodeFactory.instance.objectNode().put("event.detail.index", 0.5));
        fire(JsonNodeFactory.instance.objectNode().put("event.detail.index", 4_294_967_296L));
        fire(JsonNodeFactory.instance.objectNode().putNull("event.detail.index"));

        assertThat(done).isEmpty();
    }

    private void pick(int index) {
        fire(JsonNodeFactory.instance.objectNode().put("event.detail.index", index));
    }

    private void fire(tools.jackson.databind.node.ObjectNode data) {
        BasicUtilsKt._fireDomEvent(menu, "choose", data);
    }
}
