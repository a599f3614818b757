package app.backcoach.exercise.ui;

import app.backcoach.BackCoachTest;
import app.backcoach.Gens;
import app.backcoach.Texts;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exercise addresses under any slug: only a slug of the catalogue, exactly as written there, finds its exercise
 * (and its page exists); anything else finds nothing and its page is a 404.
 */
@BackCoachTest
class ExerciseInputPropertiesTest {

    @Autowired
    ExerciseService exercises;
    @Autowired
    ExercisePages pages;

    private List<ExerciseInfo> catalogue;

    @BeforeEach
    void readCatalogue() {
        catalogue = exercises.findAll();
    }

    @Test
    void aSlugThatIsNotInTheCatalogueFindsNothing() {
        qt().withExamples(200).forAll(unknownSlugs()).checkAssert(slug -> {
            assertThat(exercises.findBySlug(slug)).isEmpty();
            if (slug != null) {
                assertThat(pages.exists(ExerciseDetailView.class, new RouteParameters(ExerciseDetailView.SLUG, slug)))
                        .contains(false);
            }
        });
    }

    @Test
    void theSlugOfEachExerciseFindsIt() {
        qt().withExamples(20).forAll(Generate.pick(catalogue)).checkAssert(exercise -> {
            assertThat(exercises.findBySlug(exercise.slug())).contains(exercise);
            assertThat(exercises.byId().get(exercise.id())).isEqualTo(exercise);
            assertThat(pages.exists(ExerciseDetailView.class,
                    new RouteParameters(ExerciseDetailView.SLUG, exercise.slug()))).contains(true);
        });
    }

    private Gen<String> unknownSlugs() {
        List<String> slugs = catalogue.stream().map(ExerciseInfo::slug).sorted().toList();
        Set<String> known = new HashSet<>(slugs);
        Gen<String> slug = Generate.pick(slugs);
        return Generate.oneOf(
                        Gens.none(),
                        Texts.blank(),
                        Texts.any(1, 100),
                        Texts.ofChars("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 64),
                        Texts.ofChars('a', 'z', 65, 500),
                        slug.map(name -> name.toUpperCase(Locale.ROOT)),
                        slug.map(name -> " " + name),
                        slug.map(name -> name + "/"),
                        slug.map(name -> name.replace('-', '_')))
                .assuming(text -> !known.contains(text)).describedAs(Texts::shown);
    }
}
