package app.backcoach.summary;

import app.backcoach.base.Dosage;
import app.backcoach.base.DosedExercise;
import app.backcoach.care.CareDay;
import app.backcoach.routine.ProgressionStep.RepChange;
import app.backcoach.safety.Advice;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.RedFlag;
import app.backcoach.summary.ClinicianSummary.LegAnswer;
import app.backcoach.summary.ClinicianSummary.Progression;
import app.backcoach.summary.ClinicianSummary.RedFlagAnswers;
import app.backcoach.summary.ClinicianSummary.RoutineInUse;
import app.backcoach.summary.ClinicianSummary.StopAdvice;
import app.backcoach.summary.ClinicianSummary.Week;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF, opened again with PDFBox: one A4 page whatever the weeks held, with the headings and the figures. */
class SummaryPdfTest {

    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 10, 19);
    private static final Texts TEXTS = new EnglishTexts();

    @Test
    void aFullSixWeeksFitOnOnePageWithItsHeadingsAndFigures() throws IOException {
        byte[] pdf = SummaryPdf.write(full("olga-k"), TEXTS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).as("A4").isBetween(841f, 843f);
            String text = text(document);
            assertThat(text).contains("BackCoach summary for a physiotherapist or doctor", "Name (username): olga-k",
                    "Weeks covered: 19 Oct 2026 to 26 Nov 2026", "Back spasm began: 10 Nov 2026",
                    "not a diagnosis", "Sessions and pain, week by week", "Leg symptoms after the press-ups",
                    "Red-flag check answers", "Stop advice the app showed", "Routines and doses in use",
                    "Progression changes", "Home care", "Sources.", "Target: 14 sessions a week");
            assertThat(text).as("the figures of a week").contains("16 Nov 9 14 3.5 5.5 6");
            assertThat(text).contains("Feeling unwell (see a doctor soon)", "spreading further down the leg",
                    "Hold 5 s · 10 reps · 2 sets", "tilt 4 to 5 reps");
            assertThat(text).as("the last day of home care, each kind done")
                    .contains("27 Nov 2026: 1 cold pack, 2 heat packs, 3 walks (25 min), 1 slow-breathing session");
        }
    }

    @Test
    void theUsernameIsInThePdfOnlyWhenChosen() throws IOException {
        byte[] pdf = SummaryPdf.write(full(null), TEXTS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).doesNotContain("Name (username)", "olga-k");
        }
    }

    @Test
    void anEmptyHistoryStillMakesASensiblePage() throws IOException {
        List<Week> weeks = IntStream.range(0, 6)
                .mapToObj(i -> new Week(FIRST_WEEK.plusWeeks(i), 0, 14, null, null, 0)).toList();
        ClinicianSummary empty = new ClinicianSummary(FIRST_WEEK, FIRST_WEEK.plusDays(38), Locale.UK, null, null, 2,
                weeks, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        try (PDDocument document = Loader.loadPDF(SummaryPdf.write(empty, TEXTS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("No sessions recorded in these weeks.",
                    "Back spasm began: not given", "No answers in these weeks.", "No check answered in these weeks.",
                    "No routine done in these weeks.", "No changes in these weeks.",
                    "No packs, walks or slow breathing recorded in these weeks.", "not rated");
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void aLetterTheStandardFontLacksShowsAsAQuestionMark() {
        assertThat(PdfText.safe("Olga · Łódź")).isEqualTo("Olga · ?ód?");
    }

    @Test
    void theFileNameCarriesTheDay() {
        assertThat(SummaryPdf.fileName(LocalDate.of(2026, 11, 30))).isEqualTo("backcoach-summary-2026-11-30.pdf");
    }

    /** Six weeks with every list longer than a page could hold, and routines with the longest names. */
    static ClinicianSummary full(String username) {
        List<Week> weeks = IntStream.range(0, 6).mapToObj(i -> new Week(FIRST_WEEK.plusWeeks(i), 8 + i % 3, 14,
                3.5, 5.5, 6)).toList();
        List<LegAnswer> legs = new ArrayList<>();
        List<StopAdvice> advice = new ArrayList<>();
        List<RedFlagAnswers> checks = new ArrayList<>();
        List<Progression> steps = new ArrayList<>();
        List<CareDay> care = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            LocalDate date = FIRST_WEEK.plusDays(day);
            legs.add(new LegAnswer(date, LegSymptoms.values()[day % 4]));
            advice.add(new StopAdvice(date, Advice.Kind.values()[day % Advice.Kind.values().length]));
            checks.add(new RedFlagAnswers(date, Set.of(RedFlag.UNWELL, RedFlag.NEW_LEG_SYMPTOMS, RedFlag.WORSE_ON_COUGH),
                    Set.of(RedFlag.BETWEEN_SHOULDER_BLADES), date, date.plusDays(1)));
            steps.add(new Progression(date, "x".repeat(80), true,
                    List.of(new RepChange("Pelvic tilt", 4, 5), new RepChange("Knee-to-chest stretch", 6, 7))));
            care.add(new CareDay(date, 1, 2, 3, 25, 1));
        }
        List<DosedExercise> exercises = IntStream.range(0, 6)
                .mapToObj(i -> new DosedExercise(i == 0 ? "Pelvic tilt" : "Knee-to-chest stretch " + i, dose(5, 10, 2)))
                .toList();
        List<RoutineInUse> routines = IntStream.range(0, 5)
                .mapToObj(i -> new RoutineInUse(i + " " + "A very long routine name of my own ".repeat(3).strip()
                        .substring(0, 78), exercises)).toList();
        return new ClinicianSummary(FIRST_WEEK, FIRST_WEEK.plusDays(38), Locale.UK, username,
                LocalDate.of(2026, 11, 10), 2, weeks, legs, checks, advice,
                List.of(Advice.Kind.SPREADING, Advice.Kind.PAIN_RISING), routines, steps, care);
    }

    private static Dosage dose(int hold, int reps, int sets) {
        return new Dosage() {
            @Override
            public int holdSeconds() {
                return hold;
            }

            @Override
            public int reps() {
                return reps;
            }

            @Override
            public int sets() {
                return sets;
            }

            @Override
            public boolean perSide() {
                return false;
            }
        };
    }
}
