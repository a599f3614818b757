package app.backcoach.care.ui;

import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareRules;
import app.backcoach.care.CareService;
import app.backcoach.care.CareToday;
import app.backcoach.care.StartedCare;
import app.backcoach.safety.ui.SourceLine;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * Home care beside the exercises: which pack the sources suggest now (cold, then heat), a 20-minute pack
 * timer and when the next pack is due, and a walk timer with today's walks against the target.
 */
@Route("care")
@PermitAll
@Menu(title = "nav.care", order = 7, icon = "vaadin:timer")
class CareView extends VerticalLayout implements HasDynamicTitle {

    private static final Duration REPORT_TOLERANCE = Duration.ofSeconds(5);

    private final CareService care;
    private final UserSettingsService settings;
    private final Clock clock;
    private final Div packs = new Div();
    private final Div walks = new Div();
    private final Div running = new Div();
    private final PhaseTimer timer = new PhaseTimer();
    private final H2 runningTitle = new H2();
    private final Paragraph runningNote = new Paragraph();
    private final Button pause = new Button();
    private final Paragraph finished = new Paragraph();
    private final IntegerField walkMinutes = new IntegerField();
    private final SpasmStartForm spasmStart;
    private StartedCare started;
    /** Each pack or walk is a phase of its own, so that the browser never mistakes one for the last. */
    private int phaseSerial;
    private Instant pausedAt;
    private final Div breathing;
    private final Div betweenTimes;
    private Duration pausedFor = Duration.ZERO;

