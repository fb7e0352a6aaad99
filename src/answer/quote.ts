/**
 * Choosing the quote: the lines or sentences of a passage that answer, whole, never cut. Starting
 * from the unit that covers most of the question, a few rules add what a reader needs beside it:
 * a table row's header and title, a figure for a question about figures, the line that explains a
 * bare label, the sentence a short lead-in announces.
 */
import { kindSpec } from '../core/answer-kinds.ts';
import { mergeSpans } from '../core/text.ts';
import type { AnswerKind, Span } from '../core/types.ts';
import type { IndexedPassage, StoredTerm } from '../search/build.ts';
import type { Slot } from '../search/question.ts';
import type { PassageLayout, UnitScore } from '../search/rank.ts';
import { readsByLine } from '../search/units.ts';

/** How long quotes are and how they grow; tuned with `npm run eval`. */
export interface QuoteOptions {
  /** A quote aims to stay under this many characters (a single long sentence is still quoted whole). */
  targetChars: number;
  /** A quote shorter than this is widened with what stands around it. */
  minChars: number;
  /** At most this many sentences in a quote from prose; slides' lines are shorter, so a few more. */
  proseMaxUnits: number;
  slideMaxUnits: number;
  /** A sentence shorter than this is read with the sentence after it. */
  proseLeadInChars: number;
  /** A line shorter than this says little on its own (a chart label, a box caption). */
  shortLineChars: number;
  /** A slide's lead message says what the slide is about in a whole sentence: it wins a close call. */
  leadBonus: number;
}

export const QUOTE_DEFAULTS: QuoteOptions = {
  targetChars: 300,
  minChars: 120,
  proseMaxUnits: 3,
  slideMaxUnits: 5,
  proseLeadInChars: 120,
  shortLineChars: 20,
  leadBonus: 0.1,
};

/** A sentence that starts like this goes on with the one before it (1つは…, 例えば…, 具体的には…). */
const CONTINUES = /^(?:1つ|一つ|ひとつ|もう1つ|まず|次に|例えば|たとえば|具体的に|つまり|すなわち|それは|特に|その結果|これにより)/;

export interface Quote {
  text: string;
  /** The question's words. */
  marks: Span[];
  /** The answer's words: what the kind asked for (a number with its unit, a date, a name). */
  answerMarks: Span[];
}

function unitRank(u: UnitScore, lead: string | undefined, options: QuoteOptions): number {
  const source = u.unit.sourceLine ? 0.3 : 0;
  const isLead = lead !== undefined && u.unit.text === lead ? options.leadBonus : 0;
  // On a tie the earlier unit wins (a ranking's first row, a paragraph's first sentence); a bare label loses.
  const bare = u.unit.text.length < options.shortLineChars / 2 ? 0.05 : 0;
  return u.lineCoverage + (u.hasKind ? 0.15 : 0) + isLead - bare - source;
}

/** The units chosen so far, and what may still be added. */
class Selection {
  readonly chosen: Set<number>;
  readonly best: UnitScore;

  constructor(
    readonly units: UnitScore[],
    readonly byLine: boolean,
    lead: string | undefined,
    readonly options: QuoteOptions,
  ) {
    // A source line (出所：…) credits the figures, it does not answer: it leads the quote only when no
    // other unit matches anything of the question.
    const others = units.filter((u) => !u.unit.sourceLine);
    const pool = others.some((u) => u.lineCoverage > 0 || u.hasKind) ? others : units;
    this.best = pool.reduce((a, b) => (unitRank(b, lead, options) > unitRank(a, lead, options) ? b : a));
    this.chosen = new Set([this.best.index]);
  }

  get length(): number {
    return [...this.chosen].reduce((n, i) => n + this.units[i]!.unit.text.length + 1, 0);
  }

  get full(): boolean {
    return this.chosen.size >= (this.byLine ? this.options.slideMaxUnits : this.options.proseMaxUnits);
  }

  /** Add a unit if it exists, is new, is not a source line, and keeps the quote under `limit`. */
  add(unit: UnitScore | undefined, limit = this.options.targetChars): boolean {
    if (!unit || this.chosen.has(unit.index) || unit.unit.sourceLine) return false;
    if (this.length + unit.unit.text.length > limit) return false;
    this.chosen.add(unit.index);
    return true;
  }

  at(offset: number): UnitScore | undefined {
    return this.units[this.best.index + offset];
  }
}

/** Neighbours that answer another part of the question (or hold the kind of answer the best lacks). */
function addAnsweringNeighbours(selection: Selection): void {
  const { best, chosen, units } = selection;
  for (const offset of [1, -1, 2, -2]) {
    const neighbour = selection.at(offset);
    if (!neighbour || selection.full || neighbour.unit.tableRow) continue;
    if (!chosen.has(best.index + offset - Math.sign(offset))) continue; // only next to what is chosen
    const covered = new Set([...chosen].flatMap((i) => units[i]!.matched));
    const addsSomething = neighbour.matched.some((k) => !covered.has(k)) || (neighbour.hasKind && !best.hasKind);
    if (addsSomething) selection.add(neighbour);
  }
}

