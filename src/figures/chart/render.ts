/**
 * Figure → PNG. Chart.js draws into an @napi-rs/canvas (Skia shipped inside the npm package, no
 * system libraries), with the Japanese font from npm. The only I/O here is the font file.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type ChartItem } from 'chart.js';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta } from '../../core/types.ts';
import type { Figure } from '../schema.ts';
import { CHART_HEIGHT, chartPlan, chartTexts, CHART_WIDTH } from './config.ts';
import { CHART_FONT_FAMILY, registerChartFont } from './font.ts';
import { drawValueCard } from './value-card.ts';

export interface RenderedChart {
  png: Buffer;
  width: number;
  height: number;
}

let chartJsReady = false;

export function prepareChartJs(): void {
  registerChartFont();
  if (chartJsReady) return;
  Chart.register(...registerables);
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  chartJsReady = true;
}

/** The figure's chart (line, bars or pie) or, for a value figure, its card, as a PNG. */
export async function renderFigureChart(figure: Figure, document: DocumentMeta | undefined, language: Language = 'ja'): Promise<RenderedChart> {
  prepareChartJs();
  const texts = chartTexts(figure, document, language);
  const plan = chartPlan(figure, texts, language);
  const width = plan?.width ?? CHART_WIDTH;
  const height = plan?.height ?? CHART_HEIGHT;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  let chart: Chart | undefined;
  if (plan) {
    // Chart.js is typed for the DOM canvas; @napi-rs/canvas implements the same 2D context API.
    chart = new Chart(context as unknown as ChartItem, plan.config as ChartConfiguration);
  } else {
    drawValueCard(context, figure, texts, language, width, height);
  }
  try {
    return { png: await canvas.encode('png'), width, height };
  } finally {
    chart?.destroy();
  }
}

export interface ChartTiming {
  id: string;
  kind: Figure['kind'];
  milliseconds: number;
  bytes: number;
}

/**
 * Render every figure's chart once and time each, for `npm run bench`. The first includes
 * registering the font and Chart.js, as a freshly started bot pays it.
 */
export async function renderAllCharts(figures: readonly Figure[], documents: readonly DocumentMeta[], language: Language = 'ja'): Promise<ChartTiming[]> {
  const timings: ChartTiming[] = [];
  for (const figure of figures) {
    const started = performance.now();
    const { png } = await renderFigureChart(figure, documents.find((document) => document.id === figure.source.doc), language);
    timings.push({ id: figure.id, kind: figure.kind, milliseconds: performance.now() - started, bytes: png.length });
  }
  return timings;
}
