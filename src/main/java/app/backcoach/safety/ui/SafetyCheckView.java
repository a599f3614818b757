package app.backcoach.safety.ui;

import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.settings.UserSettingsService;
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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The red-flag check: yes/no questions about the rare signs that back pain needs a clinician, and what to
 * do about an answer: call emergency services, see a doctor soon, or carry on.
 */
@Route("safety")
@PermitAll
@Menu(title = "nav.safety", order = 40, icon = "vaadin:clipboard-check")
class SafetyCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: the routine to go on to once the check allows it. */
    static final String THEN = "then";
    private static final Pattern ROUTINE_KEY = Pattern.compile("[a-z0-9-]{1,64}");

    private final SafetyService safety;
    private final UserSettingsService settings;
    private String then;

    SafetyCheckView(SafetyService safety, UserSettingsService settings) {
        this.safety = safety;
        this.settings = settings;
        addClassName("page");
        addClassName("safety-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        then = event.getLocation().getQueryParameters().getSingleParameter(THEN)
                .filter(key -> ROUTINE_KEY.matcher(key).matches()).orElse(null);
        SafetyStatus status = safety.status();
        if (status.state() == SafetyStatus.State.CLEAR) {
            // opened from the menu: the questions, to answer again
            showQuestions(status);
        } else {
            render(status);
        }
    }

    private void showQuestions(SafetyStatus status) {
        removeAll();
        add(new H1(getTranslation("safety.title")), new Paragraph(getTranslation("safety.intro")));
        if (status.lastCheckedAt() != null) {
            LocalDate last = LocalDate.ofInstant(status.lastCheckedAt(), settings.preferences().zone());
            add(new Paragraph(getTranslation("safety.lastChecked",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(last))));
        }
        List<YesNoQuestion> questions = Arrays.stream(RedFlag.values()).map(YesNoQuestion::new).toList();
        Div emergencySigns = new Div(new H2(getTranslation("safety.emergencySigns")));
        Div doctorSigns = new Div(new H2(getTranslation("safety.doctorSigns")));
        emergencySigns.addClassName("question-group");
        doctorSigns.addClassName("question-group");
        questions.forEach(question -> (question.flag().urgency() == RedFlag.Urgency.EMERGENCY
                ? emergencySigns : doctorSigns).add(question));
        Paragraph missing = new Paragraph(getTranslation("safety.answerAll"));
        missing.addClassName("form-error");
        missing.getElement().setAttribute("role", "alert");
        missing.setVisible(false);
        Button done = new Button(getTranslation("safety.done"), VaadinIcon.CHECK.create(), event -> {
            List<YesNoQuestion> unanswered = questions.stream().filter(question -> question.getValue() == null).toList();
            if (!unanswered.isEmpty()) {
                unanswered.forEach(question -> question.setInvalid(true));
                missing.setVisible(true);
                unanswered.getFirst().scrollIntoView();
                return;
            }
            Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
            questions.forEach(question -> answers.put(question.flag(), question.getValue()));
            show(safety.record(answers));
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.addClassName("start-button");
        add(emergencySigns, doctorSigns, missing, done, SourceLine.redFlags());
    }

    private void render(SafetyStatus status) {
        switch (status.state()) {
            case EMERGENCY -> showEmergency();
            case WARNING -> showWarning(status);
            case CLEAR -> showClear();
            default -> showQuestions(status);
        }
    }

    private void show(SafetyStatus status) {
        render(status);
        // the answer replaces the questions (and the pressed button): start reading it from its top, and
        // move the keyboard and screen-reader focus there too
        getChildren().findFirst().ifPresent(first -> {
            first.scrollIntoView();
            first.getElement().setAttribute("tabindex", "-1");
            first.getElement().executeJs("this.focus({preventScroll: true})");
        });
    }

    private void showEmergency() {
        removeAll();
        Div numbers = new Div();
        numbers.addClassName("call-buttons");
        for (String[] number : new String[][] {{"999", "safety.emergency.uk"}, {"112", "safety.emergency.eu"},
                {"911", "safety.emergency.us"}}) {
            Anchor link = new Anchor("tel:" + number[0], getTranslation("safety.emergency.where",
                    getTranslation("safety.emergency.call", number[0]), getTranslation(number[1])));
            link.addClassName("call-button");
            numbers.add(link);
        }
        Div call = new Div(new H1(getTranslation("safety.emergency.title")),
                new Paragraph(getTranslation("safety.emergency.text")),
                new Paragraph(getTranslation("safety.emergency.numbers")), numbers);
        call.addClassName("emergency-panel");
        call.getElement().setAttribute("role", "alert");
        Checkbox seen = new Checkbox(getTranslation("safety.emergency.seen"));
        seen.addClassName("big-checkbox");
        Button unlock = new Button(getTranslation("safety.emergency.unlock"), VaadinIcon.UNLOCK.create(),
                event -> show(safety.clearEmergency()));
        unlock.addThemeVariants(ButtonVariant.LUMO_LARGE);
        unlock.setEnabled(false);
        seen.addValueChangeListener(event -> unlock.setEnabled(event.getValue()));
        add(call, new H2(getTranslation("safety.emergency.locked")),
                new Paragraph(getTranslation("safety.emergency.lockedText")), seen, unlock, SourceLine.redFlags());
    }

    private void showWarning(SafetyStatus status) {
        removeAll();
        UnorderedList signs = new UnorderedList();
        status.yes().stream().filter(flag -> flag.urgency() == RedFlag.Urgency.SEE_DOCTOR_SOON).sorted()
                .forEach(flag -> signs.add(new ListItem(getTranslation(flag.key() + ".short"))));
        Div warning = new Div(new H1(getTranslation("safety.warning.title")),
                new Paragraph(getTranslation("safety.warning.text")), signs,
                new Paragraph(getTranslation("safety.warning.meanwhile")));
        warning.addClassName("warning-panel");
        warning.getElement().setAttribute("role", "alert");
        Button go = new Button(getTranslation("safety.warning.acknowledge"), VaadinIcon.ARROW_RIGHT.create(),
                event -> show(safety.acknowledgeWarning()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClassName("start-button");
        add(warning, go, SourceLine.redFlags());
    }

    private void showClear() {
        removeAll();
        add(new H1(getTranslation("safety.clear.title")), new Paragraph(getTranslation("safety.clear.text")),
                new Paragraph(getTranslation("safety.clear.stopRule")));
        if (then != null) {
            Button start = new Button(getTranslation("safety.clear.toWorkout"), VaadinIcon.PLAY.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("workout/" + then)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            start.addClassName("start-button");
            add(start);
        } else {
            Anchor home = new Anchor("", getTranslation("safety.clear.home"));
            home.addClassName("big-link");
            add(home);
        }
        add(SourceLine.redFlags());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.title") + " · " + getTranslation("app.name");
    }
}
