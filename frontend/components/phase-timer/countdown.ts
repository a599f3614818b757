import { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the countdown asks of, and tells, the element that runs it. */
export interface CountdownHooks {
  /** True while the timer must stand still: paused, or the workout is over. */
  isHeld(): boolean;
  /** Just after each whole second passes (and when the count starts or catches up): the time left. */
  onTick(remainingMs: number): void;
  /** The count runs (again) with this much time left: show the ring where the phase stands. */
  onRun(remainingMs: number): void;
  /** The deadline has passed: the count has stopped; `elapsedMs` is the phase's time as it really passed. */
  onDeadline(now: number, elapsedMs: number, deadline: number): void;
}

/**
 * How long before the deadline its timer wakes. A busy device fires timers late (ten pages on one core:
 * 10-30 ms); the last few milliseconds are then waited out in place, yielding to the page between looks at
 * the clock, so that the phase ends at its deadline.
 */
const WAKE_EARLY_MS = 25;

/**
 * The count of one phase against a deadline taken from performance.now(), so that a timer the browser
 * slows down (a background tab) never shortens or stretches a phase: pause and resume keep what was left,
 * a timer that fires early is set again, and when the page becomes visible again everything is recomputed
 * from the deadline. It fires `onDeadline` once, at the deadline.
 */
export class Countdown implements ReactiveController {
  private startedAt = 0;
  private deadline = 0;
  private frozenRemaining = 0;
  private endTimer?: number;
  private tickTimer?: number;
  /** For the last milliseconds before the deadline: a message to itself runs at once, unlike a timer. */
  private readonly soon = new MessageChannel();

  constructor(host: ReactiveControllerHost, private readonly hooks: CountdownHooks) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.soon.port1.onmessage = this.checkDeadline;
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** True while a deadline is set and not yet reached. */
  get running() {
    return this.endTimer !== undefined;
  }

  /** Counts down a phase of `durationMs` that has `remainingMs` left at `now`. */
  start(now: number, durationMs: number, remainingMs: number) {
    this.startedAt = now - (durationMs - remainingMs);
    this.deadline = now + remainingMs;
    this.schedule();
  }

  /** Sets up such a phase without running it (it begins while paused); `resume` runs it. */
  hold(now: number, durationMs: number, remainingMs: number) {
    this.startedAt = now - (durationMs - remainingMs);
    this.frozenRemaining = remainingMs;
  }

  /** Stops a running count and keeps what is left; returns that, or undefined if nothing was running. */
  freeze(): number | undefined {
    if (this.endTimer === undefined) {
      return undefined;
    }
    this.frozenRemaining = Math.max(0, this.deadline - performance.now());
    this.stop();
    return this.frozenRemaining;
  }

  /** Runs the frozen rest of a phase of `durationMs` from now. */
  resume(durationMs: number) {
    const now = performance.now();
    this.deadline = now + this.frozenRemaining;
    this.startedAt = now - (durationMs - this.frozenRemaining);
    this.schedule();
  }

  stop() {
    if (this.endTimer !== undefined) {
      window.clearTimeout(this.endTimer);
      this.endTimer = undefined;
    }
    if (this.tickTimer !== undefined) {
      window.clearTimeout(this.tickTimer);
      this.tickTimer = undefined;
    }
  }

  private schedule() {
    const wait = Math.max(0, this.deadline - performance.now());
    this.endTimer = window.setTimeout(this.checkDeadline, Math.max(0, wait - WAKE_EARLY_MS));
    this.tick();
    this.hooks.onRun(wait);
  }

  private readonly checkDeadline = () => {
    if (this.hooks.isHeld() || this.endTimer === undefined) {
      return;
    }
    const now = performance.now();
    if (now < this.deadline - WAKE_EARLY_MS) {
      // the timer fired early (or the page came back from the background): set it again
      window.clearTimeout(this.endTimer);
      this.endTimer = window.setTimeout(this.checkDeadline, this.deadline - WAKE_EARLY_MS - now);
      return;
    }
    if (now < this.deadline) {
      this.soon.port2.postMessage(null);
      return;
    }
    const elapsedMs = Math.round(now - this.startedAt);
    this.stop();
    this.hooks.onDeadline(now, elapsedMs, this.deadline);
  };

  /** Tells the time left once a second, just after each whole second passes. */
  private readonly tick = () => {
    const remaining = Math.max(0, this.deadline - performance.now());
    this.hooks.onTick(remaining);
    this.tickTimer = remaining > 0 && !this.hooks.isHeld()
        ? window.setTimeout(this.tick, (remaining % 1000 || 1000) + 5) : undefined;
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.endTimer !== undefined) {
      // timers may have been slowed in the background: recompute everything from the deadline
      window.clearTimeout(this.tickTimer);
      this.tick();
      this.hooks.onRun(Math.max(0, this.deadline - performance.now()));
      this.checkDeadline();
    }
  };
}
