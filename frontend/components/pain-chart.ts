import {
  CategoryScale, Chart, ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { ChartElement } from './chart-element';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

interface PainData {
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
  beforeLabel: string;
  afterLabel: string;
}

/** The average pain rating per day, before and after workouts, as two lines on a 0-10 scale; unrated days are gaps. */
export class PainChart extends ChartElement<PainData> {

  protected configure(data: PainData, text: string, grid: string): ChartConfiguration {
    const before = this.colour('--bc-chart-before', '#1676f3');
    const after = this.colour('--bc-chart-after', '#d9534f');
    return {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.beforeLabel, data: data.before, borderColor: before, backgroundColor: before,
            pointRadius: 4, borderWidth: 3, spanGaps: true,
          },
          {
            label: data.afterLabel, data: data.after, borderColor: after, backgroundColor: after,
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
    };
  }
}

customElements.define('bc-pain-chart', PainChart);
