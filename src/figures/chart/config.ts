/**
 * Figure → chart.js configuration, pure: a line chart for a series, horizontal bars for a ranking,
 * a pie for a breakdown. Value figures are drawn as a card instead (`value-card.ts`).
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta } from '../../core/types.ts';
import { figureText, formatAsOf } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import { formatCitation } from '../../core/citation.ts';
import type { Figure } from '../schema.ts';
import { columnLabel, formatCell, rowLabel } from '../table.ts';
import { CHART_FONT_FAMILY } from './font.ts';
import { footer, FOOTER_HEIGHT, valueLabels, whiteBackground, type LabelPlacement } from './plugins.ts';

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 450;
/** Room per row of a ranking, so twenty companies with two bars each stay readable. */
const RANKING_ROW_HEIGHT = 28;
const RANKING_CHROME = 150;

/** Tableau 10: distinct in colour and in grey, so a printed chart still tells series apart. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export interface ChartTexts {
  title: string;
  /** As-of dates and, for pies (no axis), the unit. */
  subtitle: string;
  /** Where the numbers come from: document, author, date, slide or paragraph. */
  footer: string;
  /** `単位：%`, written on the value axis. */
  unit: string;
}

export function chartTexts(figure: Figure, document: DocumentMeta | undefined, language: Language): ChartTexts {
  const { slide, paragraph } = figure.source.location;
  // The chapter is left out of the footer: the line must fit under an 800-pixel chart.
  const citation = document ? formatCitation(document, { slide, paragraph }, language) : figure.source.doc;
  const unit = fill(t(figureText.unit, language), { unit: figure.unit || '—' });
  const asOf = formatAsOf(figure.asOf, language);
  return {
    title: figure.title[language],
    subtitle: figure.kind === 'breakdown' ? [asOf, unit].join(language === 'ja' ? '　' : ' · ') : asOf,
    footer: fill(t(figureText.source, language), { citation }),
    unit,
  };
}

export interface ChartPlan {
  width: number;
  height: number;
  config: ChartConfiguration<'line'> | ChartConfiguration<'bar'> | ChartConfiguration<'pie'>;
}

/** What every chart shares: no animation or resizing off-screen, title, subtitle, room for the footer. */
export function baseOptions(texts: ChartTexts) {
  return {
    animation: false as const,
    responsive: false,
    devicePixelRatio: 1,
    font: { family: CHART_FONT_FAMILY },
    layout: { padding: { top: 6, right: 28, bottom: FOOTER_HEIGHT + 6, left: 12 } },
    plugins: {
      title: { display: true, text: texts.title, color: '#222222', font: { size: 18, weight: 'bold' as const }, padding: { top: 4, bottom: 2 } },
      subtitle: { display: true, text: texts.subtitle, color: '#555555', font: { size: 12 }, padding: { bottom: 8 } },
      legend: { labels: { color: '#333333', font: { size: 13 } } },
    },
  };
}

export function commonPlugins(texts: ChartTexts): Plugin[] {
  return [whiteBackground, footer(texts.footer)];
}

function cellTexts(figure: Figure): string[][] {
  return figure.columns.map((_, column) => figure.rows.map((row) => formatCell(figure, row, column)));
}

