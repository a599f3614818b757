import { LitElement, css, html, nothing, svg, PropertyValues } from 'lit';

type Kind = 'hold' | 'wait' | 'done';

const CIRCUMFERENCE = 2 * Math.PI * 45;
/** Phases longer than this show minutes and seconds. */
const LONGEST_IN_SECONDS = 120_000;

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
 * before a hold), and keeps the screen awake while a workout runs.
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
    ringOffset: { state: true },
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
  /** The ring's offset when it stands still; while a phase runs, an animation draws it (not frame by frame). */
  private ringOffset = 0;
  private ringAnimation?: Animation;
  private ringDrawing = 0;
  private startedAt = 0;
  private deadline = 0;
  private frozenRemaining = 0;
  private endTimer?: number;
  private tickTimer?: number;
  private lastSpokenSecond = -1;
  /** The phase whose successor the next* properties describe; each is used for one move only. */
  private nextFor = -1;
  private audio?: AudioContext;
  private wakeLock?: WakeLockSentinel;

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') {
      this.requestWakeLock();
      if (this.endTimer !== undefined) {
        // timers may have been slowed in the background: recompute everything from the deadline
        window.clearTimeout(this.tickTimer);
        this.tick();
        this.drawRing(Math.max(0, this.deadline - performance.now()), true);
        this.checkDeadline();
      }
    }
  };

  private readonly unlockAudio = () => {
    const Ctx = window.AudioContext || (window as any).webkitAudioContext;
    if (!this.audio && Ctx) {
      this.audio = new Ctx();
    }
    this.audio?.resume();
  };

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    document.addEventListener('pointerdown', this.unlockAudio, true);
    document.addEventListener('keydown', this.unlockAudio, true);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('pointerdown', this.unlockAudio, true);
    document.removeEventListener('keydown', this.unlockAudio, true);
    this.stopTimers();
    this.ringAnimation?.cancel();
    this.releaseWakeLock();
    if ('speechSynthesis' in window) {
      speechSynthesis.cancel();
    }
  }

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
      this.active ? this.requestWakeLock() : this.releaseWakeLock();
    }
  }

  private begin(id: number, label: string, kind: Kind, durationMs: number, remainingMs: number, speech: string,
                now: number) {
    this.stopTimers();
    this.shown = { id, label, kind, durationMs };
    this.lastSpokenSecond = -1;
    this.startedAt = now - (durationMs - remainingMs);
    this.dataset.phase = label;
    this.dataset.kind = kind;
    // for tests and benchmarks that time phases in the page; nothing listens to it on the server
    this.dispatchEvent(new CustomEvent('phase-start', { detail: { id, label, kind, at: now } }));
    if (kind === 'done') {
      this.remainingShown = 0;
      this.drawRing(0, false);
      this.cue(speech, false);
      return;
    }
    this.cue(speech, kind === 'hold');
    if (this.paused) {
      this.frozenRemaining = remainingMs;
      this.remainingShown = remainingMs;
      this.drawRing(remainingMs, false);
      return;
    }
    this.deadline = now + remainingMs;
    this.schedule();
  }

  private schedule() {
    const wait = Math.max(0, this.deadline - performance.now());
    this.endTimer = window.setTimeout(() => this.checkDeadline(), wait);
    this.tick();
    this.drawRing(wait, true);
  }

  private checkDeadline() {
    if (this.paused || this.shown.kind === 'done' || this.endTimer === undefined) {
      return;
    }
    const now = performance.now();
    if (now < this.deadline) {
      window.clearTimeout(this.endTimer);
      this.endTimer = window.setTimeout(() => this.checkDeadline(), this.deadline - now);
      return;
    }
    const ended = this.shown;
    const elapsedMs = Math.round(now - this.startedAt);
    if (ended.kind === 'hold') {
      this.tone(523, 0.18);
    }
    this.stopTimers();
    const moveOn = this.nextFor === ended.id && this.nextLabel !== ''
        && (this.nextDurationMs > 0 || this.nextKind === 'done');
    // The report of the phase that ended and the next phase go together, at the deadline: the next phase
    // is put on the screen first, and the report follows in the same task, as soon as the timer has drawn
    // it. So the report leaves in the first milliseconds of the next phase (a hold too), its sending never
    // delays the phase or shortens it, and nothing else is sent while the phase runs.
    const deadline = this.deadline;
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

  private freeze() {
    if (this.endTimer === undefined) {
      return;
    }
    this.frozenRemaining = Math.max(0, this.deadline - performance.now());
    this.remainingShown = this.frozenRemaining;
    this.stopTimers();
    this.drawRing(this.frozenRemaining, false);
  }

  private unfreeze() {
    if (this.shown.kind === 'done') {
      return;
    }
    const now = performance.now();
    this.deadline = now + this.frozenRemaining;
    this.startedAt = now - (this.shown.durationMs - this.frozenRemaining);
    this.schedule();
  }

  /** Updates the digits once a second, just after each whole second passes. */
  private tick = () => {
    const remaining = Math.max(0, this.deadline - performance.now());
    this.remainingShown = remaining;
    this.countdown(remaining);
    this.tickTimer = remaining > 0 && !this.paused
        ? window.setTimeout(this.tick, (remaining % 1000 || 1000) + 5) : undefined;
  };

  /**
   * Sets the ring to what is left now and lets it run down over the time left (or stop, when frozen). An
   * animation with its own start value, not a CSS transition: a transition from a value set in the same
   * frame does not run, and the ring of a hold that began in the same frame as the report stayed empty.
   */
  private async drawRing(remaining: number, running: boolean) {
    const duration = this.shown.durationMs;
    const from = CIRCUMFERENCE * (duration > 0 ? 1 - remaining / duration : 1);
    const drawing = ++this.ringDrawing;
    this.ringAnimation?.cancel();
    this.ringAnimation = undefined;
    this.ringOffset = from;
    if (running && remaining > 0) {
      await this.updateComplete;
      const ring = this.renderRoot.querySelector<SVGCircleElement>('.progress');
      if (ring && this.endTimer !== undefined && drawing === this.ringDrawing) {
        this.ringAnimation = ring.animate(
            [{ strokeDashoffset: `${from}px` }, { strokeDashoffset: `${CIRCUMFERENCE}px` }],
            { duration: remaining, easing: 'linear', fill: 'forwards' });
      }
    }
  }

  /** Says "three, two, one" in the last seconds of a wait that leads into a hold. */
  private countdown(remaining: number) {
    const words = this.countdownWords ? this.countdownWords.split('|') : [];
    if (this.shown.kind !== 'wait' || this.nextKind !== 'hold' || this.shown.durationMs < 5000 || !words.length) {
      return;
    }
    const second = Math.ceil(remaining / 1000);
    if (second >= 1 && second <= words.length && second !== this.lastSpokenSecond) {
      this.lastSpokenSecond = second;
      this.say(words[words.length - second], false);
    }
  }

  private stopTimers() {
    if (this.endTimer !== undefined) {
      window.clearTimeout(this.endTimer);
      this.endTimer = undefined;
    }
    if (this.tickTimer !== undefined) {
      window.clearTimeout(this.tickTimer);
      this.tickTimer = undefined;
    }
  }

  private cue(speech: string, holdStarts: boolean) {
    if (holdStarts) {
      this.tone(880, 0.18);
    }
    if (speech) {
      this.say(speech, true);
    }
  }

  private say(text: string, interrupt: boolean) {
    if (this.muted || !('speechSynthesis' in window)) {
      return;
    }
    if (interrupt) {
      speechSynthesis.cancel();
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
  }

  private tone(frequency: number, seconds: number) {
    if (this.muted || !this.audio || this.audio.state !== 'running') {
      return;
    }
    const oscillator = this.audio.createOscillator();
    const gain = this.audio.createGain();
    const start = this.audio.currentTime;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    oscillator.connect(gain).connect(this.audio.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds + 0.02);
  }

  private async requestWakeLock() {
    if (!this.active || this.wakeLock || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) {
      return;
    }
    try {
      this.wakeLock = await navigator.wakeLock.request('screen');
      this.wakeLock.addEventListener('release', () => { this.wakeLock = undefined; });
    } catch {
      // refused (e.g. battery saver): the workout still works, the screen may dim
    }
  }

  private releaseWakeLock() {
    this.wakeLock?.release();
    this.wakeLock = undefined;
  }

  static styles = css`
    :host {
      display: block;
      width: min(94vw, 56vh);
      aspect-ratio: 1;
      margin: 0 auto;
      position: relative;
      color: var(--lumo-body-text-color);
    }
    svg { position: absolute; inset: 0; width: 100%; height: 100%; transform: rotate(-90deg); }
    .track { stroke: var(--lumo-contrast-10pct); }
    .progress { stroke: var(--bc-wait-color, #2e9e6b); }
    :host([data-kind='hold']) .progress { stroke: var(--lumo-primary-color); }
    .face {
      position: absolute; inset: 0; display: flex; flex-direction: column;
      align-items: center; justify-content: center; line-height: 1;
    }
    .label { font-size: clamp(1.75rem, 7vh, 4rem); font-weight: 700; }
    .digits {
      font-size: min(27vh, 56vw); font-weight: 700; font-variant-numeric: tabular-nums;
      letter-spacing: -0.04em;
    }
    .digits.long { font-size: min(20vh, 40vw); }
    .digits.clock { font-size: min(16vh, 30vw); }
    :host([data-kind='done']) .digits { display: none; }
  `;

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
    const clock = this.shown.durationMs > LONGEST_IN_SECONDS;
    const digits = clock ? `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` : String(seconds);
    return html`
      ${svg`<svg viewBox="0 0 100 100" aria-hidden="true">
        <circle class="track" cx="50" cy="50" r="45" fill="none" stroke-width="6"></circle>
        <circle class="progress" cx="50" cy="50" r="45" fill="none" stroke-width="6" stroke-linecap="round"
          stroke-dasharray=${CIRCUMFERENCE}
          style="stroke-dashoffset: ${this.ringOffset}px"></circle>
      </svg>`}
      <div class="face" role="timer" aria-label=${clock ? this.spokenTimeLeft(seconds) : nothing}>
        <div class="label" aria-live="assertive">${this.shown.label}</div>
        <div class="digits ${clock ? 'clock' : seconds >= 100 ? 'long' : ''}" aria-hidden="true">${digits}</div>
      </div>
    `;
  }
}

customElements.define('bc-phase-timer', PhaseTimer);
