import { LitElement, css, html, nothing, PropertyValues } from 'lit';
import { Countdown } from './phase-timer/countdown';
import { Cues } from './phase-timer/cues';
import { Ring, ringStyles } from './phase-timer/ring';
import { ScreenWakeLock } from './phase-timer/wake-lock';

type Kind = 'hold' | 'wait' | 'done';

/** Phases longer than this (in milliseconds: 2 minutes) show minutes and seconds; shorter ones whole seconds. */
const LONGEST_SHOWN_IN_SECONDS_MS = 120_000;
/** Words longer than this are drawn smaller (and the digits under them), to stay inside the ring on a phone. */
const LONGEST_WORD_AT_FULL_SIZE = 10;

/**
 * The countdown of one workout phase, run by the browser so that the server hears nothing while it runs.
 *
 * The server sets the phase (id, label, kind, duration, remaining time) and what comes next. The timer
 * counts down against a deadline taken from performance.now(); at the deadline it sends one `phase-end`
 * event with the milliseconds that really passed, and moves straight on to the next phase it was told
 * about, so the screen never waits for the network. When the server answers with that same next phase,
 * the running countdown is kept; anything else (a rejected report, skip, back) replaces it.
 *
 * It also gives the cues (a tone at the start and end of each hold, spoken words, "three, two, one"
 * before a hold), and keeps the screen awake while a workout runs. The parts live in `./phase-timer/`:
 * the deadline and its timers (countdown), the sounds and words (cues), the ring (ring) and the screen
 * wake lock (wake-lock); this element holds the phases and puts the parts together.
 */
export class PhaseTimer extends LitElement {
  static properties = {
    phaseId: { type: Number },
    label: { type: String },
    kind: { type: String },
    durationMs: { type: Number },
    remainingMs: { type: Number },
    speech: { type: String },
    nextLabel: { type: String },
    nextKind: { type: String },
    nextDurationMs: { type: Number },
    nextSpeech: { type: String },
    countdownWords: { type: String },
    minutesWord: { type: String },
    paused: { type: Boolean },
    muted: { type: Boolean },
    active: { type: Boolean },
    shown: { state: true },
    remainingShown: { state: true },
  };

  phaseId = -1;
  label = '';
  kind: Kind = 'wait';
  durationMs = 0;
  remainingMs = 0;
  speech = '';
  nextLabel = '';
  nextKind: Kind = 'wait';
  nextDurationMs = 0;
  nextSpeech = '';
  /** Words for the last three seconds before a hold, separated by "|", e.g. "Three|Two|One". */
  countdownWords = '';
  /** The unit a screen reader reads after the minutes left on a long timer, e.g. "min". */
  minutesWord = 'min';
  paused = false;
  muted = false;
  /** True while a workout runs: keeps the screen awake. */
  active = false;

  /** The phase the timer is counting now (may be one ahead of the server for a moment). */
  private shown = { id: -1, label: '', kind: 'wait' as Kind, durationMs: 0 };
  private remainingShown = 0;
  /** The phase whose successor the next* properties describe; each is used for one move only. */
  private nextFor = -1;
  /** Tones and words of the phase just drawn, played in the next task. */
  private cuesToPlay: Array<() => void> = [];