function seriesChart(figure: Figure, texts: ChartTexts, language: Language): ChartPlan {
  const base = baseOptions(texts);
  const means = figure.columns.map((_, column) => figure.rows.reduce((sum, row) => sum + (row.values[column] ?? 0), 0));
  const lowest = means.indexOf(Math.min(...means));
  // The lowest line's values go under its points, so two close lines do not print over each other.
  const placements: LabelPlacement[] = figure.columns.map((_, column) => (figure.columns.length > 1 && column === lowest ? 'below' : 'above'));
  const max = Math.max(...figure.rows.flatMap((row) => row.values));
  const config: ChartConfiguration<'line'> = {
    type: 'line',
    data: {
      labels: figure.rows.map((row) => rowLabel(row, language)),
      datasets: figure.columns.map((column, index) => ({
        label: columnLabel(column, language),
        data: figure.rows.map((row) => row.values[index] ?? null),
        borderColor: PALETTE[index % PALETTE.length],
        backgroundColor: PALETTE[index % PALETTE.length],
        borderWidth: 3,
        pointRadius: 4,
      })),
    },
    options: {
      ...base,
      scales: {
        // offset: the first and last points stand clear of the axes, with room for their values.
        x: { offset: true, title: { display: true, text: t(figureText.headerDate, language), color: '#333333' }, ticks: { color: '#333333', font: { size: 12 } } },
        y: {
          beginAtZero: true,
          suggestedMax: max * 1.15,
          title: { display: true, text: texts.unit, color: '#333333', font: { size: 12 } },
          ticks: { color: '#333333' },
        },
      },
    },
    plugins: [...commonPlugins(texts), valueLabels(cellTexts(figure), 12, placements)],
  };
  return { width: CHART_WIDTH, height: CHART_HEIGHT, config };
}

function rankingChart(figure: Figure, texts: ChartTexts, language: Language): ChartPlan {
  const base = baseOptions(texts);
  const max = Math.max(...figure.rows.flatMap((row) => row.values));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: figure.rows.map((row) => `${row.rank ?? ''}. ${rowLabel(row, language)}`),
      datasets: figure.columns.map((column, index) => ({
        label: columnLabel(column, language),
        data: figure.rows.map((row) => row.values[index] ?? null),
        backgroundColor: PALETTE[index % PALETTE.length],
        barPercentage: 0.9,
        categoryPercentage: 0.8,
      })),
    },
    options: {
      ...base,
      indexAxis: 'y',
      plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: figure.columns.length > 1 } },
      scales: {
        x: { beginAtZero: true, suggestedMax: max * 1.08, title: { display: true, text: texts.unit, color: '#333333' }, ticks: { color: '#333333' } },
        y: { ticks: { color: '#222222', font: { size: 12 }, autoSkip: false } },
      },
    },
    plugins: [...commonPlugins(texts), valueLabels(cellTexts(figure), 10, figure.columns.map(() => 'after'))],
  };
  const height = Math.max(CHART_HEIGHT, RANKING_CHROME + figure.rows.length * RANKING_ROW_HEIGHT);
  return { width: CHART_WIDTH, height, config };
}

function breakdownChart(figure: Figure, texts: ChartTexts, language: Language): ChartPlan {
  const base = baseOptions(texts);
  const config: ChartConfiguration<'pie'> = {
    type: 'pie',
    data: {
      // The legend carries the values: slices of 0.8% have no room for a label of their own.
      labels: figure.rows.map((row) => `${rowLabel(row, language)}　${formatCell(figure, row, 0)}`),
      datasets: [
        {
          data: figure.rows.map((row) => row.values[0] ?? 0),
          backgroundColor: figure.rows.map((_, index) => PALETTE[index % PALETTE.length]!),
          borderColor: '#ffffff',
          borderWidth: 2,
        },
      ],
    },
    options: {
      ...base,
      plugins: { ...base.plugins, legend: { position: 'right', labels: { color: '#222222', font: { size: 14 }, padding: 14 } } },
    },
    plugins: commonPlugins(texts),
  };
  return { width: CHART_WIDTH, height: CHART_HEIGHT, config };
}

/** The chart for a series, ranking or breakdown; value figures have none (they are drawn as cards). */
export function chartPlan(figure: Figure, texts: ChartTexts, language: Language): ChartPlan | undefined {
  switch (figure.kind) {
    case 'series':
      return seriesChart(figure, texts, language);
    case 'ranking':
      return rankingChart(figure, texts, language);
    case 'breakdown':
      return breakdownChart(figure, texts, language);
    case 'value':
      return undefined;
  }
}