    CareView(CareService care, UserSettingsService settings, Clock clock) {
        this.care = care;
        this.settings = settings;
        this.clock = clock;
        addClassName("page");
        addClassName("care-page");
        timer.setMuted(settings.cuesMuted());
        timer.setMinutesWord(getTranslation("care.timer.minutes"));
        timer.addPhaseEndListener(event -> {
            if (started != null && event.phaseId() == phaseSerial) {
                end(true);
            }
        });
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pause.addClickListener(event -> togglePause());
        Button stop = new Button(getTranslation("care.stop"), VaadinIcon.STOP.create(), event -> end(false));
        stop.addThemeVariants(ButtonVariant.LUMO_LARGE);
        FlexLayout controls = new FlexLayout(pause, stop);
        controls.addClassName("workout-controls");
        running.addClassName("care-running");
        running.add(runningTitle, timer, runningNote, controls);
        // hidden, not invisible: the timer must be in the page before a Start press, so that the press can
        // unlock sound in the browser
        running.getElement().setAttribute("hidden", true);
        finished.addClassName("care-finished");
        finished.getElement().setAttribute("role", "status");
        finished.setVisible(false);
        walkMinutes.setLabel(getTranslation("care.walk.minutes"));
        walkMinutes.setMin(CareRules.WALK_MIN_MINUTES);
        walkMinutes.setMax(CareRules.WALK_MAX_MINUTES);
        walkMinutes.setStepButtonsVisible(true);
        walkMinutes.setValue(CareRules.WALK_DEFAULT_MINUTES);
        walkMinutes.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES))
                .setMinErrorMessage(getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES))
                .setMaxErrorMessage(getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES))
                .setRequiredErrorMessage(getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES, CareRules.WALK_MAX_MINUTES)));
        walkMinutes.addClassName("walk-minutes");
        spasmStart = new SpasmStartForm(settings, clock, this::refresh);
        breathing = CareAdvice.breathing(kind -> start(kind, 0));
        betweenTimes = CareAdvice.betweenTimes();
        add(new H1(getTranslation("care.title")), finished, running, spasmStart, packs, walks, breathing, betweenTimes);
        refresh();
    }

    private void refresh() {
        CareToday today = care.today();
        ZoneId zone = settings.preferences().zone();
        Instant now = clock.instant();
        Optional<CareKind> suggested = CareRules.packFor(settings.spasmStartedAt().orElse(null), now);

        packs.removeAll();
        packs.addClassName("care-section");
        packs.add(new H2(getTranslation("care.packs.title")));
        packs.add(new Paragraph(suggested.map(kind -> getTranslation("care.packs.suggest." + kind))
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
        packs.add(new Paragraph(getTranslation("care.packs.today", today.packs())));
        FlexLayout packButtons = new FlexLayout(packButton(CareKind.COLD, suggested), packButton(CareKind.HEAT, suggested));
        packButtons.addClassName("button-row");
        packs.add(packButtons, new SourceLine("care.packs.source", null));

        walks.removeAll();
        walks.addClassName("care-section");
        Button walk = new Button(getTranslation("care.walk.start"), VaadinIcon.MALE.create(), event -> startWalk());
        walk.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        walk.addClassName("start-button");
        Paragraph count = new Paragraph(getTranslation("care.walk.today", today.walks(), CareRules.WALKS_PER_DAY_LOW,
                CareRules.WALKS_PER_DAY_HIGH));
        count.addClassName("care-count");
        walks.add(new H2(getTranslation("care.walk.title")), count, new Paragraph(getTranslation("care.walk.advice")),
                walkMinutes, walk, new SourceLine("care.walk.source", null));
    }

    private Button packButton(CareKind kind, Optional<CareKind> suggested) {
        Button button = new Button(getTranslation("care.packs.start." + kind),
                (kind == CareKind.COLD ? VaadinIcon.DROP : VaadinIcon.FIRE).create(), event -> start(kind, 0));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (suggested.map(kind::equals).orElse(false)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void startWalk() {
        Integer minutes = walkMinutes.getValue();
        if (walkMinutes.isInvalid() || minutes == null || minutes < CareRules.WALK_MIN_MINUTES
                || minutes > CareRules.WALK_MAX_MINUTES) {
            walkMinutes.setErrorMessage(getTranslation("care.walk.badMinutes", CareRules.WALK_MIN_MINUTES,
                    CareRules.WALK_MAX_MINUTES));
            walkMinutes.setInvalid(true);
            return;
        }
        walkMinutes.setInvalid(false);
        start(CareKind.WALK, minutes);
    }

    private void start(CareKind kind, int minutes) {
        started = care.start(kind, minutes);
        pausedAt = null;
        pausedFor = Duration.ZERO;
        String label = getTranslation("care.timer." + kind);
        timer.setPaused(false);
        phaseSerial += 2;
        timer.show(phaseSerial, new PhaseTimer.Phase(label, "hold", started.planned(), getTranslation("care.say.start." + kind)),
                started.planned(), new PhaseTimer.Phase(getTranslation("care.timer.done"), "done", Duration.ZERO,
                        getTranslation("care.say.end." + kind)));
        timer.setActive(true);
        runningTitle.setText(label);
        runningNote.setText(getTranslation("care.note." + kind));
        showPaused(false);
        finished.setVisible(false);
        setChoicesVisible(false);
        running.getElement().removeAttribute("hidden");
        pause.focus();
    }

    private void setChoicesVisible(boolean visible) {
        spasmStart.setVisible(visible);
        packs.setVisible(visible);
        walks.setVisible(visible);
        breathing.setVisible(visible);
        betweenTimes.setVisible(visible);
    }

    private void togglePause() {
        if (started == null) {
            return;
        }
        if (pausedAt == null) {
            pausedAt = clock.instant();
        } else {
            pausedFor = pausedFor.plus(Duration.between(pausedAt, clock.instant()));
            pausedAt = null;
        }
        timer.setPaused(pausedAt != null);
        showPaused(pausedAt != null);
        // a pack stays on the skin while the timer stands still: it comes off for the pause
        runningNote.setText(getTranslation(pausedAt != null && started.kind().isPack() ? "care.pausedPack"
                : "care.note." + started.kind()));
    }

    private void showPaused(boolean paused) {
        pause.setText(getTranslation(paused ? "workout.resume" : "workout.pause"));
        pause.setIcon((paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
    }

    /**
     * Ends the pack or walk under way and records what was done. When the browser's timer says the time is
     * up, and the server's clock agrees within {@link #REPORT_TOLERANCE}, the full time counts.
     */
    private void end(boolean timeUp) {
        if (started == null) {
            return;
        }
        StartedCare ended = started;
        started = null;
        Duration done = doneSoFar(ended);
        if (timeUp && done.compareTo(ended.planned().minus(REPORT_TOLERANCE)) >= 0) {
            done = ended.planned();
        }
        boolean recorded = care.finish(ended, done);
        // a phase of its own that counts nothing: the browser stops its countdown, silently
        timer.show(phaseSerial + 1, new PhaseTimer.Phase(getTranslation("care.timer.done"), "done", Duration.ZERO, ""),
                Duration.ZERO, null);
        timer.setActive(false);
        running.getElement().setAttribute("hidden", true);
        finished.setText(getTranslation(recorded ? "care.finished." + ended.kind() : "care.tooShort"));
        finished.setVisible(true);
        finished.getElement().setAttribute("tabindex", "-1");
        finished.getElement().executeJs("this.focus()");
        setChoicesVisible(true);
        refresh();
    }

    private Duration doneSoFar(StartedCare care) {
        Instant now = clock.instant();
        Duration paused = pausedFor.plus(pausedAt == null ? Duration.ZERO : Duration.between(pausedAt, now));
        return Duration.between(care.startedAt(), now).minus(paused);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (started != null) {
            // the tab closed or the person went elsewhere: keep what was done
            care.finish(started, doneSoFar(started));
            started = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("care.title") + " · " + getTranslation("app.name");
    }
}
