package app.backcoach.summary;

import app.backcoach.care.CareService;
import app.backcoach.history.HistoryService;
import app.backcoach.progress.ProgressService;
import app.backcoach.progress.WeekSummary;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Advice;
import app.backcoach.safety.PainRecords.RatedWorkout;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.CurrentUser;
import app.backcoach.settings.Preferences;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.summary.ClinicianSummary.LegAnswer;
import app.backcoach.summary.ClinicianSummary.Progression;
import app.backcoach.summary.ClinicianSummary.RedFlagAnswers;
import app.backcoach.summary.ClinicianSummary.RoutineInUse;
import app.backcoach.summary.ClinicianSummary.StopAdvice;
import app.backcoach.summary.ClinicianSummary.Week;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Gathers the summary for a clinician from each feature's own service: weekly sessions from progress, ratings,
 * leg-symptom answers, red-flag checks and stop advice from safety, routines and progression from routines,
 * home care from care,
 * the spasm's start and the targets from settings. It stores nothing.
 */
@Service
public class ClinicianSummaryService {

    /** The weeks a summary covers, the one under way included. */
    public static final int WEEKS = 6;

    private final ProgressService progress;
    private final PainService pain;
    private final SafetyService safety;
    private final RoutineService routines;
    private final HistoryService history;
    private final CareService care;
    private final UserSettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClinicianSummaryService(ProgressService progress, PainService pain, SafetyService safety, RoutineService routines,
                            HistoryService history, CareService care, UserSettingsService settings,
                            CurrentUser currentUser, Clock clock) {
        this.progress = progress;
        this.pain = pain;
        this.safety = safety;
        this.routines = routines;
        this.history = history;
        this.care = care;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's summary of the last {@value #WEEKS} weeks; their username only if they chose it. */
    @Transactional(readOnly = true)
    public ClinicianSummary summary(boolean showUsername) {
        Preferences preferences = settings.preferences();
        ZoneId zone = preferences.zone();
        Instant now = clock.instant();
        List<WeekSummary> weekFigures = progress.lastWeeks(WEEKS);
        LocalDate firstDay = weekFigures.getFirst().weekStart();
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        List<RatedWorkout> rated = pain.ratedBetween(from, now);
        Function<Instant, LocalDate> day = instant -> LocalDate.ofInstant(instant, zone);
        List<Week> weeks = weekFigures.stream().map(week -> week(week, preferences, rated.stream()
                .filter(workout -> weekOf(day.apply(workout.startedAt()), preferences).equals(week.weekStart()))
                .toList())).toList();
        List<LegAnswer> legs = rated.stream().filter(workout -> workout.legSymptoms() != null)
                .map(workout -> new LegAnswer(day.apply(workout.startedAt()), workout.legSymptoms())).toList();
        List<RedFlagAnswers> checks = safety.checksBetween(from, now).stream()
                .map(check -> new RedFlagAnswers(day.apply(check.answeredAt()), check.yes(), check.assessed(),
                        check.acknowledgedAt() == null ? null : day.apply(check.acknowledgedAt()),
                        check.clearedAt() == null ? null : day.apply(check.clearedAt())))
                .toList();
        List<StopAdvice> advice = pain.adviceGivenBetween(from, now).stream()
                .map(given -> new StopAdvice(given.day(zone), given.kind())).toList();
        List<RoutineInUse> used = history.routinesDoneBetween(from, now).stream()
                .map(routines::findById).flatMap(Optional::stream)
                .map(ClinicianSummaryService::inUse).toList();
        List<Progression> steps = routines.progressionStepsSince(from).stream()
                .map(step -> new Progression(day.apply(step.at()), step.routineName(), step.accepted(), step.changes()))
                .toList();
        String name = showUsername ? currentUser.principal().map(AccountPrincipal::getUsername).orElse(null) : null;
        LocalDate spasmStart = settings.spasmStartedAt().map(day).orElse(null);
        return new ClinicianSummary(firstDay, day.apply(now), preferences.locale(), name, spasmStart,
                preferences.dailyTarget(), weeks, legs, checks, advice,
                pain.currentAdvice().stream().map(Advice::kind).toList(), used, steps, care.daysBetween(from, now));
    }

    private static Week week(WeekSummary figures, Preferences preferences, List<RatedWorkout> rated) {
        return new Week(figures.weekStart(), figures.sessions(), preferences.weeklyTarget(),
                average(rated.stream().map(RatedWorkout::before).toList()),
                average(rated.stream().map(RatedWorkout::after).toList()),
                (int) rated.stream().filter(workout -> workout.before() != null || workout.after() != null).count());
    }

    private static Double average(List<Integer> ratings) {
        OptionalDouble average = ratings.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).average();
        return average.isPresent() ? average.getAsDouble() : null;
    }

    private static LocalDate weekOf(LocalDate day, Preferences preferences) {
        return day.with(TemporalAdjusters.previousOrSame(preferences.firstDayOfWeek()));
    }

    private static RoutineInUse inUse(RoutineInfo routine) {
        return new RoutineInUse(routine.name(), routine.dosedExercises());
    }
}
