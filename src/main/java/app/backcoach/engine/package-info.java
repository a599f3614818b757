/**
 * Server-side workout engine: a plan is flattened into a fixed list of timed phases which a
 * {@link app.backcoach.engine.WorkoutSession} walks, driven by browser reports checked against a
 * {@link java.time.Clock}.
 *
 * <p>Design choices:
 * <ul>
 *   <li>Between exercises: NEXT_EXERCISE (10 s) then GET_READY (5 s), two separate phases. The last set of
 *       the last exercise goes straight to DONE.</li>
 *   <li>A rest of 0 s drops the REST phase, but the normal 3 s RELAX still separates the two holds.</li>
 *   <li>Waiting phases are labelled with the hold they lead into (exercise, set, rep, side).</li>
 *   <li>back() goes to the start of the hold before the current rep (a waiting phase's rep is the one it leads
 *       into); with no earlier hold it restarts the current phase; in DONE it does nothing.</li>
 *   <li>A set part is reported at most once. Redoing a rep of a part not yet reported replaces that rep's
 *       measurement; going back into an already reported part starts a new record holding only the redone
 *       reps, reported again when left (a new physical set).</li>
 *   <li>skip() and back() while paused keep the session paused; the new phase starts frozen at full length.</li>
 *   <li>pause() and resume() return false when they have nothing to do.</li>
 * </ul>
 */
package app.backcoach.engine;
