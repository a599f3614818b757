import { LitElement, css, html, PropertyValues } from 'lit';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement,
    Legend, Tooltip);

interface WeeklyData {
  labels: string[];
  sessions: number[];
  target: number;
  sessionsLabel: string;
  targetLabel: string;
}

/**
 * Sessions per week as bars, with the weekly target as a line. The server sets `data` as JSON; the page
 * shows the same figures in a table for screen readers, so the canvas itself is hidden from them.
 */
export class WeeklyChart extends LitElement {
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
    const data = JSON.parse(this.data) as WeeklyData;
    // Lumo's colour variables may hold light-dark() or other values a canvas cannot read: use the text
    // colour the page resolved, and the app's own blue for the bars
    const text = getComputedStyle(this).color || '#555';
    const primary = '#1676f3';
    const grid = 'rgba(128, 128, 128, 0.25)';
    const target = '#d9534f';
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: data.sessionsLabel, data: data.sessions, backgroundColor: primary, borderRadius: 4 },
          {
            type: 'line', label: data.targetLabel, data: data.labels.map(() => data.target), borderColor: target,
            borderDash: [6, 4], pointRadius: 0, borderWidth: 2,
          },
        ],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { ticks: { color: text }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
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

customElements.define('bc-weekly-chart', WeeklyChart);
