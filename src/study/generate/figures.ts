/**
 * Items from the figure catalogue (`corpus/figures.yaml`): a value at a date, the largest or
 * smallest share, who is at a rank, a cell of a small table. Wrong choices come from the same
 * figure (other dates, series, rows), so they are plausible, and never a cell equal to the answer.
 */
import type { Passage } from '../../core/types.ts';
import type { Figure, FigureRow } from '../../figures/schema.ts';
import { columnLabel, formatCell, rowLabel } from '../../figures/table.ts';
import { CHOICE_COUNT, normalizeChoice, type DraftItem } from '../items.ts';
import { studyText } from '../text.ts';
import { fill } from '../../core/i18n.ts';

/** At most this many items from one figure, so one big chart does not fill a quiz. */
export const ITEMS_PER_FIGURE_MAX = 4;
/** Ranks asked about in a ranking. */
const RANKS_ASKED = [1, 2, 3];

const WRONG_CHOICES = CHOICE_COUNT - 1;

interface Cell {
  row: number;
  column: number;
  text: string;
  value: number;
}

function cells(figure: Figure): Cell[] {
  return figure.rows.flatMap((row, rowIndex) =>
    figure.columns.map((_, column) => ({ row: rowIndex, column, text: formatCell(figure, row, column), value: row.values[column] ?? Number.NaN })),
  );
}

