/**
 * The catalogue as plain JSON for `npm run metric -- --json`: one object per figure with every
 * value as its own record (label, series, number, unit, the text as the document writes it), so a
 * script needs no knowledge of the catalogue's table layout.
 */
import type { DocumentMeta, PassageLocation } from '../core/types.ts';
import { compactQuote } from './card.ts';
import type { Figure } from './schema.ts';
import { formatCell } from './table.ts';

export interface FigureValueJson {
  label: string;
  labelEn?: string;
  rank?: number;
  group?: string;
  groupEn?: string;
  date?: string;
  /** The column: series name (`D30+`), year (`2019年（件）`) or what the value measures. */
  series: string;
  seriesEn: string;
  value: number;
  unit: string;
  /** As the document writes it: `1.10%`, `約520億ドル超`. */
  text: string;
}

export interface FigureJson {
  id: string;
  title: string;
  titleEn: string;
  aliases: string[];
  kind: Figure['kind'];
  unit: string;
  asOf: string[];
  values: FigureValueJson[];
  note?: { ja: string; en: string };
  source: {
    doc: string;
    docTitle?: string;
    location: PassageLocation;
    /** The excerpts on one line, joined with ` … `. */
    quote: string;
    /** The excerpts exactly as the document holds them, line breaks included. */
    excerpts: string[];
  };
}

export function figureToJson(figure: Figure, document?: DocumentMeta): FigureJson {
  const values = figure.rows.flatMap((row) =>
    figure.columns.map((column, index) => ({
      label: row.label,
      ...(row.en !== undefined && { labelEn: row.en }),
      ...(row.rank !== undefined && { rank: row.rank }),
      ...(row.group !== undefined && { group: row.group }),
      ...(row.groupEn !== undefined && { groupEn: row.groupEn }),
      ...(row.date !== undefined && { date: row.date }),
      series: column.ja,
      seriesEn: column.en,
      value: row.values[index] ?? Number.NaN,
      unit: row.unit ?? figure.unit,
      text: formatCell(figure, row, index),
    })),
  );
  return {
    id: figure.id,
    title: figure.title.ja,
    titleEn: figure.title.en,
    aliases: figure.aliases,
    kind: figure.kind,
    unit: figure.unit,
    asOf: figure.asOf,
    values,
    ...(figure.note && { note: figure.note }),
    source: {
      doc: figure.source.doc,
      ...(document && { docTitle: document.title }),
      location: figure.source.location,
      quote: compactQuote(figure),
      excerpts: figure.source.quote,
    },
  };
}
