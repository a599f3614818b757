package app.backcoach.exercise;

import app.backcoach.BackCoachTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class ExerciseCatalogueMigrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExerciseService exercises;
    @Autowired
    Environment environment;

    @Test
    void flywayCreatesTheSchemaAndHibernateOnlyValidatesIt() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\"", Integer.class);
        assertThat(applied).isEqualTo(1);
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void theCatalogueHoldsTheSixExercisesInOrder() {
        assertThat(exercises.findAll()).extracting(ExerciseInfo::slug).containsExactly("pelvic-tilt",
                "knee-to-chest", "double-knee-to-chest", "prayer-stretch", "prone-press-up", "lower-trunk-rotation");
    }

    @Test
    void everyExerciseHasStepsCautionsADoseAndASource() {
        List<ExerciseInfo> all = exercises.findAll();
        assertThat(all).allSatisfy(exercise -> {
            assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(exercise.cautions()).isNotEmpty();
            assertThat(exercise.source()).startsWith("Based on");
            assertThat(exercise.image()).endsWith(".svg");
            assertThat(ExerciseCatalogueMigrationTest.class.getResource("/META-INF/resources/" + exercise.imagePath()))
                    .as("drawing of %s", exercise.slug()).isNotNull();
        });
    }

    @Test
    void perSideExercisesSaySoInTheirDose() {
        assertThat(exercises.findBySlug("knee-to-chest")).get().extracting(e -> e.dose().sideMode())
                .isEqualTo(SideMode.LEFT_THEN_RIGHT);
        assertThat(exercises.findBySlug("lower-trunk-rotation")).get().extracting(e -> e.dose().sideMode())
                .isEqualTo(SideMode.ALTERNATING);
        assertThat(exercises.findBySlug("pelvic-tilt")).get()
                .isEqualTo(exercises.findAll().getFirst())
                .extracting(ExerciseInfo::dose).isEqualTo(new Dose(5, 10, 2, SideMode.NONE, 2));
    }

    @Test
    void anUnknownOrMalformedSlugFindsNothing() {
        assertThat(exercises.findBySlug("nope")).isEmpty();
        assertThat(exercises.findBySlug("")).isEmpty();
        assertThat(exercises.findBySlug("x".repeat(1000))).isEmpty();
    }
}
