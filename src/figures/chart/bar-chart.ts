/**
 * A horizontal bar chart of labelled values, drawn like the figure charts (same font, colours,
 * background, value labels and footer): for numbers that are not a catalogue figure, such as the
 * study report's accuracy by chapter.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, type ChartItem } from 'chart.js';
import { baseOptions, CHART_HEIGHT, CHART_WIDTH, commonPlugins, PALETTE } from './config.ts';
import { valueLabels } from './plugins.ts';
import { prepareChartJs, type RenderedChart } from './render.ts';

export interface BarChartInput {
  title: string;
  subtitle?: string;
  /** The value axis's title: `%`. */
  unit: string;
  footer: string;
  bars: Array<{ label: string; value: number; /** Written after the bar; the value by default. */ text?: string }>;
  /** The value axis's end (100 for percentages); from the data when absent. */
  max?: number;
}

const ROW_HEIGHT = 34;
const CHROME = 150;

export async function renderBarChart(input: BarChartInput): Promise<RenderedChart> {
  prepareChartJs();
  const texts = { title: input.title, subtitle: input.subtitle ?? '', footer: input.footer, unit: input.unit };
  const base = baseOptions(texts);
  const height = Math.max(CHART_HEIGHT, CHROME + input.bars.length * ROW_HEIGHT);
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: input.bars.map((bar) => bar.label),
      datasets: [{ label: input.unit, data: input.bars.map((bar) => bar.value), backgroundColor: PALETTE[0], barPercentage: 0.8, categoryPercentage: 0.9 }],
    },
    options: {
      ...base,
      // Room after the longest bar for its value.
      layout: { padding: { ...base.layout.padding, right: 90 } },
      indexAxis: 'y',
      plugins: { ...base.plugins, legend: { display: false }, subtitle: { ...base.plugins.subtitle, display: Boolean(input.subtitle) } },
      scales: {
        x: { beginAtZero: true, max: input.max, title: { display: true, text: input.unit, color: '#333333' }, ticks: { color: '#333333' } },
        y: { ticks: { color: '#222222', font: { size: 12 }, autoSkip: false } },
      },
    },
    plugins: [...commonPlugins(texts), valueLabels([input.bars.map((bar) => bar.text ?? String(bar.value))], 11, ['after'])],
  };
  const canvas = createCanvas(CHART_WIDTH, height);
  const chart = new Chart(canvas.getContext('2d') as unknown as ChartItem, config);
  try {
    return { png: await canvas.encode('png'), width: CHART_WIDTH, height };
  } finally {
    chart.destroy();
  }
}
