import { LitElement, css, html, PropertyValues } from 'lit';
import { Chart, ChartConfiguration } from 'chart.js';

/**
 * A Chart.js chart whose figures the server sets as JSON in `data`. Subclasses turn the figures into a
 * chart configuration. The page shows the same figures in a table for screen readers, so the canvas is
 * hidden from them.
 */
export abstract class ChartElement<T> extends LitElement {
  static properties = { data: { type: String } };

  data = '';
  private chart?: Chart;

  static styles = css`
    :host { display: block; position: relative; width: 100%; height: clamp(14rem, 40vh, 22rem); }
    canvas { width: 100% !important; height: 100% !important; }
  `;

  /** The chart for these figures; `text` and `grid` are colours a canvas can use. */
  protected abstract configure(figures: T, text: string, grid: string): ChartConfiguration;

  /**
   * A colour the page sets as a custom property (styles.css, e.g. `--bc-chart-sessions`), resolved for this
   * element, or `fallback` where the page sets none.
   */
  protected colour(property: string, fallback: string): string {
    return getComputedStyle(this).getPropertyValue(property).trim() || fallback;
  }

  render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  connectedCallback() {
    super.connectedCallback();
    // moved in the page: the chart was destroyed on disconnect; a first connection draws in updated()
    if (this.data && !this.chart && this.hasUpdated) {
      this.updateComplete.then(() => this.draw());
    }
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('data')) {
      this.draw();
    }
  }

  private draw() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!this.data || !canvas) {
      return;
    }
    // Lumo's colour variables may hold light-dark() or other values a canvas cannot read: use the text
    // colour the page resolved
    const text = getComputedStyle(this).color || '#555';
    this.chart?.destroy();
    this.chart = new Chart(canvas, this.configure(JSON.parse(this.data) as T, text, 'rgba(128, 128, 128, 0.25)'));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}
