package app.backcoach.reminder.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.reminder.ReminderService;
import app.backcoach.reminder.Reminders;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The private calendar link: create it, replace it, turn it off. The link is shown only right after it is made:
 * BackCoach keeps no more than a hash of its secret.
 */
class CalendarLinkPanel extends Div {

    private final ReminderService reminders;
    private final Div state = new Div();

    CalendarLinkPanel(ReminderService reminders) {
        this.reminders = reminders;
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.MaxWidth.SCREEN_SMALL);
        state.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(new H3(getTranslation("reminders.link.title")), state,
                new H3(getTranslation("reminders.howTo.title")),
                new Paragraph(getTranslation("reminders.howTo.iphone")),
                new Paragraph(getTranslation("reminders.howTo.android")),
                new Paragraph(getTranslation("reminders.howTo.off")));
        show(reminders.reminders(), null);
    }

    private void show(Reminders mine, String newToken) {
        state.removeAll();
        if (!mine.linkOn()) {
            Button create = new Button(getTranslation("reminders.link.create"), AppIcon.CALENDAR.create(),
                    event -> makeLink());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            state.add(new Paragraph(getTranslation("reminders.link.none")), create);
            return;
        }
        if (newToken != null) {
            showLink(newToken);
        } else {
            String made = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .format(LocalDate.ofInstant(mine.linkCreatedAt(), mine.zone()));
            state.add(new Paragraph(getTranslation("reminders.link.on", made)));
        }
        Button replace = new Button(getTranslation("reminders.link.replace"), AppIcon.REFRESH.create(),
                event -> makeLink());
        Button off = new Button(getTranslation("reminders.link.off"), AppIcon.CLOSE_CIRCLE.create(), event -> turnOff());
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout buttons = new FlexLayout(replace, off);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName(LumoUtility.Gap.SMALL);
        state.add(buttons);
    }

    private void showLink(String token) {
        String https = siteAddress() + ReminderService.calendarPath(token);
        String webcal = https.replaceFirst("^https?://", "webcal://");
        Anchor subscribe = new Anchor();
        // webcal: is not among Vaadin's safe schemes; this address is BackCoach's own, made just above
        subscribe.setUnsafeHref(webcal);
        subscribe.setText(getTranslation("reminders.link.subscribe"));
        subscribe.addClassNames("big-link", "calendar-subscribe");
        state.add(new Paragraph(getTranslation("reminders.link.made")), subscribe,
                copyable("reminders.link.webcal", webcal), copyable("reminders.link.https", https),
                new Paragraph(getTranslation("reminders.link.onlyNow")));
    }

    private FlexLayout copyable(String labelKey, String url) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        Button copy = new Button(getTranslation("reminders.link.copy"), AppIcon.COPY.create(), event -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url);
            Notification.show(getTranslation("reminders.link.copied"), 3000, Notification.Position.MIDDLE);
        });
        copy.getElement().setAttribute("aria-label", getTranslation("reminders.link.copyLabel",
                getTranslation(labelKey)));
        FlexLayout row = new FlexLayout(field, copy);
        row.setAlignItems(FlexComponent.Alignment.END);
        row.addClassName(LumoUtility.Gap.SMALL);
        row.setWidthFull();
        return row;
    }

    private void makeLink() {
        String token = reminders.newCalendarLink();
        show(reminders.reminders(), token);
    }

    private void turnOff() {
        reminders.turnOffCalendarLink();
        show(reminders.reminders(), null);
        Notification.show(getTranslation("reminders.link.turnedOff"), 5000, Notification.Position.MIDDLE);
    }

    /** This site's address as the browser reached it (through the TLS proxy's forwarded headers, if any). */
    private static String siteAddress() {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build().toUriString();
    }
}
