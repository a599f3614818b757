package app.backcoach.engine;

import java.time.Duration;
import java.util.List;

/**
 * One entry of the flattened workout timeline. Waiting phases (GET_READY, RELAX, REST, SWITCH_SIDES,
 * NEXT_EXERCISE) carry the position of the hold they lead into; DONE carries the workout's last hold.
 *
 * @param closes for a HOLD, the sides whose part of this set is finished once this hold is left
 */
record Step(Phase phase, int exerciseIndex, int setNumber, int repNumber, Side side, Duration duration,
        List<Side> closes) {

    Step {
        closes = List.copyOf(closes);
    }

    boolean isHold() {
        return phase == Phase.HOLD;
    }

    Step waiting(Phase waitingPhase, Duration waitingDuration) {
        return new Step(waitingPhase, exerciseIndex, setNumber, repNumber, side, waitingDuration, List.of());
    }
}
