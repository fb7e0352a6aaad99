/**
 * The catalogue checked against the documents: every quote is in its document, every value is
 * among the numbers of its quote (and of the cited passage once passages exist), every label of a
 * chart or table is in its quote. A figure that drifts from the text is named with what is wrong.
 */
import type { Passage } from '../core/types.ts';
import { canonicalUnit, extractNumbers, type NumberMention } from './numbers.ts';
import type { Figure } from './schema.ts';

export interface CorpusForVerification {
  /** Raw text of each document by id, as the file holds it. */
  documentTexts: ReadonlyMap<string, string>;
  /** The passages, when the corpus has been split; the cited slide or paragraph must hold the values. */
  passages?: readonly Passage[];
}

export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`figure catalogue: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

/** Line breaks and spaces of the PDF extraction are not part of what a quote says. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every problem of every figure; throws `CatalogueError` when there is one. */
export function verifyCatalogue(figures: readonly Figure[], corpus: CorpusForVerification): void {
  const problems = figures.flatMap((figure) => verifyFigure(figure, corpus).map((problem) => `${figure.id}: ${problem}`));
  if (problems.length > 0) throw new CatalogueError(problems);
}

export function verifyFigure(figure: Figure, corpus: CorpusForVerification): string[] {
  const { doc, quote } = figure.source;
  const documentText = corpus.documentTexts.get(doc);
  if (documentText === undefined) return [`document ${doc} is not in the corpus`];
  const problems: string[] = [];
  const squashedDocument = squash(documentText);
  quote.forEach((excerpt, index) => {
    if (!squashedDocument.includes(squash(excerpt))) problems.push(`quote ${index + 1} is not in ${doc}: «${excerpt.slice(0, 40)}»`);
  });
  const quoteText = quote.join('\n');
  problems.push(...missingValues(figure, extractNumbers(quoteText), 'the quote'));
  problems.push(...missingTexts(figure, quoteText));
  if (figure.kind !== 'value') problems.push(...missingLabels(figure, quoteText));
  if (corpus.passages) problems.push(...checkAgainstPassages(figure, corpus.passages));
  return problems;
}

/** Each value must match its own number in the text: two values of 155 need 155 written twice. */
function missingValues(figure: Figure, mentions: readonly NumberMention[], where: string, reuse = false): string[] {
  const candidates = mentions.filter((mention) => mention.kind !== 'date');
  const used = new Set<number>();
  const problems: string[] = [];
  for (const row of figure.rows) {
    const unit = canonicalUnit(row.unit ?? figure.unit);
    row.values.forEach((value, column) => {
      const matches = (mention: NumberMention, index: number) =>
        (reuse || !used.has(index)) && Math.abs(mention.value - value) < 1e-9 && (mention.unit === unit || mention.unit === '');
      // A number written with the figure's unit is the better match; a bare one (table cells) is next.
      let index = candidates.findIndex((mention, at) => matches(mention, at) && mention.unit === unit);
      if (index === -1) index = candidates.findIndex(matches);
      if (index === -1) {
        const columnName = figure.columns[column]?.ja ?? '';
        problems.push(`value ${value}${unit} (${row.label}${columnName ? ` / ${columnName}` : ''}) is not in ${where}`);
      } else {
        used.add(index);
      }
    });
  }
  return problems;
}

/** A value written with its qualifier (`約520億ドル超`) must be written so, and say the same number. */
function missingTexts(figure: Figure, quoteText: string): string[] {
  const squashedQuote = squash(quoteText);
  return figure.rows.flatMap((row) =>
    (row.texts ?? []).flatMap((text, column) => {
      if (!squashedQuote.includes(squash(text))) return [`text «${text}» (${row.label}) is not in the quote`];
      const stated = extractNumbers(text).find((mention) => mention.kind !== 'date');
      return stated?.value === row.values[column] ? [] : [`text «${text}» (${row.label}) does not say ${row.values[column]}`];
    }),
  );
}

/** Chart and table labels are the document's own words, so a reader can find them on the slide. */
function missingLabels(figure: Figure, quoteText: string): string[] {
  const squashedQuote = squash(quoteText);
  return figure.rows.flatMap((row) =>
    [row.label, row.group]
      .filter((label): label is string => label !== undefined && !squashedQuote.includes(squash(label)))
      .map((label) => `label «${label}» is not in the quote`),
  );
}

/** The passages a location points at: the slide or paragraph, all its parts. */
export function passagesAt(passages: readonly Passage[], figure: Figure): Passage[] {
  const { doc, location } = figure.source;
  const at = (place: { doc: string; location: Passage['location'] }) =>
    place.doc === doc &&
    (location.slide === undefined || place.location.slide === location.slide) &&
    (location.paragraph === undefined || place.location.paragraph === location.paragraph);
  // A passage indexed under another document that holds it word for word is also at its place in this one.
  return passages.filter((passage) => at(passage) || (passage.alsoIn ?? []).some(at));
}

function checkAgainstPassages(figure: Figure, passages: readonly Passage[]): string[] {
  const cited = passagesAt(passages, figure);
  const { doc, location } = figure.source;
  const where = location.slide !== undefined ? `slide ${location.slide}` : `paragraph ${location.paragraph}`;
  if (cited.length === 0) return [`${doc} has no passage at ${where}`];
  // Passages may re-render chart data, so only the numbers are compared, and one number may serve twice.
  const mentions = cited.flatMap((passage) => extractNumbers(passage.text));
  return missingValues(figure, mentions, `the passage at ${where}`, true);
}
