import { LitElement, css, html, PropertyValues } from 'lit';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

interface PainData {
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
  beforeLabel: string;
  afterLabel: string;
}

/**
 * The average pain rating per day, before and after workouts, as two lines on a 0-10 scale. Days without a
 * rating are gaps. The page shows the same figures in a table for screen readers, so the canvas is hidden
 * from them.
 */
export class PainChart extends LitElement {
  static properties = { data: { type: String } };

  data = '';
  private chart?: Chart;

  static styles = css`
    :host { display: block; position: relative; width: 100%; height: clamp(14rem, 40vh, 22rem); }
    canvas { width: 100% !important; height: 100% !important; }
  `;

  render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.data && !this.chart) {
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
    const data = JSON.parse(this.data) as PainData;
    const text = getComputedStyle(this).color || '#555';
    const grid = 'rgba(128, 128, 128, 0.25)';
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.beforeLabel, data: data.before, borderColor: '#1676f3', backgroundColor: '#1676f3',
            pointRadius: 4, borderWidth: 3, spanGaps: true,
          },
          {
            label: data.afterLabel, data: data.after, borderColor: '#d9534f', backgroundColor: '#d9534f',
            pointRadius: 4, borderWidth: 3, borderDash: [6, 4], pointStyle: 'rectRot', spanGaps: true,
          },
        ],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { ticks: { color: text, maxRotation: 0, autoSkip: true, maxTicksLimit: 7 }, grid: { display: false } },
          y: { min: 0, max: 10, ticks: { color: text, stepSize: 2 }, grid: { color: grid } },
        },
        plugins: { legend: { labels: { color: text, font: { size: 14 } } } },
      },
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}

customElements.define('bc-pain-chart', PainChart);
