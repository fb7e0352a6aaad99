/**
 * What a figure card says, in one pure function shared by the terminal and Discord: title, kind,
 * as-of dates, the values, the note, the citation and the quote. Only the layout differs.
 */
import type { Language } from '../core/types.ts';
import type { DocumentMeta } from '../core/types.ts';
import { figureKindLabels, figureText, formatAsOf } from './text.ts';
import { fill, t } from '../core/i18n.ts';
import { formatCitation } from '../core/citation.ts';
import type { Figure } from './schema.ts';
import { figureLines, figureTable, type FigureTable } from './table.ts';

export interface FigureCard {
  id: string;
  title: string;
  kind: string;
  asOf: string;
  table: FigureTable;
  /** The values as short lines, for places without aligned columns. */
  lines: string[];
  note?: string;
  /** `『…』、著者、日付、「章」 スライド 20`. */
  citation: string;
  /** The citation as a line of its own: `出所：『…』…`. */
  sourceLine: string;
  /** The exact excerpts, each on one line, joined with ` … `. */
  quote: string;
}

/** Excerpts on one line each: the PDF's line breaks are not the author's. */
export function compactQuote(figure: Figure): string {
  return figure.source.quote.map((excerpt) => excerpt.replace(/\s*\n\s*/g, ' ').trim()).join(' … ');
}

export function figureCard(figure: Figure, document: DocumentMeta | undefined, language: Language): FigureCard {
  const citation = document ? formatCitation(document, figure.source.location, language) : figure.source.doc;
  return {
    id: figure.id,
    title: figure.title[language],
    kind: t(figureKindLabels[figure.kind], language),
    asOf: formatAsOf(figure.asOf, language),
    table: figureTable(figure, language),
    lines: figureLines(figure, language),
    note: figure.note ? fill(t(figureText.note, language), { note: figure.note[language] }) : undefined,
    citation,
    sourceLine: fill(t(figureText.source, language), { citation }),
    quote: compactQuote(figure),
  };
}