  // the wake lock goes first: on a return to the page it is asked for before the countdown catches up
  private readonly wakeLock = new ScreenWakeLock(this, () => this.active);
  private readonly countdown = new Countdown(this, {
    isHeld: () => this.paused || this.shown.kind === 'done',
    onTick: remaining => {
      this.remainingShown = remaining;
      this.ring.follow(remaining, this.shown.durationMs);
      this.countIn(remaining);
    },
    onRun: remaining => this.ring.show(remaining, this.shown.durationMs),
    onDeadline: (now, elapsedMs, deadline) => this.phaseEnds(now, elapsedMs, deadline),
  });
  private readonly ring = new Ring(this);
  private readonly cues = new Cues(this, () => this.muted);

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('phaseId') || changed.has('label') || changed.has('durationMs')) {
      const sameAsShown = this.phaseId === this.shown.id && this.label === this.shown.label
          && this.durationMs === this.shown.durationMs;
      if (!sameAsShown) {
        this.begin(this.phaseId, this.label, this.kind, this.durationMs, this.remainingMs, this.speech,
            performance.now());
      }
    }
    if (changed.has('nextLabel') || changed.has('nextDurationMs') || changed.has('phaseId')) {
      this.nextFor = this.phaseId;
    }
    if (changed.has('paused') && changed.get('paused') !== undefined) {
      this.paused ? this.freeze() : this.unfreeze();
    }
    if (changed.has('active')) {
      this.active ? this.wakeLock.request() : this.wakeLock.release();
    }
  }

  private begin(id: number, label: string, kind: Kind, durationMs: number, remainingMs: number, speech: string,
                now: number) {
    this.countdown.stop();
    this.shown = { id, label, kind, durationMs };
    this.dataset.phase = label;
    this.dataset.kind = kind;
    // for tests and benchmarks that time phases in the page; nothing listens to it on the server
    this.dispatchEvent(new CustomEvent('phase-start', { detail: { id, label, kind, at: now } }));
    if (kind === 'done') {
      this.remainingShown = 0;
      this.ring.show(0, durationMs);
      this.cueAfterDrawing(() => this.cues.phaseStarts(speech, false));
      return;
    }
    this.cueAfterDrawing(() => this.cues.phaseStarts(speech, kind === 'hold'));
    if (this.paused) {
      this.countdown.hold(now, durationMs, remainingMs);
      this.remainingShown = remainingMs;
      this.ring.show(remainingMs, durationMs);
      return;
    }
    this.countdown.start(now, durationMs, remainingMs);
  }

  /** At the deadline (the countdown has stopped): report the phase and move on to the next one if known. */
  private phaseEnds(now: number, elapsedMs: number, deadline: number) {
    const ended = this.shown;
    if (ended.kind === 'hold') {
      this.cueAfterDrawing(() => this.cues.holdEnds());
    }
    const moveOn = this.nextFor === ended.id && this.nextLabel !== ''
        && (this.nextDurationMs > 0 || this.nextKind === 'done');
    // The report of the phase that ended and the next phase go together, at the deadline: the next phase
    // is put on the screen first, and the report follows in the same task, as soon as the timer has drawn
    // it. So the report leaves in the first milliseconds of the next phase (a hold too), its sending never
    // delays the phase or shortens it, and nothing else is sent while the phase runs.
    const report = () => this.dispatchEvent(new CustomEvent('phase-end',
        { detail: { phaseId: ended.id, elapsedMs, deadline } }));
    if (moveOn) {
      // Move on without waiting for the server's answer, which confirms this phase or replaces it. The next
      // phase's clock starts now, when it shows, so that it lasts its full time on the screen.
      this.begin(ended.id + 1, this.nextLabel, this.nextKind, this.nextDurationMs, this.nextDurationMs,
          this.nextSpeech, now);
      this.updateComplete.then(report);
    } else {
      report();
    }
  }

  /**
   * Plays a tone or says words in a task of its own once the phase it belongs to is drawn, so that the
   * sound and speech work never holds up the change on the screen (nor the report that follows it).
   */
  private cueAfterDrawing(cue: () => void) {
    if (this.cuesToPlay.push(cue) === 1) {
      this.updateComplete.then(() => window.setTimeout(() => {
        const cues = this.cuesToPlay;
        this.cuesToPlay = [];
        cues.forEach(each => each());
      }));
    }
  }

  private freeze() {
    const remaining = this.countdown.freeze();
    if (remaining !== undefined) {
      this.remainingShown = remaining;
      this.ring.show(remaining, this.shown.durationMs);
    }
  }

  private unfreeze() {
    if (this.shown.kind === 'done') {
      return;
    }
    this.countdown.resume(this.shown.durationMs);
  }

  /** Says "three, two, one" in the last seconds of a wait that leads into a hold. */
  private countIn(remaining: number) {
    const words = this.countdownWords ? this.countdownWords.split('|') : [];
    if (this.shown.kind !== 'wait' || this.nextKind !== 'hold' || this.shown.durationMs < 5000 || !words.length) {
      return;
    }
    this.cues.countIn(remaining, words);
  }

  static styles = [ringStyles, css`
    :host {
      display: block;
      width: min(94vw, 56vh);
      aspect-ratio: 1;
      margin: 0 auto;
      position: relative;
      color: var(--lumo-body-text-color);
      /* the words and digits are sized by the ring (cqi: a hundredth of its width), so they stay inside it */
      container-type: inline-size;
    }
    .face {
      position: absolute; inset: 0; display: flex; flex-direction: column;
      align-items: center; justify-content: center; line-height: 1;
    }
    .label { font-size: clamp(1.25rem, 9cqi, 4rem); font-weight: 700; max-width: 64cqi; text-align: center; }
    /* a long word ("Next exercise", "Siguiente ejercicio") is smaller, and the digits under it too, so that its
       corners stay inside the ring on a phone */
    .label.long { font-size: clamp(1.1rem, 6.5cqi, 3rem); }
    .face.long-label .digits:not(.long):not(.clock) { font-size: min(27vh, 48vw); }
    .digits {
      font-size: min(27vh, 56vw); font-weight: 700; font-variant-numeric: tabular-nums;
      letter-spacing: -0.04em;
    }
    .digits.long { font-size: min(20vh, 40vw); }
    .digits.clock { font-size: min(16vh, 30vw); }
    :host([data-kind='done']) .digits { display: none; }
  `];

  /**
   * For long timers, what a screen reader reads for the time left: the label and the whole minutes left
   * (changing once a minute, so that it is not read out every second).
   */
  private spokenTimeLeft(seconds: number) {
    const minutes = Math.ceil(seconds / 60);
    return `${this.shown.label}: ${minutes} ${this.minutesWord}`;
  }

  render() {
    const seconds = Math.ceil(this.remainingShown / 1000);
    // minutes and seconds for the long timers (packs, walks); whole seconds for a workout's short phases
    const clock = this.shown.durationMs > LONGEST_SHOWN_IN_SECONDS_MS;
    const digits = clock ? `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` : String(seconds);
    const longLabel = this.shown.label.length > LONGEST_WORD_AT_FULL_SIZE;
    return html`
      ${this.ring.render()}
      <div class="face ${longLabel ? 'long-label' : ''}" role="timer"
           aria-label=${clock ? this.spokenTimeLeft(seconds) : nothing}>
        <div class="label ${longLabel ? 'long' : ''}" aria-live="assertive">${this.shown.label}</div>
        <div class="digits ${clock ? 'clock' : seconds >= 100 ? 'long' : ''}" aria-hidden="true">${digits}</div>
      </div>
    `;
  }
}

customElements.define('bc-phase-timer', PhaseTimer);
