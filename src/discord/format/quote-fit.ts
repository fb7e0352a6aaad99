/**
 * A quote cut to a number of phone lines without cutting a sentence: when the engine's quote (whole
 * lines or sentences) is longer than a card has room for, keep the sentences that hold the answer
 * first, then those with the question's words, in their order, with "…" where some were left out.
 * The 全文 button shows the rest. Spans (the bold parts) follow the text they mark.
 */
import { sentenceRanges } from '../../core/text.ts';
import type { Span } from '../../core/types.ts';
import { phoneLines } from './phone-lines.ts';
import { ELLIPSIS, shortenAtSentence } from './text.ts';

export interface FittedQuote {
  text: string;
  /** The answer's spans in `text`. */
  spans: Span[];
  /** Whether something was left out. */
  shortened: boolean;
}

interface Unit {
  start: number;
  end: number;
}

const touches = (unit: Unit, spans: readonly Span[]) => spans.some(([start, end]) => start < unit.end && end > unit.start);

/** Spans of `unit` moved to where it starts in the new text. */
function moveSpans(spans: readonly Span[], unit: Unit, at: number): Span[] {
  return spans
    .filter(([start, end]) => start < unit.end && end > unit.start)
    .map(([start, end]): Span => [Math.max(start, unit.start) - unit.start + at, Math.min(end, unit.end) - unit.start + at]);
}

/** The chosen units in order, joined with "…" over what was left out between, before and after them. */
function assemble(quote: string, units: readonly Unit[], chosen: ReadonlySet<number>, spans: readonly Span[]): FittedQuote {
  let text = '';
  const moved: Span[] = [];
  let previousEnd = 0;
  let first = true;
  for (const [index, unit] of units.entries()) {
    if (!chosen.has(index)) continue;
    const gap = quote.slice(previousEnd, unit.start);
    const skipped = units.some((other, otherIndex) => !chosen.has(otherIndex) && other.start >= previousEnd && other.end <= unit.start);
    if (skipped) text += first ? ELLIPSIS : gap.includes('\n') ? `\n${ELLIPSIS}` : ELLIPSIS;
    else if (!first) text += gap;
    moved.push(...moveSpans(spans, unit, text.length));
    text += quote.slice(unit.start, unit.end);
    previousEnd = unit.end;
    first = false;
  }
  const shortened = chosen.size < units.length;
  if (units.some((unit, index) => !chosen.has(index) && unit.start >= previousEnd)) text += ELLIPSIS;
  return { text, spans: moved, shortened };
}

/**
 * Fit `quote` into `maxLines` phone lines. `answerSpans` mark the answer (kept first), `wordSpans`
 * the question's words (kept next); the spans returned are the answer's.
 */
export function fitQuote(quote: string, answerSpans: readonly Span[], wordSpans: readonly Span[], maxLines: number): FittedQuote {
  if (phoneLines(quote) <= maxLines) return { text: quote, spans: [...answerSpans], shortened: false };
  const units: Unit[] = sentenceRanges(quote).map(({ start, end }) => ({ start, end }));
  const rank = (unit: Unit) => (touches(unit, answerSpans) ? 0 : touches(unit, wordSpans) ? 1 : 2);
  const order = units.map((unit, index) => ({ index, rank: rank(unit) })).sort((a, b) => a.rank - b.rank || a.index - b.index);
  // Sentences without the answer or the question's words are kept only when no sentence has either,
  // and then from the start, in order.
  const unmarked = order[0]!.rank === 2;
  const candidates = unmarked ? order : order.filter((entry) => entry.rank < 2);
  const chosen = new Set<number>();
  for (const { index } of candidates) {
    chosen.add(index);
    if (chosen.size === 1 || phoneLines(assemble(quote, units, chosen, answerSpans).text) <= maxLines) continue;
    chosen.delete(index);
    if (unmarked) break;
  }
  const fitted = assemble(quote, units, chosen, answerSpans);
  if (phoneLines(fitted.text) <= maxLines) return fitted;
  // One sentence longer than the room there is: cut it at a sentence boundary or hard, with "…".
  let budget = fitted.text.length;
  while (budget > 1 && phoneLines(shortenAtSentence(fitted.text, budget).text) > maxLines) budget = Math.floor(budget * 0.9);
  const cut = shortenAtSentence(fitted.text, budget);
  const spans = fitted.spans.filter(([start]) => start < cut.kept).map(([start, end]): Span => [start, Math.min(end, cut.kept)]);
  return { text: cut.text, spans, shortened: true };
}
