/**
 * A figure as a table (header and cells as strings), for the terminal and for embeds. Pure: no
 * I/O, the same input gives the same text. Numbers are printed as the document prints them.
 */
import type { Language } from '../core/types.ts';
import { figureText } from './text.ts';
import { t, withNote } from '../core/i18n.ts';
import { displayWidth } from '../core/width.ts';
import type { Figure, FigureColumn, FigureRow } from './schema.ts';

export interface FigureTable {
  headers: string[];
  rows: string[][];
  /** Numbers are right-aligned, words left-aligned. */
  align: Array<'left' | 'right'>;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/** Digits after the point for a column: as the catalogue says, else as many as its values need (1.10 beside 1.29). */
export function columnDecimals(figure: Figure, column: number): number {
  const declared = figure.columns[column]?.decimals;
  if (declared !== undefined) return declared;
  return Math.max(0, ...figure.rows.map((row) => decimalsOf(row.values[column] ?? 0)));
}

/** A cell as the document writes it: `1.08%`, `81.70%`, `約520億ドル超`, `1005件`. */
export function formatCell(figure: Figure, row: FigureRow, column: number): string {
  const text = row.texts?.[column];
  if (text !== undefined) return text;
  const value = row.values[column] ?? Number.NaN;
  return `${value.toFixed(columnDecimals(figure, column))}${row.unit ?? figure.unit}`;
}

export function rowLabel(row: FigureRow, language: Language): string {
  return language === 'en' && row.en ? row.en : row.label;
}

export function rowGroup(row: FigureRow, language: Language): string | undefined {
  return language === 'en' && row.groupEn ? row.groupEn : row.group;
}

export function columnLabel(column: FigureColumn, language: Language): string {
  return column[language];
}

function labelHeader(figure: Figure, language: Language): string {
  const header = { value: figureText.headerItem, series: figureText.headerDate, breakdown: figureText.headerSegment, ranking: figureText.headerName }[figure.kind];
  return t(header, language);
}

export function figureTable(figure: Figure, language: Language): FigureTable {
  const ranked = figure.rows.some((row) => row.rank !== undefined);
  const grouped = figure.groupHeader !== undefined;
  const headers = [
    ...(ranked ? [t(figureText.headerRank, language)] : []),
    labelHeader(figure, language),
    ...(grouped && figure.groupHeader ? [figure.groupHeader[language]] : []),
    ...figure.columns.map((column) => columnLabel(column, language)),
  ];
  const rows = figure.rows.map((row) => [
    ...(ranked ? [String(row.rank ?? '')] : []),
    rowLabel(row, language),
    ...(grouped ? [rowGroup(row, language) ?? ''] : []),
    ...figure.columns.map((_, column) => formatCell(figure, row, column)),
  ]);
  const align = headers.map((_, index) => (index < headers.length - figure.columns.length && !(ranked && index === 0) ? 'left' : 'right'));
  return { headers, rows, align };
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + space : space + text;
}

/** The table aligned for a monospace terminal, with a rule under the header. */
export function renderTextTable(table: FigureTable): string {
  const widths = table.headers.map((header, column) =>
    Math.max(displayWidth(header), ...table.rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, table.align[column] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

/**
 * The values as short lines for a Discord embed, where columns cannot be aligned (proportional
 * font): `クレジット・テック　39.4%`, `2017/12/31　D30+ 1.08% ／ D90+ 0.68%`, `1. アリババ（アント）（中国）　1005件 ／ 155件`.
 * Long tables name their columns once in a first line instead of on every row.
 */
export function figureLines(figure: Figure, language: Language): string[] {
  const separator = language === 'ja' ? ' ／ ' : ' / ';
  const gap = language === 'ja' ? '　' : '  ';
  const namesOnce = figure.columns.length > 1 && figure.rows.length > 4;
  const lines = namesOnce ? [figure.columns.map((column) => columnLabel(column, language)).join(separator)] : [];
  for (const row of figure.rows) {
    const rank = row.rank !== undefined ? `${row.rank}. ` : '';
    const groupName = rowGroup(row, language);
    const group = groupName ? withNote('', groupName, language) : '';
    const cells = figure.columns.map((column, index) => {
      const cell = formatCell(figure, row, index);
      return figure.columns.length > 1 && !namesOnce ? `${columnLabel(column, language)} ${cell}` : cell;
    });
    lines.push(`${rank}${rowLabel(row, language)}${group}${gap}${cells.join(separator)}`);
  }
  return lines;
}
