package app.backcoach.engine;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A workout left unfinished goes on at the first set part not yet recorded. */
class ResumeTest {

    private final WorkoutPlan plan = Plans.of(Plans.plain("bridge", 2, 2), Plans.leftThenRight("knee", 2, 2),
            Plans.plain("bridge", 1, 1));
    private final Walker walker = new Walker(plan);

    @Test
    void withNothingRecordedItStartsAtTheBeginning() {
        assertThat(walker.session.resume(List.of())).isTrue();
        assertThat(walker.label()).isEqualTo("GET_READY e0 s1 r1 NONE");
        assertThat(WorkoutSession.resumePoint(plan, List.of())).contains(new ResumePoint(1, 3, 1, 2));
    }

    @Test
    void itGoesOnInTheWaitingPhaseBeforeTheFirstSetNotRecorded() {
        List<RecordedSet> recorded = List.of(new RecordedSet("bridge", 1, Side.NONE));
        assertThat(walker.session.resume(recorded)).isTrue();

        assertThat(walker.label()).isEqualTo("REST e0 s2 r1 NONE");
        assertThat(WorkoutSession.resumePoint(plan, recorded)).contains(new ResumePoint(1, 3, 2, 2));
        walker.finishPhase();
        assertThat(walker.label()).isEqualTo("HOLD e0 s2 r1 NONE");
    }

    @Test
    void oneSideOfASidedSetRecordedGoesOnWithTheOtherSide() {
        List<RecordedSet> recorded = List.of(new RecordedSet("bridge", 1, Side.NONE),
                new RecordedSet("bridge", 2, Side.NONE), new RecordedSet("knee", 1, Side.LEFT));
        walker.session.resume(recorded);

        assertThat(walker.label()).isEqualTo("SWITCH_SIDES e1 s1 r1 RIGHT");
        assertThat(WorkoutSession.resumePoint(plan, recorded)).contains(new ResumePoint(2, 3, 1, 2));
    }

    @Test
    void anExerciseThatAppearsTwiceIsToldApartByOrder() {
        List<RecordedSet> recorded = List.of(new RecordedSet("bridge", 1, Side.NONE),
                new RecordedSet("bridge", 2, Side.NONE), new RecordedSet("knee", 1, Side.LEFT),
                new RecordedSet("knee", 1, Side.RIGHT), new RecordedSet("knee", 2, Side.LEFT),
                new RecordedSet("knee", 2, Side.RIGHT));
        walker.session.resume(recorded);

        assertThat(walker.label()).isEqualTo("GET_READY e2 s1 r1 NONE");
        assertThat(WorkoutSession.resumePoint(plan, recorded)).contains(new ResumePoint(3, 3, 1, 1));
    }

    @Test
    void aWorkoutWithEverySetRecordedHasNothingToResume() {
        List<RecordedSet> all = List.of(new RecordedSet("bridge", 1, Side.NONE),
                new RecordedSet("bridge", 2, Side.NONE), new RecordedSet("knee", 1, Side.LEFT),
                new RecordedSet("knee", 1, Side.RIGHT), new RecordedSet("knee", 2, Side.LEFT),
                new RecordedSet("knee", 2, Side.RIGHT), new RecordedSet("bridge", 1, Side.NONE));
        assertThat(WorkoutSession.resumePoint(plan, all)).isEmpty();
        assertThat(new WorkoutSession(plan, Clock.systemUTC()).resume(all)).isFalse();
    }
}
