package app.backcoach.safety.ui;

import app.backcoach.base.Sources;
import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Home;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.settings.EmergencyNumber;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
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
 * The red-flag check: yes/no questions about the rare signs that back pain needs a doctor, in three tiers,
 * and what to do about an answer: call the emergency number, call a doctor today, see one soon, or carry on.
 */
@Route(SafetyCheckView.PATH)
@PermitAll
@Menu(title = "nav.safety", order = 40, icon = "clipboard-check")
public class SafetyCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The address of the check. Others link here by this constant, not by the class (see base.ui.Navigation),
     * with {@link #THEN} naming the page to go on to once the check allows exercise.
     */
    public static final String PATH = "safety";

    /** Query parameter: the address of the page to go on to once the check allows it (a path of this app). */
    public static final String THEN = "then";
    private static final Pattern LOCAL_PATH = Pattern.compile("[a-z0-9-]{1,64}(/[a-z0-9-]{1,64}){0,3}");

    private final SafetyService safety;
    private final UserSettingsService settings;
    private String then;

    SafetyCheckView(SafetyService safety, UserSettingsService settings) {
        this.safety = safety;
        this.settings = settings;
        PageFrame.apply(this);
        addClassName("safety-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        then = event.getLocation().getQueryParameters().getSingleParameter(THEN)
                .filter(path -> LOCAL_PATH.matcher(path).matches()).orElse(null);
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
        List<YesNoQuestion> questions = Arrays.stream(RedFlag.values())
                .map(flag -> new YesNoQuestion(flag, status.assessed().contains(flag))).toList();
        for (RedFlag.Tier tier : RedFlag.Tier.values()) {
            Div group = new Div(new H2(getTranslation("safety.group." + tier.name())));
            group.addClassName(LumoUtility.Width.FULL);
            questions.stream().filter(question -> question.flag().tier() == tier).forEach(group::add);
            add(group);
        }
        TextField number = emergencyNumberField();
        Paragraph missing = new Paragraph(getTranslation("safety.answerAll"));
        missing.addClassName("form-error");
        missing.getElement().setAttribute("role", "alert");
        missing.setVisible(false);
        Button done = new Button(getTranslation("safety.done"), AppIcon.CHECK.create(),
                event -> submit(questions, number, missing));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        add(number, missing, done);
        Arrays.stream(RedFlag.Tier.values()).forEach(tier -> add(new SourceLine(tier.sourceKey(), null)));
    }

    private TextField emergencyNumberField() {
        TextField number = new TextField(getTranslation("safety.number.label"));
        number.setHelperText(getTranslation("safety.number.help"));
        number.setErrorMessage(getTranslation("safety.number.invalid"));
        number.setMaxLength(EmergencyNumber.MAX_LENGTH);
        number.setPattern("[0-9]{2," + EmergencyNumber.MAX_LENGTH + "}");
        number.setValue(settings.emergencyNumber());
        number.addClassName("emergency-number");
        return number;
    }

    private void submit(List<YesNoQuestion> questions, TextField number, Paragraph missing) {
        List<YesNoQuestion> unanswered = questions.stream().filter(question -> question.getValue() == null).toList();
        boolean numberValid = EmergencyNumber.isValid(number.getValue().strip());
        number.setInvalid(!numberValid);
        unanswered.forEach(question -> question.setInvalid(true));
        if (!unanswered.isEmpty() || !numberValid) {
            missing.setVisible(!unanswered.isEmpty());
            // the keyboard, and with it the view, go to the first question to answer (or the number to fix)
            if (unanswered.isEmpty()) {
                number.focus();
            } else {
                unanswered.getFirst().getElement().executeJs(
                        "(this.querySelector('vaadin-radio-button input') || this).focus()");
            }
            return;
        }
        settings.setEmergencyNumber(number.getValue());
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        questions.forEach(question -> answers.put(question.flag(), question.getValue()));
        show(safety.record(answers));
    }

    private void render(SafetyStatus status) {
        removeAll();
        SafetyAnswers answers = new SafetyAnswers(status, settings.emergencyNumber(),
                () -> show(safety.confirmDoctorSeen()), () -> show(safety.acknowledgeWarning()));
        switch (status.state()) {
            case EMERGENCY -> answers.emergency().forEach(this::add);
            case SAME_DAY -> answers.sameDay().forEach(this::add);
            case WARNING -> answers.warning().forEach(this::add);
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

    private void showClear() {
        add(new H1(getTranslation("safety.clear.title")), new Paragraph(getTranslation("safety.clear.text")),
                new Paragraph(getTranslation("safety.clear.stopRule")));
        Component next;
        if (then != null) {
            Button start = new Button(getTranslation("safety.clear.toWorkout"), AppIcon.PLAY.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(then)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            start.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
            next = start;
        } else {
            Anchor home = new Anchor(Home.href(), getTranslation("safety.clear.home"));
            home.addClassName("big-link");
            next = home;
        }
        add(next, new SourceLine("safety.clear.source", Sources.NHS_EXERCISES));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.title") + " · " + getTranslation("app.name");
    }
}
