package app.backcoach.exercise;

import app.backcoach.BackCoachTest;
import app.backcoach.base.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue in Spanish, and in English for every field that Spanish lacks. */
@BackCoachTest
class ExerciseTranslationsTest {

    @Autowired
    ExerciseService exercises;
    @Autowired
    ExerciseRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyExerciseHasEveryFieldInSpanish() {
        assertThat(exercises.findAll(Languages.SPANISH)).hasSize(6).allSatisfy(exercise -> {
            ExerciseInfo english = exercises.findAll(Languages.ENGLISH).stream()
                    .filter(e -> e.id() == exercise.id()).findFirst().orElseThrow();
            assertThat(exercise.name()).isNotEqualTo(english.name());
            assertThat(exercise.purpose()).isNotEqualTo(english.purpose());
            assertThat(exercise.source()).startsWith("Basado en");
            assertThat(exercise.steps()).hasSameSizeAs(english.steps()).doesNotContainAnyElementsOf(english.steps());
            assertThat(exercise.cautions()).hasSameSizeAs(english.cautions())
                    .doesNotContainAnyElementsOf(english.cautions());
            assertThat(exercise.dose()).isEqualTo(english.dose());
        });
        assertThat(exercises.findAll(Languages.SPANISH).getFirst().name()).isEqualTo("Inclinación pélvica");
    }

    @Test
    void theSourcesTitlesStayAsTheSourcesNameThem() {
        ExerciseInfo tilt = exercises.findAll(Locale.forLanguageTag("es-ES")).getFirst();

        assertThat(tilt.source()).contains("\"How Do You Relieve Back Spasms? 10 Tips\"", "NHS");
        assertThat(tilt.sourceUrl()).isEqualTo("https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/");
    }

    @Test
    void aFieldMissingInSpanishIsReadInEnglish() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    delete from exercise_text where lang = 'es' and field in ('purpose', 'step')
                    and exercise_id = (select id from exercise where slug = 'pelvic-tilt')""");
            ExerciseService fresh = new ExerciseService(repository, new ExerciseTexts(jdbc));

            ExerciseInfo tilt = fresh.findAll(Languages.SPANISH).getFirst();
            ExerciseInfo english = fresh.findAll(Languages.ENGLISH).getFirst();

            assertThat(tilt.name()).isEqualTo("Inclinación pélvica");
            assertThat(tilt.purpose()).isEqualTo(english.purpose())
                    .isEqualTo("A small, slow rock of the pelvis that gently moves the lower back.");
            assertThat(tilt.steps()).isEqualTo(english.steps());
            assertThat(tilt.cautions()).first().isEqualTo("No contengas la respiración mientras mantienes la inclinación.");
            status.setRollbackOnly();
        });
    }

    @Test
    void aLanguageBackCoachDoesNotSpeakGetsEnglish() {
        assertThat(exercises.findAll(Locale.GERMAN)).isEqualTo(exercises.findAll(Languages.ENGLISH));
        assertThat(exercises.findAll(Locale.GERMAN).getFirst().name()).isEqualTo("Pelvic tilt");
    }

    @Test
    void outsideAPageTheCatalogueIsInEnglish() {
        assertThat(exercises.findAll()).isEqualTo(exercises.findAll(Languages.ENGLISH));
    }
}