/** In prose, a short sentence often announces what the next one says (「二重のメリットをもたらします。」). */
function addAnnouncedSentence(selection: Selection): void {
  const next = selection.at(1);
  if (selection.byLine || !next || selection.full) return;
  if (selection.best.unit.text.length < selection.options.proseLeadInChars || CONTINUES.test(next.unit.text)) selection.add(next);
}

/** A question for a figure gets one; a question for a name or a definition gets the one beside the best line. */
function addKindEvidence(selection: Selection, kind: AnswerKind): void {
  const { best, units } = selection;
  if (best.hasKind || [...selection.chosen].some((i) => units[i]!.hasKind)) return;
  // The quote must hold the kind of answer asked for: a date for いつ, the number for 何%, the
  // defining sentence or note for 〜とは. Prefer one that matches the question, then the nearest;
  // for the largest (一番, the most), the line with the largest number.
  // An aggregate (全体の63.4%, the total) is not one of the items compared.
  const largest = kind === 'superlative' ? (u: UnitScore) => (AGGREGATE.test(u.unit.text) ? 0 : -largestNumber(u.unit.text)) : () => 0;
  const evidence = units
    .filter((u) => u.hasKind && !selection.chosen.has(u.index) && !u.unit.sourceLine)
    .sort((a, b) => largest(a) - largest(b) || b.coverage - a.coverage || Math.abs(a.index - best.index) - Math.abs(b.index - best.index))[0];
  if (evidence && (kindSpec(kind)?.number || !selection.full)) selection.add(evidence, selection.options.targetChars * 1.5);
}

/** A bare label on a slide (CSIG) is explained by the line under it and by the slide's lead message. */
function explainBareLabel(selection: Selection): void {
  const { best, units } = selection;
  const short = selection.options.shortLineChars;
  if (!selection.byLine || best.unit.text.length >= short) return;
  const under = selection.at(1);
  if (under && under.unit.text.length <= short * 2 && !selection.full) selection.add(under);
  if (best.index > 0) selection.add(units[0]);
}

/** A quote still very short says too little to stand alone: widen it with what stands around it, next first. */
function widenShortQuote(selection: Selection): void {
  const min = selection.options.minChars;
  for (let step = 0; step < 3 && selection.length < min; step++) {
    const last = Math.max(...selection.chosen);
    const first = Math.min(...selection.chosen);
    for (const candidate of [selection.units[last + 1], selection.units[first - 1]]) {
      if (selection.length >= min || selection.full) break;
      selection.add(candidate);
    }
  }
}

export function chooseQuote(passage: IndexedPassage, layout: PassageLayout, units: UnitScore[], slots: Slot[], kind: AnswerKind, options: QuoteOptions): Quote {
  if (units.length === 0) return { text: passage.text, marks: [], answerMarks: [] };
  const byLine = readsByLine(passage);
  const selection = new Selection(units, byLine, byLine && !kindSpec(kind)?.number ? passage.heading : undefined, options);
  if (byLine && selection.best.unit.tableRow) {
    // A row is quoted with the table's header and title.
    for (const k of layout.readWith[selection.best.index] ?? []) selection.chosen.add(k);
  } else {
    addAnsweringNeighbours(selection);
    addAnnouncedSentence(selection);
    addKindEvidence(selection, kind);
    explainBareLabel(selection);
  }
  widenShortQuote(selection);
  const quote = renderQuote([...selection.chosen].sort((a, b) => a - b).map((i) => units[i]!), passage.terms, slots, byLine, passage.text);
  return { ...quote, answerMarks: answerSpans(quote.text, kind) };
}

/**
 * Join the chosen units (lines by newlines, sentences as written, gaps by …) and mark the question's
 * words. Sentences on lines of their own in the passage (a list's items, a table's rows) stay on their lines.
 */
function renderQuote(picked: UnitScore[], terms: StoredTerm[], slots: Slot[], byLine: boolean, passageText: string): Omit<Quote, 'answerMarks'> {
  const wanted = new Set(slots.flatMap((s) => [...s.terms, ...s.alternatives.keys()]));
  let text = '';
  const marks: Span[] = [];
  picked.forEach((u, k) => {
    const previous = picked[k - 1];
    if (previous) {
      const adjacent = previous.index + 1 === u.index;
      const ownLine = adjacent && passageText.slice(previous.unit.end, u.unit.start).includes('\n');
      text += byLine || ownLine ? '\n' : adjacent ? '' : ' … ';
    }
    const offset = text.length - u.unit.start;
    for (const [term, start, end] of terms) {
      if (wanted.has(term) && start >= u.unit.start && end <= u.unit.end) marks.push([start + offset, end + offset]);
    }
    text += u.unit.text;
  });
  return { text, marks: mergeSpans(marks) };
}

/** A line that states a total rather than one of the items. */
const AGGREGATE = /全体|合計|総計|総額|\btotal\b|\boverall\b/i;

/** The largest number written in a line (0 when it has none). */
function largestNumber(text: string): number {
  return Math.max(0, ...(text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
}

/** Where a quote holds the kind of answer asked for: every match of the kind's answer pattern. */
function answerSpans(text: string, kind: AnswerKind): Span[] {
  const pattern = kindSpec(kind)?.answer;
  if (!pattern) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    if (match[0].trim()) spans.push([match.index, match.index + match[0].length]);
  }
  return mergeSpans(spans);
}
