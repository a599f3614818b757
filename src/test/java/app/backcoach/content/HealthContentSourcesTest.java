package app.backcoach.content;

import app.backcoach.BackCoachTest;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import app.backcoach.exercise.AskFirst;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Advice;
import app.backcoach.safety.RedFlag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every piece of health content the app shows traces to a source line, every dose lies within what the
 * sources name, and no screen text makes a diagnosis.
 */
@BackCoachTest
class HealthContentSourcesTest {

    private static final Pattern DIAGNOSIS = Pattern.compile("(?i)herniat|stenosis|disc-related|often eases|often suits");

    @Autowired
    ExerciseService exercises;
    @Autowired
    RoutineService routines;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        SignedIn.as(TestAccounts.create(accounts, "reader"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void everyExerciseShownNamesItsSource() {
        List<ExerciseInfo> all = exercises.findAll();
        assertThat(all).isNotEmpty().allSatisfy(exercise -> {
            assertThat(exercise.source()).as(exercise.slug()).startsWith("Based on ").hasSizeGreaterThan(20);
            assertThat(exercise.steps()).as(exercise.slug()).isNotEmpty();
            assertThat(exercise.cautions()).as(exercise.slug()).isNotEmpty();
        });
    }

    @Test
    void everyRedFlagTierAdviceAndAskFirstNoteHasASourceLine() throws IOException {
        Properties english = english();
        Arrays.stream(RedFlag.values()).forEach(flag -> {
            assertThat(english.getProperty(flag.key())).as(flag.name()).isNotBlank();
            assertThat(english.getProperty(flag.tier().sourceKey())).as(flag.name() + "'s source").isNotBlank();
        });
        Arrays.stream(Advice.Kind.values()).forEach(kind ->
                assertThat(english.getProperty("advice.source." + kind.name())).as(kind.name()).isNotBlank());
        Arrays.stream(AskFirst.values()).forEach(reason ->
                assertThat(english.getProperty(reason.sourceKey())).as(reason.name()).isNotBlank());
    }

    @Test
    void everyDoseInTheCatalogueAndTheBuiltInRoutinesLiesWithinItsSourceRange() {
        assertThat(exercises.findAll()).allSatisfy(exercise ->
                assertThat(exercise.sourceRange().contains(exercise.dose())).as(exercise.slug()).isTrue());
        List<RoutineInfo> builtIn = routines.findAll().stream().filter(RoutineInfo::builtIn).toList();
        assertThat(builtIn).isNotEmpty().allSatisfy(routine -> routine.items().forEach(item ->
                assertThat(item.exercise().sourceRange().contains(item.dose()))
                        .as(routine.key() + ": " + item.exercise().slug()).isTrue()));
    }

    @Test
    void theKneeToChestStretchesCarryTheOsteoporosisRule() {
        assertThat(exercises.findAll()).filteredOn(exercise -> exercise.slug().contains("knee-to-chest")).hasSize(2)
                .allSatisfy(exercise -> {
                    assertThat(exercise.askFirst()).contains(AskFirst.OSTEOPOROSIS);
                    assertThat(exercise.cautions()).anyMatch(caution -> caution.contains("osteoporosis"));
                    assertThat(exercise.source()).contains("Mayo Clinic");
                });
    }

    @Test
    void noScreenTextOrPurposeMakesADiagnosis() throws IOException {
        assertThat(exercises.findAll()).allSatisfy(exercise -> assertThat(exercise.purpose()).doesNotContainPattern(DIAGNOSIS));
        assertThat(routines.findAll()).allSatisfy(routine -> {
            assertThat(routine.name()).doesNotContainPattern(DIAGNOSIS).doesNotContainIgnoringCase("relief");
            if (routine.description() != null) {
                assertThat(routine.description()).doesNotContainPattern(DIAGNOSIS);
            }
        });
        english().forEach((key, text) -> {
            if (!key.toString().contains(".source")) {
                assertThat(text.toString()).as(key.toString()).doesNotContainPattern(DIAGNOSIS)
                        .doesNotContainIgnoringCase("clinician").doesNotContainIgnoringCase("flexion")
                        .doesNotContain("McKenzie");
            }
        });
    }

    @Test
    void theGentleStartRoutineIsWhatTheSourcesGiveForTheFirstDaysAndKeepsItsOldAddress() {
        RoutineInfo gentle = routines.findByKey("gentle-start").orElseThrow();
        assertThat(gentle.name()).isEqualTo("Gentle start");
        assertThat(gentle.items()).extracting(item -> item.exercise().slug())
                .containsExactly("pelvic-tilt", "knee-to-chest");
        assertThat(routines.findByKey("quick-relief")).map(RoutineInfo::id).contains(gentle.id());
    }

    private static Properties english() throws IOException {
        Properties english = new Properties();
        try (InputStream in = HealthContentSourcesTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english;
    }
}
