/**
 * Choosing the quote: the one to three lines or sentences of a passage that answer, whole. A table
 * row comes with the table's header; a bare label comes with the slide's lead message.
 */
import type { Passage } from '../corpus/types.ts';
import type { StoredTerm } from '../search/index-store.ts';
import { SOURCE_LINE, TABLE_ROW, unitContext, type Slot, type UnitScore } from '../search/rank.ts';
import type { AnswerKind, Span } from './types.ts';

/** A quote aims to stay under this many characters (a single long sentence is still quoted whole). */
export const QUOTE_TARGET_CHARS = 300;
/** A quote shorter than this is widened with what stands around it. */
const QUOTE_MIN_CHARS = 120;
/** At most this many lines or sentences in a quote. */
const QUOTE_MAX_UNITS = 3;
/** A sentence shorter than this is read with the sentence after it. */
const PROSE_LEAD_IN_CHARS = 120;
/** A sentence that starts like this goes on with the one before it (1つは…, 例えば…, 具体的には…). */
const CONTINUES = /^(?:1つ|一つ|ひとつ|もう1つ|まず|次に|例えば|たとえば|具体的に|つまり|すなわち|それは|特に|その結果|これにより)/;
/** A line shorter than this says little on its own (a chart label, a box caption). */
const SHORT_LINE_CHARS = 20;

export interface Quote {
  text: string;
  marks: Span[];
}

function unitRank(u: UnitScore): number {
  const source = SOURCE_LINE.test(u.unit.text) ? 0.3 : 0;
  // On a tie the earlier unit wins (a ranking's first row, a paragraph's first sentence); a bare label loses.
  const bare = u.unit.text.length < SHORT_LINE_CHARS / 2 ? 0.05 : 0;
  return u.coverage + (u.hasKind ? 0.15 : 0) - bare - source;
}

/** Kinds of question whose answer is a figure: a quote without one does not answer. */
const KIND_FIRST = new Set<AnswerKind>(['percentage', 'amount', 'count', 'date', 'rank']);

export function chooseQuote(passage: Passage, units: UnitScore[], terms: StoredTerm[], slots: Slot[], kind: AnswerKind): Quote {
  if (units.length === 0) return { text: passage.text, marks: [] };
  const best = units.reduce((a, b) => (unitRank(b) > unitRank(a) ? b : a));
  const chosen = new Set<number>([best.index]);
  const isSlide = passage.location.slide !== undefined;
  const length = () => [...chosen].reduce((n, i) => n + units[i]!.unit.text.length + 1, 0);

  if (isSlide && TABLE_ROW.test(best.unit.text)) {
    // A row is quoted with the table's header and title.
    for (const k of unitContext(units.map((u) => u.unit))[best.index] ?? []) chosen.add(k);
  } else {
    // Neighbours that also answer part of the question, while the quote stays short.
    for (const offset of [1, -1, 2, -2]) {
      const neighbour = units[best.index + offset];
      if (!neighbour || chosen.size >= QUOTE_MAX_UNITS) continue;
      const adjacent = chosen.has(best.index + offset - Math.sign(offset));
      const covered = new Set([...chosen].flatMap((i) => units[i]!.matched));
      const addsSomething = neighbour.matched.some((k) => !covered.has(k)) || (neighbour.hasKind && !best.hasKind);
      if (!adjacent || !addsSomething) continue;
      if (length() + neighbour.unit.text.length > QUOTE_TARGET_CHARS) continue;
      if (TABLE_ROW.test(neighbour.unit.text) || SOURCE_LINE.test(neighbour.unit.text)) continue;
      chosen.add(neighbour.index);
    }
    // In prose, a short sentence often announces what the next one says (「二重のメリットをもたらします。」).
    const next = units[best.index + 1];
    const announces = best.unit.text.length < PROSE_LEAD_IN_CHARS || (next !== undefined && CONTINUES.test(next.unit.text));
    if (!isSlide && next && !chosen.has(next.index) && announces && chosen.size < QUOTE_MAX_UNITS) {
      if (length() + next.unit.text.length <= QUOTE_TARGET_CHARS) chosen.add(next.index);
    }
    // A question for a figure gets the figure: the nearest unit that holds one and matches the question.
    if (!best.hasKind && KIND_FIRST.has(kind)) {
      // Prefer a figure that matches the question; else the passage's figure nearest the best line.
      const figure = units
        .filter((u) => u.hasKind && !chosen.has(u.index) && !SOURCE_LINE.test(u.unit.text))
        .sort((a, b) => b.coverage - a.coverage || Math.abs(a.index - best.index) - Math.abs(b.index - best.index))[0];
      if (figure && length() + figure.unit.text.length <= QUOTE_TARGET_CHARS * 1.5) chosen.add(figure.index);
    } else if (!best.hasKind) {
      // A name or a definition right next to the best line (CSIG above クラウドとAI産業事業部) belongs in the quote.
      const beside = [units[best.index - 1], units[best.index + 1]].find((u) => u?.hasKind && !chosen.has(u.index) && !SOURCE_LINE.test(u.unit.text));
      if (beside && length() + beside.unit.text.length <= QUOTE_TARGET_CHARS && chosen.size < QUOTE_MAX_UNITS) chosen.add(beside.index);
    }
    // A bare label on a slide (CSIG) is explained by the line under it (クラウドとAI産業事業部).
    const under = units[best.index + 1];
    if (isSlide && under && best.unit.text.length < SHORT_LINE_CHARS && !chosen.has(under.index) && !SOURCE_LINE.test(under.unit.text)) {
      if (under.unit.text.length <= SHORT_LINE_CHARS * 2 && chosen.size < QUOTE_MAX_UNITS) chosen.add(under.index);
    }
    // A bare label on a slide says more with the slide's lead message.
    if (isSlide && best.unit.text.length < SHORT_LINE_CHARS && best.index > 0 && !chosen.has(0)) {
      if (length() + units[0]!.unit.text.length <= QUOTE_TARGET_CHARS) chosen.add(0);
    }
  }

  // A quote that is still very short says too little to stand alone: widen it with the lines or
  // sentences around it, next first, while it stays short.
  for (let step = 1; length() < QUOTE_MIN_CHARS && step <= 3; step++) {
    const first = Math.min(...chosen);
    const last = Math.max(...chosen);
    for (const candidate of [units[last + 1], units[first - 1]]) {
      if (!candidate || SOURCE_LINE.test(candidate.unit.text) || length() >= QUOTE_MIN_CHARS) continue;
      if (length() + candidate.unit.text.length > QUOTE_TARGET_CHARS) continue;
      chosen.add(candidate.index);
    }
  }
  const picked = [...chosen].sort((a, b) => a - b).map((i) => units[i]!);
  const wanted = new Set(slots.flatMap((s) => [...s.terms]));
  let text = '';
  const marks: Span[] = [];
  picked.forEach((u, k) => {
    const previous = picked[k - 1];
    if (previous) text += isSlide ? '\n' : previous.index + 1 === u.index ? '' : ' … ';
    const offset = text.length - u.unit.start;
    for (const [term, start, end] of terms) {
      if (wanted.has(term) && start >= u.unit.start && end <= u.unit.end) marks.push([start + offset, end + offset]);
    }
    text += u.unit.text;
  });
  return { text, marks: mergeSpans(marks) };
}

/** Sort spans and merge those that overlap or touch. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
