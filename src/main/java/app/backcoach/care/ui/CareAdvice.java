package app.backcoach.care.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.function.Consumer;

/** The parts of home care that need no pack: slow breathing (with a timer) and what helps between times. */
final class CareAdvice {

    private CareAdvice() {
    }

    static Div breathing(Consumer<CareKind> start) {
        Button breathe = new Button(breatheLabel(), AppIcon.CLOUD.create(), event -> start.accept(CareKind.BREATHE));
        breathe.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div section = new Div(new H2(text("care.breathe.title")), new Paragraph(text("care.breathe.advice")), breathe,
                new SourceLine("care.breathe.source", null));
        section.addClassNames("care-section", LumoUtility.Width.FULL);
        return section;
    }

    static Div betweenTimes() {
        UnorderedList tips = new UnorderedList(new ListItem(text("care.between.bedRest")),
                new ListItem(text("care.between.position")), new ListItem(text("care.between.drink")));
        Div section = new Div(new H2(text("care.between.title")), tips, new SourceLine("care.between.source", null));
        section.addClassNames("care-section", LumoUtility.Width.FULL);
        return section;
    }

    private static String breatheLabel() {
        return text("care.breathe.start", CareRules.BREATHING_TIME.toMinutes());
    }

    private static String text(String key, Object... parameters) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, parameters);
    }
}
