package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "This hurts", then "Skip this exercise": the workout leaves the exercise and goes on with the next. */
class SkipExerciseTest {

    private final Walker walker = Walker.started(Plans.of(Plans.plain("bridge", 2, 2), Plans.plain("cat", 2, 2)));
    private final WorkoutSession session = walker.session;

    @Test
    void skippingAnExerciseKeepsItsCountedRepsAsAPartialSetAndMovesToTheNextExercise() {
        walker.finishPhases(2);
        session.pause();

        assertThat(session.skipExercise()).singleElement().satisfies(set -> {
            assertThat(set.exerciseSlug()).isEqualTo("bridge");
            assertThat(set.repsDone()).isEqualTo(1);
        });

        assertThat(walker.label()).isEqualTo("NEXT_EXERCISE e1 s1 r1 NONE");
        assertThat(session.snapshot().paused()).as("the next exercise runs").isFalse();
    }

    @Test
    void skippingTheLastExerciseEndsTheWorkout() {
        session.skipExercise();
        session.skipExercise();

        assertThat(session.snapshot().phase()).isEqualTo(Phase.DONE);
        assertThat(session.skipExercise()).isEmpty();
    }
}
