import { ReactiveController, ReactiveControllerHost, css, svg } from 'lit';

/** The ring's length: a circle of radius 45 in a 100 × 100 view box. */
export const CIRCUMFERENCE = 2 * Math.PI * 45;

/** How often a running ring moves on. */
const STEP_MS = 100;

/** Whether the person asked their system for less motion: then the ring stands still and the digits count. */
const lessMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

type RingHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The progress ring: a circle whose stroke-dashoffset shows the part of the phase that has passed. It
 * stands still at a rendered offset; while a phase runs, a Web Animation runs it down in tenth-of-a-second
 * steps (not frame by frame). With reduced motion asked for, it does not run: it shows where the phase stood
 * at its last report (start, pause, resume) and the digits alone count down.
 */
export class Ring implements ReactiveController {
  /** The offset when the ring stands still, and where a running ring's animation starts. */
  private offset = 0;
  private animation?: Animation;
  private drawing = 0;

  constructor(private readonly host: RingHost, private readonly isRunning: () => boolean) {
    host.addController(this);
  }

  hostDisconnected() {
    this.animation?.cancel();
  }

  /**
   * Sets the ring to what is left now and lets it run down over the time left (or stop, when frozen). An
   * animation with its own start value, not a CSS transition: a transition from a value set in the same
   * frame does not run, and the ring of a hold that began in the same frame as the report stayed empty.
   */
  async draw(remainingMs: number, durationMs: number, running: boolean) {
    const from = CIRCUMFERENCE * (durationMs > 0 ? 1 - remainingMs / durationMs : 1);
    const drawing = ++this.drawing;
    this.animation?.cancel();
    this.animation = undefined;
    this.setOffset(from);
    if (running && remainingMs > 0 && !lessMotion()) {
      await this.host.updateComplete;
      const ring = this.host.renderRoot.querySelector<SVGCircleElement>('.progress');
      if (ring && this.isRunning() && drawing === this.drawing) {
        // in steps of a tenth of a second, not every frame: the offset is painted on the page's main
        // thread, and ten pages (or one slow phone) repainting 60 times a second made its timers late
        const steps = Math.max(1, Math.round(remainingMs / STEP_MS));
        this.animation = ring.animate(
            [{ strokeDashoffset: `${from}px` }, { strokeDashoffset: `${CIRCUMFERENCE}px` }],
            { duration: remainingMs, easing: `steps(${steps}, end)`, fill: 'forwards' });
      }
    }
  }

  render() {
    return svg`<svg viewBox="0 0 100 100" aria-hidden="true">
        <circle class="track" cx="50" cy="50" r="45" fill="none" stroke-width="6"></circle>
        <circle class="progress" cx="50" cy="50" r="45" fill="none" stroke-width="6" stroke-linecap="round"
          stroke-dasharray=${CIRCUMFERENCE}
          style="stroke-dashoffset: ${this.offset}px"></circle>
      </svg>`;
  }

  /** Like a reactive property: the host renders again only when the offset really changes. */
  private setOffset(offset: number) {
    if (!Object.is(offset, this.offset)) {
      this.offset = offset;
      this.host.requestUpdate();
    }
  }
}

/** The ring's styles, for the host's shadow root; the host's data-kind="hold" colours the progress. */
export const ringStyles = css`
  svg { position: absolute; inset: 0; width: 100%; height: 100%; transform: rotate(-90deg); }
  .track { stroke: var(--lumo-contrast-10pct); }
  .progress { stroke: var(--bc-wait-color, #2e9e6b); }
  :host([data-kind='hold']) .progress { stroke: var(--lumo-primary-color); }
`;
