package app.backcoach.workout;

import app.backcoach.engine.ResumePoint;

/** A workout the person left without its end, which they may resume, and where it would go on. */
public record ResumeOffer(long workoutId, ResumePoint point) {
}
