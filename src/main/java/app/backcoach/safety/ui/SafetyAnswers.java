package app.backcoach.safety.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Home;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.settings.EmergencyNumber;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.stream.Stream;

/**
 * The screens that follow an answered check with a sign: call the emergency number now, call a doctor
 * today, or see a doctor soon. Each names the signs answered "yes" in its tier and its sources.
 */
class SafetyAnswers {

    private final SafetyStatus status;
    private final String emergencyNumber;
    private final Runnable doctorSeen;
    private final Runnable acknowledge;

    SafetyAnswers(SafetyStatus status, String emergencyNumber, Runnable doctorSeen, Runnable acknowledge) {
        this.status = status;
        this.emergencyNumber = emergencyNumber;
        this.doctorSeen = doctorSeen;
        this.acknowledge = acknowledge;
    }

    List<Component> emergency() {
        Anchor call = callLink(emergencyNumber);
        call.addClassName("call-button-main");
        Div others = new Div();
        others.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.MEDIUM);
        EmergencyNumber.COMMON.stream().filter(number -> !number.equals(emergencyNumber)).sorted()
                .forEach(number -> others.add(callLink(number)));
        Div panel = new Div(new H1(text("safety.emergency.title")), new Paragraph(text("safety.emergency.text")),
                signs(RedFlag.Tier.EMERGENCY), call, new Paragraph(text("safety.emergency.others")), others);
        panel.addClassName("emergency-panel");
        panel.getElement().setAttribute("role", "alert");
        return Stream.concat(Stream.of(panel), unlock("safety.emergency.locked", "safety.emergency.lockedText", RedFlag.Tier.EMERGENCY).stream()).toList();
    }

    List<Component> sameDay() {
        Div panel = new Div(new H1(text("safety.sameDay.title")), new Paragraph(text("safety.sameDay.text")),
                signs(RedFlag.Tier.SAME_DAY), new Paragraph(text("safety.sameDay.worse", emergencyNumber)));
        panel.addClassName("warning-panel");
        panel.addClassName("same-day-panel");
        panel.getElement().setAttribute("role", "alert");
        // after the call, the way back to the rest of the app (home care stays open while workouts are paused)
        Anchor home = new Anchor(Home.href(), text("safety.clear.home"));
        home.addClassName("big-link");
        return Stream.concat(Stream.concat(Stream.of(panel), unlock("safety.sameDay.locked", "safety.sameDay.lockedText",
                RedFlag.Tier.SAME_DAY).stream()), Stream.of(home)).toList();
    }

    List<Component> warning() {
        Div panel = new Div(new H1(text("safety.warning.title")), new Paragraph(text("safety.warning.text")),
                signs(RedFlag.Tier.SOON), new Paragraph(text("safety.warning.where")),
                new Paragraph(text("safety.warning.meanwhile")));
        panel.addClassName("warning-panel");
        panel.getElement().setAttribute("role", "alert");
        Button go = new Button(text("safety.warning.acknowledge"), AppIcon.ARROW_RIGHT.create(),
                event -> acknowledge.run());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        return List.of(panel, go, new SourceLine(RedFlag.Tier.SOON.sourceKey(), null));
    }

    /** Workouts stay stopped until the person says a doctor has seen them. */
    private List<Component> unlock(String titleKey, String textKey, RedFlag.Tier tier) {
        Checkbox seen = new Checkbox(text("safety.doctorSeen"));
        seen.addClassName("big-checkbox");
        Button unlock = new Button(text("safety.unlock"), AppIcon.UNLOCK.create(), event -> doctorSeen.run());
        unlock.addThemeVariants(ButtonVariant.LUMO_LARGE);
        unlock.setEnabled(false);
        seen.addValueChangeListener(event -> unlock.setEnabled(event.getValue()));
        return List.of(new H2(text(titleKey)), new Paragraph(text(textKey)), seen, unlock,
                new SourceLine(tier.sourceKey(), null));
    }

    private UnorderedList signs(RedFlag.Tier tier) {
        UnorderedList signs = new UnorderedList();
        signs.addClassName("answered-signs");
        status.yes().stream().filter(flag -> flag.tier() == tier).sorted()
                .forEach(flag -> signs.add(new ListItem(text(flag.key() + ".short"))));
        return signs;
    }

    private Anchor callLink(String number) {
        Anchor link = new Anchor("tel:" + number, text("safety.emergency.call", number));
        link.addClassName("call-button");
        return link;
    }

    private static String text(String key, Object... parameters) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, parameters);
    }
}
