package app.backcoach.base.ui;

import app.backcoach.KaribuTest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @BeforeEach
    void signInAndOpenThePage() {
        signInAsNewUser();
        ui().navigate("exercises");
    }

    @Test
    void theAccountMenuNamesThePersonAndListsTheirPagesThenSignOut() {
        AccountMenu menu = _get(AccountMenu.class);

        assertThat(menu.getElement().getProperty("name")).startsWith("user");
        assertThat(menu.getElement().getProperty("label")).isEqualTo("Account menu for " + menu.getElement().getProperty("name"));
        assertThat(menu.labels()).containsExactly("My account", "Summary for my physiotherapist or doctor", "Sign out");
        assertThat(menu.getElement().getProperty("choices"))
                .isEqualTo("[\"My account\",\"Summary for my physiotherapist or doctor\",\"Sign out\"]");
    }

    @Test
    void aChoiceSentByTheBrowserOpensItsPage() {
        pick(0);

        assertThat(currentPath()).isEqualTo("account");
    }

    private static void pick(int index) {
        BasicUtilsKt._fireDomEvent(_get(AccountMenu.class), "choose", JsonNodeFactory.instance.objectNode()
                .put("event.detail.index", index));
    }

    private static String currentPath() {
        return ui().getInternals().getActiveViewLocation().getPath();
    }
}
