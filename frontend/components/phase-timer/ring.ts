import { ReactiveController, ReactiveControllerHost, css, svg } from 'lit';

/** The ring's length: a circle of radius 45 in a 100 × 100 view box. */
export const CIRCUMFERENCE = 2 * Math.PI * 45;

/** Whether the person asked their system for less motion: then the ring stands still and the digits count. */
const lessMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

type RingHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The progress ring: a circle whose stroke-dashoffset shows the part of the phase that has passed. It moves
 * on with the digits, once a second, and shows the same time left as they do; between two seconds the page
 * has nothing to draw. (A ring moving every frame, or even ten times a second, is drawn again each time: ten
 * pages doing that on one core made their deadline timers fire 20-100 ms late, and on a phone it costs
 * battery.) With reduced motion asked for, it shows where the phase stood at its start, a pause or a resume,
 * and the digits alone count down.
 */
export class Ring implements ReactiveController {
  private offset = 0;

  constructor(private readonly host: RingHost) {
    host.addController(this);
  }

  hostUpdated() {
    this.paint();
  }

  /** Shows where a phase of `durationMs` stands with `remainingMs` left: at its start, a pause, a resume, its end. */
  show(remainingMs: number, durationMs: number) {
    this.offset = CIRCUMFERENCE * (durationMs > 0 ? 1 - remainingMs / durationMs : 1);
    this.paint();
  }

  /** Each whole second of a running phase: moves on with the digits, unless less motion was asked for. */
  follow(remainingMs: number, durationMs: number) {
    if (!lessMotion()) {
      this.show(remainingMs, durationMs);
    }
  }

  render() {
    return svg`<svg viewBox="0 0 100 100" aria-hidden="true">
        <circle class="track" cx="50" cy="50" r="45" fill="none" stroke-width="6"></circle>
        <circle class="progress" cx="50" cy="50" r="45" fill="none" stroke-width="6" stroke-linecap="round"
          stroke-dasharray=${CIRCUMFERENCE}></circle>
      </svg>`;
  }

  /** Puts the offset on the circle itself, without rendering the host again. */
  private paint() {
    const circle = this.host.renderRoot.querySelector<SVGCircleElement>('.progress');
    circle?.style.setProperty('stroke-dashoffset', `${this.offset}px`);
  }
}

/** The ring's styles, for the host's shadow root; the host's data-kind="hold" colours the progress. */
export const ringStyles = css`
  svg { position: absolute; inset: 0; width: 100%; height: 100%; transform: rotate(-90deg); }
  .track { stroke: var(--lumo-contrast-10pct); }
  .progress { stroke: var(--bc-wait-color, #2e9e6b); }
  :host([data-kind='hold']) .progress { stroke: var(--lumo-primary-color); }
`;
