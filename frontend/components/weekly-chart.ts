import {
  BarController, BarElement, CategoryScale, Chart, ChartConfiguration, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip,
} from 'chart.js';
import { ChartElement } from './chart-element';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement,
    Legend, Tooltip);

interface WeeklyData {
  labels: string[];
  sessions: number[];
  target: number;
  sessionsLabel: string;
  targetLabel: string;
}

/** Sessions per week as bars, with the weekly target as a line. */
export class WeeklyChart extends ChartElement<WeeklyData> {

  protected configure(data: WeeklyData, text: string, grid: string): ChartConfiguration {
    const sessions = this.colour('--bc-chart-sessions', '#1676f3');
    const target = this.colour('--bc-chart-target', '#d9534f');
    return {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: data.sessionsLabel, data: data.sessions, backgroundColor: sessions, borderRadius: 4 },
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
    } as ChartConfiguration;
  }
}

customElements.define('bc-weekly-chart', WeeklyChart);
