package app.backcoach.settings.ui;

import app.backcoach.base.Languages;
import app.backcoach.base.ui.AccountSection;
import app.backcoach.settings.EmergencyNumber;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * My account's language and country, each a row of buttons with the current choice pressed (the page's
 * frontend bundle has buttons, not selects). The language is remembered for the person and shown at once; the
 * country decides the emergency number, whatever the language.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10) // language and country first: they change every other section's words
class LanguageAndCountry implements AccountSection {

    /** An empty choice: follow the browser. */
    static final String BROWSER = "";

    private final UserSettingsService settings;

    LanguageAndCountry(UserSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Component create() {
        Div part = new Div();
        Locale page = UI.getCurrent().getLocale();
        List<String> languages = new ArrayList<>(List.of(BROWSER));
        Languages.SUPPORTED.forEach(language -> languages.add(language.getLanguage()));
        List<String> countries = new ArrayList<>(List.of(BROWSER));
        EmergencyNumber.COUNTRIES.stream().sorted(Comparator.comparing(code -> countryName(code, page)))
                .forEach(countries::add);
        part.add(new H2(part.getTranslation("account.language.title")),
                label(part.getTranslation("account.language.label")),
                choices(languages, settings.chosenLanguage().map(Locale::getLanguage).orElse(BROWSER),
                        tag -> tag.isEmpty() ? part.getTranslation("account.language.browser") : ownName(tag),
                        this::chooseLanguage),
                label(part.getTranslation("account.country.label")),
                choices(countries, settings.countryChosen() ? settings.country() : BROWSER,
                        code -> code.isEmpty() ? part.getTranslation("account.country.browser")
                                : part.getTranslation("account.country.item", countryName(code, page),
                                EmergencyNumber.forCountry(code)),
                        code -> chooseCountry(part, code)),
                new Paragraph(part.getTranslation("account.country.help")));
        return part;
    }

    private void chooseLanguage(String tag) {
        String chosen = tag.isEmpty() ? null : tag;
        settings.setLanguage(chosen == null ? null : Locale.forLanguageTag(chosen));
        UI ui = UI.getCurrent();
        PageLanguage.apply(ui, Languages.forPages(chosen, PageLanguage.browserLocale()));
        // every text on the page was written in the old language: show it again in the new one
        ui.getPage().reload();
    }

    private void chooseCountry(Component part, String code) {
        settings.setCountry(code);
        Notification.show(part.getTranslation("account.country.saved", settings.emergencyNumber()), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A row of buttons, one per choice; pressing one chooses it and marks it as chosen. */
    private static Div choices(List<String> values, String current, Function<String, String> label,
                               Consumer<String> choose) {
        Div row = new Div();
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.MEDIUM);
        List<Button> buttons = new ArrayList<>();
        for (String value : values) {
            Button button = new Button(label.apply(value));
            button.addClickListener(event -> {
                buttons.forEach(other -> press(other, other == button));
                choose.accept(value);
            });
            press(button, value.equals(current));
            buttons.add(button);
            row.add(button);
        }
        return row;
    }

    private static void press(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private static Paragraph label(String text) {
        Paragraph label = new Paragraph(text);
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.XSMALL);
        return label;
    }

    /** A language's name in that language, e.g. "Español". */
    private static String ownName(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static String countryName(String code, Locale in) {
        return Locale.of("", code).getDisplayCountry(in == null ? Languages.ENGLISH : in);
    }
}
