package app.backcoach.workout.ui;

import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.engine.Phase;
import app.backcoach.engine.Side;
import app.backcoach.engine.Snapshot;
import app.backcoach.engine.Upcoming;
import com.vaadin.flow.component.Component;

import java.time.Duration;

/** The words of a workout: phase names, what the timer says, and the "Rep 3 of 10 · Set 1 of 2" line. */
final class PhaseTexts {

    private final Component owner;

    PhaseTexts(Component owner) {
        this.owner = owner;
    }

    PhaseTimer.Display current(Snapshot now) {
        return new PhaseTimer.Display(label(now.phase()), kind(now.phase()), now.phaseDuration(),
                speech(now.phase(), now.exercise().name()));
    }

    /** The end of a workout that stopped early or reached its end by skipping: no "complete", no "well done". */
    PhaseTimer.Display saved(Snapshot now) {
        return new PhaseTimer.Display(label(now.phase()), kind(now.phase()), now.phaseDuration(),
                owner.getTranslation("workout.say.saved"));
    }

    /** The phase after this one (the end of the workout after the last), or null once the workout is done. */
    PhaseTimer.Display next(Snapshot now) {
        Upcoming next = now.next();
        if (next == null || now.phase() == Phase.DONE) {
            return null;
        }
        Duration duration = next.phase() == Phase.DONE ? Duration.ZERO : next.duration();
        return new PhaseTimer.Display(label(next.phase()), kind(next.phase()), duration,
                speech(next.phase(), next.exerciseName()));
    }

    String label(Phase phase) {
        return owner.getTranslation("workout.phase." + phase.name());
    }

    /**
     * "Rep 3 of 10 · Set 1 of 2 · Left side". On a narrow screen the line breaks only between its parts,
     * after a "·": the words of each part, and each part and the "·" after it, are joined by no-break spaces.
     */
    String position(Snapshot now) {
        String rep = together(owner.getTranslation("workout.rep", now.repNumber(), now.repsTotal()));
        String set = together(owner.getTranslation("workout.set", now.setNumber(), now.setsTotal()));
        String line = now.side() == Side.NONE ? owner.getTranslation("workout.position", rep, set)
                : owner.getTranslation("workout.positionWithSide", rep, set, together(side(now.side())));
        return line.replace(" · ", "\u00a0· ");
    }

    private static String together(String words) {
        return words.replace(' ', '\u00a0');
    }

    /** "Next: Relax · 3 s" or "Next: Get ready · Prayer stretch" */
    String nextLine(Snapshot now) {
        Upcoming next = now.next();
        if (now.phase() == Phase.DONE || next == null) {
            return "";
        }
        if (next.phase() == Phase.DONE) {
            return owner.getTranslation("workout.nextDone");
        }
        String what = next.exerciseIndex() != now.exerciseIndex() ? next.exerciseName()
                : next.side() != Side.NONE && next.side() != now.side() ? side(next.side())
                : seconds(next.duration());
        return owner.getTranslation("workout.next", label(next.phase()), what);
    }

    String side(Side side) {
        return owner.getTranslation("workout.side." + side.name());
    }

    String seconds(Duration duration) {
        return owner.getTranslation("workout.seconds", duration.toSeconds());
    }

    private String speech(Phase phase, String exerciseName) {
        return owner.getTranslation("workout.say." + phase.name(), exerciseName);
    }

    private static String kind(Phase phase) {
        return switch (phase) {
            case HOLD -> "hold";
            case DONE -> "done";
            default -> "wait";
        };
    }
}
