package app.backcoach.summary;

import app.backcoach.base.DosedExercise;
import app.backcoach.care.CareDay;
import app.backcoach.routine.ProgressionStep;
import app.backcoach.safety.Advice;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.RedFlag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a person recorded in BackCoach over the last weeks, gathered for their physiotherapist or doctor. Lists
 * are oldest first. A record of their own entries, not a diagnosis.
 *
 * @param username   the person's username, only when they chose to show it
 * @param spasmStart the day they said their back spasm began, or {@code null}
 * @param adviceNow  the stop rules' advice showing now
 * @param care       the days with home care recorded (packs, walks, slow breathing)
 */
public record ClinicianSummary(LocalDate from, LocalDate to, Locale locale, String username, LocalDate spasmStart,
                               int dailyTarget, List<Week> weeks, List<LegAnswer> legAnswers,
                               List<RedFlagAnswers> redFlagChecks, List<StopAdvice> stopAdvice,
                               List<Advice.Kind> adviceNow, List<RoutineInUse> routines,
                               List<Progression> progression, List<CareDay> care) {

    public ClinicianSummary {
        weeks = List.copyOf(weeks);
        legAnswers = List.copyOf(legAnswers);
        redFlagChecks = List.copyOf(redFlagChecks);
        stopAdvice = List.copyOf(stopAdvice);
        adviceNow = List.copyOf(adviceNow);
        routines = List.copyOf(routines);
        progression = List.copyOf(progression);
        care = List.copyOf(care);
    }

    public Optional<String> name() {
        return Optional.ofNullable(username);
    }

    /** Sessions a week that meet the daily target every day. */
    public int weeklyTarget() {
        return dailyTarget * 7;
    }

    public boolean anySessions() {
        return weeks.stream().anyMatch(week -> week.sessions() > 0);
    }

    /**
     * One week from the first day of the person's week; the last one is the week under way.
     *
     * @param painBefore the average pain rated before the week's workouts (0-10), or {@code null} when none was
     * @param painAfter  the same after them
     * @param rated      how many workouts were rated before or after
     */
    public record Week(LocalDate start, int sessions, int target, Double painBefore, Double painAfter, int rated) {
    }

    /** How the leg symptoms compared after the press-ups, answered after a workout of that day. */
    public record LegAnswer(LocalDate day, LegSymptoms answer) {
    }

    /**
     * One answered red-flag check.
     *
     * @param acknowledged the day the person read the "see a doctor soon" advice, or {@code null}
     * @param doctorSeen   the day they said a doctor had seen them and said exercise is fine, or {@code null}
     */
    public record RedFlagAnswers(LocalDate day, Set<RedFlag> yes, Set<RedFlag> assessed, LocalDate acknowledged,
                                 LocalDate doctorSeen) {

        public RedFlagAnswers {
            yes = Set.copyOf(yes);
            assessed = Set.copyOf(assessed);
        }
    }

    /** Stop advice the app gave on a day. */
    public record StopAdvice(LocalDate day, Advice.Kind kind) {
    }

    /** A routine done in these weeks, with its doses as they are now. */
    public record RoutineInUse(String name, List<DosedExercise> exercises) {

        public RoutineInUse {
            exercises = List.copyOf(exercises);
        }
    }

    /** An answer to a progression offer. */
    public record Progression(LocalDate day, String routineName, boolean accepted,
                              List<ProgressionStep.RepChange> changes) {

        public Progression {
            changes = List.copyOf(changes);
        }
    }
}
