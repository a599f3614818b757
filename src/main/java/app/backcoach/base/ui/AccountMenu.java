package app.backcoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/**
 * The signed-in person's menu in the top bar: their name on a button that opens their pages and "Sign out"
 * ({@code frontend/components/account-menu.ts}, Vaadin's menu bar built in the browser). The server holds
 * one element and the actions; the browser sends back which choice was picked, by its place in the list.
 * A place outside the list does nothing.
 */
@Tag("bc-account-menu")
@JsModule("./components/account-menu.ts")
@Uses(MenuBar.class)
@Uses(SvgIcon.class)
public final class AccountMenu extends Component implements HasStyle {

    /** One choice: its label, shown as written, and what it does. */
    public record Choice(String label, Runnable action) {
    }

    private final transient List<Choice> choices;

    /**
     * @param name   the person's name, shown on the button
     * @param label  the button's accessible name
     * @param choices in the order shown
     */
    public AccountMenu(String name, String label, List<Choice> choices) {
        this.choices = List.copyOf(choices);
        getElement().setProperty("name", name);
        getElement().setProperty("label", label);
        getElement().setProperty("icon", AppIcon.SPRITE + "#" + AppIcon.USER.symbol());
        ArrayNode labels = JsonNodeFactory.instance.arrayNode();
        this.choices.forEach(choice -> labels.add(choice.label()));
        getElement().setProperty("choices", labels.toString());
        getElement().addEventListener("choose", event -> choose(event.getEventData().get("event.detail.index")))
                .addEventData("event.detail.index");
    }

    /** The labels of the choices, in order. */
    public List<String> labels() {
        return choices.stream().map(Choice::label).toList();
    }

    /** Does what the choice at {@code index} does, as a pick in the browser would; nothing outside the list. */
    private void choose(JsonNode index) {
        if (index != null && index.isIntegralNumber() && index.canConvertToInt()
                && index.intValue() >= 0 && index.intValue() < choices.size()) {
            choices.get(index.intValue()).action().run();
        }
    }
}
