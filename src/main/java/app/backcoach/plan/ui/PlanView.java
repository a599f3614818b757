package app.backcoach.plan.ui;

import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.base.ui.SpasmStartForm;
import app.backcoach.care.ui.CareView;
import app.backcoach.plan.Easing;
import app.backcoach.plan.Plan;
import app.backcoach.plan.PlanService;
import app.backcoach.plan.PlanStep;
import app.backcoach.safety.PainService;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * My plan: what the sources suggest on this day since the back spasm began, and what comes later, each line
 * with its source. A red flag or a stop rule comes first. Without a start day, it asks for one.
 */
@Route(PlanView.PATH)
@PermitAll
@Menu(title = "nav.plan", order = 2, icon = "road")
public class PlanView extends VerticalLayout implements HasDynamicTitle {

    /** The address of the plan by day. Others link here by this constant, not by the class (see base.ui.Navigation). */
    public static final String PATH = "plan";

    private final PlanService plans;
    private final PainService pain;
    private final Div content = new Div();
    private final SpasmStartForm spasmStart;

    PlanView(PlanService plans, PainService pain, UserSettingsService settings, Clock clock) {
        this.plans = plans;
        this.pain = pain;
        PageFrame.apply(this);
        addClassName("plan-page");
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM,
                LumoUtility.Width.FULL);
        spasmStart = new SpasmStartForm(settings, clock, this::refresh);
        add(new H1(getTranslation("plan.title")), content, spasmStart,
                new Paragraph(getTranslation("app.disclaimer")));
        refresh();
    }

    private void refresh() {
        content.removeAll();
        plans.today().ifPresentOrElse(this::show, () -> content.add(new Paragraph(getTranslation("plan.ask"))));
    }

    private void show(Plan plan) {
        Div day = new Div(getTranslation("plan.day", plan.day()));
        day.addClassName("plan-day");
        content.add(day);
        // safety first: the red-flag check and the stop rules before any step of the plan
        plan.redFlag().ifPresent(state -> content.add(new RedFlagBox(state, PATH)));
        content.add(new AdviceBox(plan.advice(), CareView.PATH, pain::legsSettled));
        if (plan.hold() != Plan.Hold.NOTHING) {
            Paragraph held = new Paragraph(getTranslation("plan.hold." + plan.hold().name()));
            held.addClassName("plan-held");
            content.add(held);
        }
        if (plan.easing().easing()) {
            Paragraph easing = new Paragraph(getTranslation("plan.easing." + plan.easing().name()));
            easing.addClassName("plan-easing");
            content.add(easing);
        }
        if (plan.hold() != Plan.Hold.EVERYTHING) {
            content.add(easingButton(plan.easing()));
        }
        ZonedDateTime heatFrom = plans.heatFrom().orElse(null);
        section("plan.today", plan.today(), step -> null);
        section("plan.ahead", plan.ahead(), step -> PlanStepCard.label(step, heatFrom, getLocale()));
    }

    /** The person's own word on easing: it adds the stretches, and can be taken back. */
    private Button easingButton(Easing easing) {
        boolean said = easing == Easing.SAID_SO;
        Button button = new Button(getTranslation(said ? "plan.easing.takeBack" : "plan.easing.say"), click -> {
            plans.sayEasing(!said);
            refresh();
        });
        button.addClassName("plan-easing-button");
        if (!said) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        }
        return button;
    }

    private void section(String titleKey, List<PlanStep> steps, Function<PlanStep, String> label) {
        if (steps.isEmpty()) {
            return;
        }
        content.add(new H2(getTranslation(titleKey)));
        steps.forEach(step -> content.add(new PlanStepCard(step, label.apply(step))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title") + " · " + getTranslation("app.name");
    }
}
