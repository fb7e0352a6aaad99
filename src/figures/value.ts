/**
 * The value of a figure that a question asks for, as one line that can head an answer:
 * «2.02%（2020年7月31日、D90+）» for 「零細企業向けのD90+延滞率は2020年7月末で何％？」. The row is the
 * one the question names (a label, a date, a year), else the latest date of a series, else the
 * first row (the top of a ranking); the columns are those the question names, else all of them.
 */
import { formatPartialDate } from '../core/citation.ts';
import type { Language } from '../core/types.ts';
import { foldName } from './names.ts';
import type { Figure, FigureRow } from './schema.ts';
import { columnLabel, formatCell, rowLabel } from './table.ts';

export interface FigureValue {
  figureId: string;
  /** The value line: cells with what they are, and the date. */
  text: string;
}

/** How a question may name a row: its label, its English label, its date in the ways people write one. */
function rowNames(row: FigureRow): string[] {
  const names = [row.label, row.en ?? '', row.group ?? ''];
  if (row.date) {
    const [year, month] = row.date.split('-');
    names.push(row.date);
    if (month) names.push(`${year}年${Number(month)}月`, `${year}/${Number(month)}`);
    else names.push(`${year}年`, year!);
  }
  return names.filter((name) => foldName(name).length >= 2);
}

/** Whether a folded question contains a year that names the row (2019 in 「2019年末」), when its full date is not given. */
function namesYear(row: FigureRow, question: string): boolean {
  const year = row.date?.slice(0, 4);
  return year !== undefined && new RegExp(`(?<!\\d)${year}(?!\\d)`).test(question);
}

export function pickFigureValue(figure: Figure, question: string, language: Language): FigureValue {
  const folded = foldName(question);
  const mentioned = (name: string) => foldName(name).length >= 2 && folded.includes(foldName(name));
  let rows = figure.rows.filter((row) => rowNames(row).some(mentioned));
  if (rows.length === 0) rows = figure.rows.filter((row) => namesYear(row, question));
  if (rows.length > 1 && figure.kind === 'series') rows = rows.slice(-1);
  if (rows.length === 0) rows = [figure.kind === 'series' ? figure.rows.at(-1)! : figure.rows[0]!];
  let columns = figure.columns.map((_, index) => index).filter((index) => mentioned(figure.columns[index]!.ja) || mentioned(figure.columns[index]!.en));
  if (columns.length === 0) columns = figure.columns.map((_, index) => index);
  const lines = rows.slice(0, 3).map((row) => {
    const cells = columns.map((index) => {
      const cell = formatCell(figure, row, index);
      return figure.columns.length > 1 ? `${columnLabel(figure.columns[index]!, language)} ${cell}` : cell;
    });
    // A row's own date, or the figure's when it has one only (a ranking of two years has none of its own).
    const date = row.date ?? (figure.asOf.length === 1 ? figure.asOf[0] : undefined);
    const when = date ? formatPartialDate(date, language) : undefined;
    const what = figure.kind === 'series' ? when : [rowLabel(row, language), when].filter(Boolean).join(language === 'ja' ? '、' : ', ');
    const rank = row.rank !== undefined ? (language === 'ja' ? `${row.rank}位 ` : `#${row.rank} `) : '';
    return `${rank}${cells.join(language === 'ja' ? '・' : ', ')}${language === 'ja' ? `（${what}）` : ` (${what})`}`;
  });
  return { figureId: figure.id, text: lines.join(language === 'ja' ? '／' : ' / ') };
}
