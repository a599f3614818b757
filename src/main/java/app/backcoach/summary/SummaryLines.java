package app.backcoach.summary;

import app.backcoach.base.DosedExercise;
import app.backcoach.base.Dosage;
import app.backcoach.care.CareDay;
import app.backcoach.safety.Advice;
import app.backcoach.safety.RedFlag;
import app.backcoach.summary.ClinicianSummary.Progression;
import app.backcoach.summary.ClinicianSummary.RedFlagAnswers;
import app.backcoach.summary.ClinicianSummary.Week;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary's words, the same on the page and in the PDF: each heading and line as text in the person's
 * language. Long lists show their latest entries and say how many earlier ones are left out.
 */
public final class SummaryLines {

    /** The most entries a list shows on the page (the PDF may show fewer to stay on one page). */
    public static final int LIST_LIMIT = 8;

    /** A heading with its lines. */
    public record Section(String title, List<String> lines) {
    }

    private final ClinicianSummary summary;
    private final Texts texts;
    private final DateTimeFormatter date;

    public SummaryLines(ClinicianSummary summary, Texts texts) {
        this.summary = summary;
        this.texts = texts;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(summary.locale());
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    public Optional<String> name() {
        return summary.name().map(name -> texts.get("clinician.name", name));
    }

    public String range() {
        return texts.get("clinician.range", date(summary.from()), date(summary.to()));
    }

    public String spasmStart() {
        return summary.spasmStart() == null ? texts.get("clinician.spasmStart.unknown")
                : texts.get("clinician.spasmStart", date(summary.spasmStart()),
                ChronoUnit.DAYS.between(summary.spasmStart(), summary.to()));
    }

    public String target() {
        return texts.get("clinician.weeks.target", summary.weeklyTarget(), summary.dailyTarget());
    }

    public String weekLabel(Week week) {
        return DateTimeFormatter.ofPattern("d MMM", summary.locale()).format(week.start());
    }

    /** An average rating to one decimal, or "not rated". */
    public String pain(Double average) {
        return average == null ? texts.get("clinician.notRated") : String.format(summary.locale(), "%.1f", average);
    }

    /** The lists below the weekly figures, each showing at most {@code limit} entries. */
    public List<Section> sections(int limit) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(texts.get("clinician.legs.title"), latest(summary.legAnswers(), limit,
                "clinician.legs.none", answer -> line(answer.day(), texts.get("clinician.legs." + answer.answer().name())))));
        sections.add(new Section(texts.get("clinician.checks.title"), latest(summary.redFlagChecks(), limit,
                "clinician.checks.none", this::check)));
        List<String> advice = new ArrayList<>(latest(summary.stopAdvice(), limit, "clinician.advice.none",
                given -> line(given.day(), advice(given.kind()))));
        if (!summary.adviceNow().isEmpty()) {
            advice.add(texts.get("clinician.advice.now",
                    summary.adviceNow().stream().map(this::advice).collect(Collectors.joining("; "))));
        }
        advice.add(texts.get("clinician.advice.worked"));
        sections.add(new Section(texts.get("clinician.advice.title"), advice));
        sections.add(new Section(texts.get("clinician.routines.title"), latest(summary.routines(), limit,
                "clinician.routines.none", routine -> texts.get("clinician.line", routine.name(),
                        routine.exercises().stream().map(this::dosed).collect(Collectors.joining("; "))))));
        sections.add(new Section(texts.get("clinician.progression.title"), latest(summary.progression(), limit,
                "clinician.progression.none", this::progression)));
        sections.add(new Section(texts.get("clinician.care.title"), latest(summary.care(), limit,
                "clinician.care.none", day -> line(day.day(), care(day)))));
        return sections;
    }

    private String check(RedFlagAnswers check) {
        List<String> parts = new ArrayList<>();
        parts.add(check.yes().isEmpty() ? texts.get("clinician.checks.allNo")
                : texts.get("clinician.checks.yes", signs(check.yes())));
        if (!check.assessed().isEmpty()) {
            parts.add(texts.get("clinician.checks.assessed", signs(check.assessed())));
        }
        if (check.acknowledged() != null) {
            parts.add(texts.get("clinician.checks.acknowledged", date(check.acknowledged())));
        }
        if (check.doctorSeen() != null) {
            parts.add(texts.get("clinician.checks.doctorSeen", date(check.doctorSeen())));
        }
        return line(check.day(), String.join("; ", parts));
    }

    private String signs(Set<RedFlag> flags) {
        return flags.stream().sorted(Comparator.naturalOrder())
                .map(flag -> texts.get(flag.key() + ".short") + " (" + texts.get("clinician.checks.tier."
                        + flag.tier().name()) + ")")
                .collect(Collectors.joining(", "));
    }

    private String advice(Advice.Kind kind) {
        return texts.get("clinician.advice." + kind.name());
    }

    private String dosed(DosedExercise exercise) {
        Dosage dose = exercise.dose();
        String reps = texts.get(dose.perSide() ? "dose.repsPerSide" : "dose.reps", dose.reps());
        return exercise.name() + " (" + texts.get("dose.summary", texts.get("dose.hold", dose.holdSeconds()), reps,
                texts.get("dose.sets", dose.sets())) + ")";
    }

    /** A day's home care, each kind that was done: "1 cold pack, 2 walks (25 min), 1 slow breathing". */
    private String care(CareDay day) {
        List<String> parts = new ArrayList<>();
        if (day.coldPacks() > 0) {
            parts.add(texts.get("clinician.care.cold", day.coldPacks()));
        }
        if (day.heatPacks() > 0) {
            parts.add(texts.get("clinician.care.heat", day.heatPacks()));
        }
        if (day.walks() > 0) {
            parts.add(texts.get("clinician.care.walks", day.walks(), day.walkMinutes()));
        }
        if (day.breathing() > 0) {
            parts.add(texts.get("clinician.care.breathing", day.breathing()));
        }
        return String.join(", ", parts);
    }

    private String progression(Progression step) {
        String when = date(step.day());
        if (!step.accepted()) {
            return texts.get("clinician.progression.declined", when + ", " + step.routineName());
        }
        return texts.get("clinician.progression.accepted", when + ", " + step.routineName(),
                step.changes().stream().map(change -> texts.get("clinician.progression.change", change.exerciseName(),
                        change.repsBefore(), change.repsAfter())).collect(Collectors.joining("; ")));
    }

    private String line(LocalDate day, String text) {
        return texts.get("clinician.line", date(day), text);
    }

    /** The latest {@code limit} entries, oldest first, after a line that counts the earlier ones left out. */
    private <T> List<String> latest(List<T> all, int limit, String noneKey, Function<T, String> line) {
        if (all.isEmpty()) {
            return List.of(texts.get(noneKey));
        }
        List<String> lines = new ArrayList<>();
        if (all.size() > limit) {
            lines.add(texts.get("clinician.earlier", all.size() - limit));
        }
        all.subList(Math.max(0, all.size() - limit), all.size()).forEach(entry -> lines.add(line.apply(entry)));
        return lines;
    }
}
