package app.backcoach.settings.ui;

import app.backcoach.base.Languages;
import app.backcoach.base.ui.AccountPart;
import app.backcoach.settings.EmergencyNumber;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * My account's language and country. The language is remembered for the person and shown at once; the
 * country decides the emergency number, whatever the language.
 */
@org.springframework.stereotype.Component
class LanguageAndCountry implements AccountPart {

    /** An empty choice: follow the browser. */
    static final String BROWSER = "";

    private final UserSettingsService settings;

    LanguageAndCountry(UserSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Component create() {
        Div part = new Div();
        part.add(new H2(part.getTranslation("account.language.title")));
        FormLayout form = new FormLayout(language(part), country(part));
        form.setMaxWidth("26rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        part.add(form);
        return part;
    }

    private Select<String> language(Component owner) {
        Select<String> language = new Select<>();
        language.setLabel(owner.getTranslation("account.language.label"));
        List<String> items = new ArrayList<>(List.of(BROWSER));
        Languages.SUPPORTED.forEach(l -> items.add(l.getLanguage()));
        language.setItems(items);
        language.setItemLabelGenerator(tag -> tag.isEmpty() ? owner.getTranslation("account.language.browser")
                : ownName(Locale.forLanguageTag(tag)));
        language.setValue(settings.chosenLanguage().map(Locale::getLanguage).orElse(BROWSER));
        language.addValueChangeListener(event -> choose(event.getValue()));
        return language;
    }

    private void choose(String tag) {
        settings.setLanguage(tag == null || tag.isEmpty() ? null : Locale.forLanguageTag(tag));
        UI ui = UI.getCurrent();
        PageLanguage.apply(ui, Languages.forPages(tag == null || tag.isEmpty() ? null : tag, PageLanguage.browserLocale()));
        // every text on the page was written in the old language: show it again in the new one
        ui.getPage().reload();
    }

    private Select<String> country(Component owner) {
        Select<String> country = new Select<>();
        country.setLabel(owner.getTranslation("account.country.label"));
        List<String> items = new ArrayList<>(List.of(BROWSER));
        EmergencyNumber.COUNTRIES.stream()
                .sorted(java.util.Comparator.comparing(code -> countryName(code, UI.getCurrent().getLocale()))).forEach(items::add);
        country.setItems(items);
        country.setItemLabelGenerator(code -> code.isEmpty() ? owner.getTranslation("account.country.browser")
                : owner.getTranslation("account.country.item", countryName(code, UI.getCurrent().getLocale()),
                        EmergencyNumber.forCountry(code)));
        country.setHelperText(owner.getTranslation("account.country.help"));
        String current = settings.countryChosen() ? settings.country() : BROWSER;
        country.setValue(items.contains(current) ? current : BROWSER);
        country.addValueChangeListener(event -> {
            settings.setCountry(event.getValue());
            Notification.show(owner.getTranslation("account.country.saved", settings.emergencyNumber()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        return country;
    }

    /** A language's name in that language, e.g. "Español". */
    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static String countryName(String code, Locale in) {
        return Locale.of("", code).getDisplayCountry(in == null ? Languages.ENGLISH : in);
    }
}
