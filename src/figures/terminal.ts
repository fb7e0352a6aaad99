/**
 * A figure card laid out for a terminal: title line, as-of dates, the aligned table, the note,
 * the citation and the quote. Pure: card in, text out.
 */
import type { FigureCard } from './card.ts';
import { renderTextTable } from './table.ts';

export function formatFigureCardText(card: FigureCard): string {
  return [
    `${card.title}  [${card.id} · ${card.kind}]`,
    card.asOf,
    '',
    renderTextTable(card.table),
    '',
    ...(card.note ? [card.note] : []),
    card.sourceLine,
    `「${card.quote}」`,
  ].join('\n');
}
