package app.backcoach.base.ui;

import app.backcoach.base.Notice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;

/**
 * Advice, each in a box with its reason and its source. Shows nothing when there is none. Advice that
 * {@linkplain Notice#leadsToHomeCare() leads to home care} gets a button to it; advice that
 * {@linkplain Notice#asksIfSettled() asks if symptoms settled} lets the person say so.
 */
public class AdviceBox extends Div {

    /**
     * @param homeCare    the address of home care (its page's {@code PATH})
     * @param settled     runs when the person says their symptoms have settled; {@code null} where the page
     *                    offers no such answer
     */
    public AdviceBox(List<? extends Notice> advice, String homeCare, Runnable settled) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM,
                LumoUtility.Width.FULL);
        setVisible(!advice.isEmpty());
        advice.forEach(item -> add(box(item, homeCare, settled)));
    }

    private Div box(Notice notice, String homeCare, Runnable settled) {
        String key = notice.key();
        Div box = new Div(new H2(getTranslation("advice.title." + key)),
                new Paragraph(getTranslation("advice.text." + key, notice.days())),
                new Paragraph(getTranslation("advice.why." + key)));
        box.addClassName("advice-box");
        box.getElement().setAttribute("role", "status");
        if (notice.leadsToHomeCare()) {
            Button care = new Button(getTranslation("advice.homeCare"), AppIcon.HEART.create(),
                    event -> Navigation.open(homeCare));
            care.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            box.add(care);
        }
        if (notice.asksIfSettled() && settled != null) {
            Button done = new Button(getTranslation("advice.settled"), AppIcon.CHECK.create(), event -> {
                settled.run();
                box.removeAll();
                box.add(new Paragraph(getTranslation("advice.settledDone")));
            });
            done.addThemeVariants(ButtonVariant.LUMO_LARGE);
            box.add(done);
        }
        box.add(new SourceLine("advice.source." + key, notice.source()));
        return box;
    }
}