/** The first `count` candidates whose text differs from the answer's and from each other. */
function distinct(answer: string, candidates: readonly string[], count = WRONG_CHOICES): string[] {
  const seen = new Set([normalizeChoice(answer)]);
  const out: string[] = [];
  for (const candidate of candidates) {
    const key = normalizeChoice(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(candidate);
    if (out.length === count) break;
  }
  return out;
}

/** The passage of the figure's slide or paragraph that holds `answer`, and the line of it that does. */
function answeringPassage(figure: Figure, passages: readonly Passage[], answer: string): { passage: Passage; quote: string } | undefined {
  const { slide, paragraph } = figure.source.location;
  const key = normalizeChoice(answer);
  for (const passage of passages) {
    if (passage.doc !== figure.source.doc) continue;
    if (slide !== undefined ? passage.location.slide !== slide : passage.location.paragraph !== paragraph) continue;
    if (!normalizeChoice(passage.text).includes(key)) continue;
    const line = passage.text.split('\n').find((candidate) => normalizeChoice(candidate).includes(key));
    return { passage, quote: line ?? passage.text };
  }
  return undefined;
}

function draft(figure: Figure, passages: readonly Passage[], form: string, question: string, answer: string, distractors: string[], alsoRight: string[]): DraftItem | undefined {
  if (distractors.length < WRONG_CHOICES) return undefined;
  const found = answeringPassage(figure, passages, answer);
  if (!found) return undefined;
  const { passage, quote } = found;
  return {
    kind: 'figure',
    form,
    question,
    answer,
    distractors,
    source: { doc: passage.doc, passage: passage.id, location: passage.location, quote },
    passageText: passage.text,
    alsoRight,
    distractorsOutsidePassage: false,
  };
}

const columnName = (figure: Figure, column: number) => columnLabel(figure.columns[column]!, 'ja');
const sameTextAs = (all: Cell[], cell: Cell) => all.filter((other) => other !== cell && normalizeChoice(other.text) === normalizeChoice(cell.text)).map((other) => other.text);

/** A series: the value of one series at its first and last dates. */
function seriesItems(figure: Figure, passages: readonly Passage[]): DraftItem[] {
  const all = cells(figure);
  const out: DraftItem[] = [];
  const last = figure.rows.length - 1;
  for (const column of figure.columns.keys()) {
    for (const row of [last, 0]) {
      const cell = all.find((candidate) => candidate.row === row && candidate.column === column)!;
      // Nearest first: the same series at other dates, then other series at the same date.
      const others = all
        .filter((other) => other !== cell)
        .sort((a, b) => Number(a.column !== column) - Number(b.column !== column) || Math.abs(a.row - row) - Math.abs(b.row - row) || a.column - b.column);
      const series = figure.columns.length > 1 ? fill(studyText.figureSeries.ja, { series: columnName(figure, column) }) : '';
      const question = fill(studyText.figureValueAt.ja, { title: figure.title.ja, series, date: rowLabel(figure.rows[row]!, 'ja') });
      const item = draft(figure, passages, 'series-value', question, cell.text, distinct(cell.text, others.map((other) => other.text)), sameTextAs(all, cell));
      if (item) out.push(item);
    }
  }
  return out;
}

/** A breakdown: which part is largest, which smallest, and the largest part's share. */
function breakdownItems(figure: Figure, passages: readonly Passage[]): DraftItem[] {
  const out: DraftItem[] = [];
  const rows = figure.rows.map((row) => ({ row, value: row.values[0] ?? Number.NaN }));
  const byValue = [...rows].sort((a, b) => b.value - a.value);
  const extremes: Array<['breakdown-largest' | 'breakdown-smallest', typeof byValue]> = [
    ['breakdown-largest', byValue],
    ['breakdown-smallest', [...byValue].reverse()],
  ];
  for (const [form, ordered] of extremes) {
    const [top, ...rest] = ordered;
    if (!top) continue;
    const ties = rest.filter((other) => other.value === top.value).map((other) => other.row.label);
    const question = fill((form === 'breakdown-largest' ? studyText.figureLargest : studyText.figureSmallest).ja, { title: figure.title.ja });
    const wrong = distinct(top.row.label, rest.filter((other) => other.value !== top.value).map((other) => other.row.label));
    const item = draft(figure, passages, form, question, top.row.label, wrong, ties);
    if (item) out.push(item);
  }
  const all = cells(figure);
  const largest = byValue[0];
  if (largest) {
    const index = figure.rows.indexOf(largest.row);
    const cell = all.find((candidate) => candidate.row === index)!;
    const question = fill(studyText.figureShareOf.ja, { title: figure.title.ja, label: largest.row.label });
    const item = draft(figure, passages, 'breakdown-value', question, cell.text, distinct(cell.text, all.filter((other) => other !== cell).map((other) => other.text)), sameTextAs(all, cell));
    if (item) out.push(item);
  }
  return out;
}

/** A ranking: who is first, second, third. */
function rankingItems(figure: Figure, passages: readonly Passage[]): DraftItem[] {
  const out: DraftItem[] = [];
  const ranked = figure.rows.filter((row): row is FigureRow & { rank: number } => row.rank !== undefined);
  for (const rank of RANKS_ASKED) {
    const at = ranked.filter((row) => row.rank === rank);
    const first = at[0];
    if (!first) continue;
    const others = ranked.filter((row) => row.rank !== rank).sort((a, b) => Math.abs(a.rank - rank) - Math.abs(b.rank - rank) || a.rank - b.rank);
    const question = fill(studyText.figureRank.ja, { title: figure.title.ja, rank });
    const item = draft(figure, passages, 'ranking-name', question, first.label, distinct(first.label, others.map((row) => row.label)), at.slice(1).map((row) => row.label));
    if (item) out.push(item);
  }
  return out;
}

/** A small table of values: one cell against the others in the same unit. */
function valueItems(figure: Figure, passages: readonly Passage[]): DraftItem[] {
  const all = cells(figure);
  const out: DraftItem[] = [];
  const unitOf = (cell: Cell) => figure.rows[cell.row]!.unit ?? figure.unit;
  for (const cell of all) {
    const sameUnit = all.filter((other) => other !== cell && unitOf(other) === unitOf(cell));
    const row = figure.rows[cell.row]!;
    const label = figure.columns.length > 1 ? `${row.label}（${columnName(figure, cell.column)}）` : row.label;
    const question = fill(studyText.figureCell.ja, { title: figure.title.ja, label });
    const item = draft(figure, passages, 'value-cell', question, cell.text, distinct(cell.text, sameUnit.map((other) => other.text)), sameTextAs(all, cell));
    if (item) out.push(item);
  }
  return out;
}

/** Drafts for every figure whose document is among `passages`' documents. */
export function figureDrafts(figures: readonly Figure[], passages: readonly Passage[]): DraftItem[] {
  const out: DraftItem[] = [];
  for (const figure of figures) {
    const made = { series: seriesItems, breakdown: breakdownItems, ranking: rankingItems, value: valueItems }[figure.kind](figure, passages);
    out.push(...made.slice(0, ITEMS_PER_FIGURE_MAX));
  }
  return out;
}
