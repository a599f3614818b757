package app.backcoach.exercise.ui;

import app.backcoach.PropertyContext;
import app.backcoach.Texts;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import com.vaadin.flow.router.RouteParameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exercise addresses under any slug: only a slug of the catalogue, exactly as written there, finds its exercise
 * (and its page exists); anything else finds nothing and its page is a 404.
 */
class ExerciseInputPropertiesTest {

    private final ExerciseService exercises = PropertyContext.bean(ExerciseService.class);
    private final ExercisePages pages = PropertyContext.bean(ExercisePages.class);
    private final List<ExerciseInfo> catalogue = exercises.findAll();

    @Property(tries = 300)
    void aSlugThatIsNotInTheCatalogueFindsNothing(@ForAll("unknownSlugs") String slug) {
        assertThat(exercises.findBySlug(slug)).isEmpty();
        if (slug != null) {
            assertThat(pages.exists(ExerciseDetailView.class, new RouteParameters(ExerciseDetailView.SLUG, slug)))
                    .contains(false);
        }
    }

    @Property(tries = 20)
    void theSlugOfEachExerciseFindsIt(@ForAll("knownExercises") ExerciseInfo exercise) {
        assertThat(exercises.findBySlug(exercise.slug())).contains(exercise);
        assertThat(exercises.byId().get(exercise.id())).isEqualTo(exercise);
        assertThat(pages.exists(ExerciseDetailView.class,
                new RouteParameters(ExerciseDetailView.SLUG, exercise.slug()))).contains(true);
    }

    @Provide
    Arbitrary<ExerciseInfo> knownExercises() {
        return Arbitraries.of(catalogue);
    }

    @Provide
    Arbitrary<String> unknownSlugs() {
        Set<String> slugs = catalogue.stream().map(ExerciseInfo::slug).collect(Collectors.toSet());
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Texts.blank(),
                Texts.any(1, 100),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(64),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(500),
                Arbitraries.of(slugs).map(slug -> slug.toUpperCase(Locale.ROOT)),
                Arbitraries.of(slugs).map(slug -> " " + slug),
                Arbitraries.of(slugs).map(slug -> slug + "/"),
                Arbitraries.of(slugs).map(slug -> slug.replace('-', '_')))
                .filter(slug -> !slugs.contains(slug));
    }
}
