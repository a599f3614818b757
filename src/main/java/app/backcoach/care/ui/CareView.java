package app.backcoach.care.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.base.ui.SpasmStartForm;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareRules;
import app.backcoach.care.CareService;
import app.backcoach.care.CareToday;
import app.backcoach.care.StartedCare;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Home care beside the exercises: which pack the sources suggest now (cold, then heat), a 20-minute pack
 * timer and when the next pack is due, a walk timer with today's walks against the target, slow breathing,
 * and what helps between times.
 */
@Route(CareView.PATH)
@PermitAll
@Menu(title = "nav.care", order = 7, icon = "timer")
public class CareView extends VerticalLayout implements HasDynamicTitle {

    /** The address of home care. Others link here by this constant, not by the class (see base.ui.Navigation). */
    public static final String PATH = "care";

    private final CareService care;
    private final UserSettingsService settings;
    private final Clock clock;
    private final Div packs = new Div();
    private final WalkForm walk;
    private final Paragraph finished = new Paragraph();
    private final CareTimer timer;
    private final List<Div> choices;

    CareView(CareService care, UserSettingsService settings, Clock clock) {
        this.care = care;
        this.settings = settings;
        this.clock = clock;
        PageFrame.apply(this);
        addClassName("care-page");
        timer = new CareTimer(clock, settings.cuesMuted(), this::ended);
        finished.addClassName("care-finished");
        finished.getElement().setAttribute("role", "status");
        finished.setVisible(false);
        packs.addClassNames("care-section", LumoUtility.Width.FULL);
        walk = new WalkForm(minutes -> start(CareKind.WALK, minutes));
        choices = List.of(new SpasmStartForm(settings, clock, this::refresh), packs, walk,
                CareAdvice.breathing(kind -> start(kind, 0)), CareAdvice.betweenTimes());
        add(new H1(getTranslation("care.title")), finished, timer);
        choices.forEach(this::add);
        refresh();
    }

    private void refresh() {
        CareToday today = care.today();
        ZoneId zone = settings.preferences().zone();
        Instant now = clock.instant();
        Optional<CareKind> suggested = CareRules.packFor(settings.spasmStartedAt().orElse(null), now);
        packs.removeAll();
        packs.add(new H2(getTranslation("care.packs.title")), new Paragraph(suggested
                .map(kind -> getTranslation("care.packs.suggest." + kind))
                .orElse(getTranslation("care.packs.suggest.UNKNOWN"))));
        Paragraph cloth = new Paragraph(getTranslation("care.packs.cloth"));
        cloth.addClassName("care-reminder");
        packs.add(cloth);
        if (today.lastPackEnded() != null) {
            CareRules.NextPack next = CareRules.nextPack(today.lastPackEnded());
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
            packs.add(new Paragraph(next.dueAt(now) ? getTranslation("care.packs.dueNow")
                    : getTranslation("care.packs.next", time.format(next.from().atZone(zone)),
                    time.format(next.until().atZone(zone)))));
        }
        FlexLayout packButtons = new FlexLayout(packButton(CareKind.COLD, suggested), packButton(CareKind.HEAT, suggested));
        packButtons.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.END);
        packs.add(new Paragraph(getTranslation("care.packs.today", today.packs())), packButtons,
                new SourceLine("care.packs.source", null));
        walk.showToday(today.walks());
    }

    private Button packButton(CareKind kind, Optional<CareKind> suggested) {
        Button button = new Button(getTranslation("care.packs.start." + kind),
                (kind == CareKind.COLD ? AppIcon.DROP : AppIcon.FIRE).create(), event -> start(kind, 0));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (suggested.map(kind::equals).orElse(false)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void start(CareKind kind, int minutes) {
        finished.setVisible(false);
        choices.forEach(choice -> choice.setVisible(false));
        timer.start(care.start(kind, minutes));
    }

    /** Records what was done; when the time was up (and the server agrees), the full time counts. */
    private void ended(StartedCare ended, CareTimer.Ended how) {
        boolean recorded = care.finish(ended, CareRules.counted(ended.planned(), how.done(), how.timeUp()));
        finished.setText(getTranslation(recorded ? "care.finished." + ended.kind() : "care.tooShort"));
        finished.setVisible(true);
        finished.getElement().setAttribute("tabindex", "-1");
        finished.getElement().executeJs("this.focus()");
        choices.forEach(choice -> choice.setVisible(true));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // the tab closed or the person went elsewhere: keep what was done
        timer.end(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("care.title") + " · " + getTranslation("app.name");
    }
}
