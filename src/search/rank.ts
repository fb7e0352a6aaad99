/**
 * Retrieval and reranking. MiniSearch (BM25+) finds candidates on the word, bigram and context
 * fields; each candidate is then scored on how much of the question it covers (terms weighted by
 * rarity), how close together the matches are (the best line or sentence), and whether it holds
 * the kind of answer asked for.
 */
import type MiniSearch from 'minisearch';
import type { Term } from '../analysis/analyzer.ts';
import type { AnswerKind } from '../answer/types.ts';
import type { Passage } from '../corpus/types.ts';
import type { IndexedFields, StoredTerm } from './index-store.ts';
import { KIND_WORDS, type Question } from './question.ts';

/** How the parts of a score add up; tuned with `npm run eval` on tests/eval/questions.json, checked on the held-out sets. */
export const RANKING = {
  candidates: 30,
  fieldBoost: { words: 2, bigrams: 0.6, context: 0.5 },
  weight: { bm25: 0.3, coverage: 0.3, unit: 0.4, kind: 0.12, context: 0.08, documentHint: 0.3 },
  /** Below this share of the question covered by the best passage, Shiori says it is not sure. */
  confidentCoverage: 0.45,
  /** A hit after the first is shown only if it covers at least this share of what the first covers. */
  furtherHitCoverage: 0.3,
  /** How much a slot found on many lines of one passage counts less there (see scoreUnits). */
  withinPassageSpread: 1,
  /** Weight of words that only say what kind of answer is wanted (占める in 何％を占める). */
  kindWordWeight: 0.3,
} as const;

/** A question term and the terms that stand for the same thing (a word and its alias concept). */
export interface Slot {
  terms: Set<string>;
  weight: number;
  /**
   * Only adds precision: matching it helps, missing it costs nothing. So are compounds (延滞率 beside
   * 延滞 and 率), words and concepts inside a longer alias spelling, and ordinals outside a rank question.
   */
  optional: boolean;
}

/** Evidence in text that it holds the kind of answer asked for. */
export const KIND_EVIDENCE: Partial<Record<AnswerKind, RegExp>> = {
  percentage: /\d+(?:\.\d+)?\s*[%％]/,
  amount: /\d[\d,.]*\s*(?:億|万|兆)?\s*(?:元|ドル|円)|\d[\d,.]*\s*(?:億|兆)/,
  count: /\d[\d,.]*\s*(?:社|件|個|人|都市|つ|回|か所|カ所|の都市|名|日間|ヵ月|か月)/,
  date: /\d{4}\s*年|\d{4}\/\d{1,2}|\d{1,2}\s*月|\d{1,3}\s*日/,
  rank: /\d+\s*位|順位|^\d+ \S+ .* \d+/m,
  trend: /[%％].*[%％]|推移|上昇|低下|増加|減少|拡大|縮小/,
  definition: /とは|と定義|略称|の略|を指す|という|と称する|と呼ばれ|[（(][A-Za-z][A-Za-z0-9]+[）)]/,
  reason: /ため|狙い|目的|理由|背景|真意|から[だで]/,
  /** An acronym in brackets or alone, a CamelCase product name (「」 marks emphasis too often to count). */
  name: /[（(][A-Za-z][A-Za-z0-9]+[)）]|\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/,
};

/** Inverse document frequency over passages; a term no passage has weighs the most. */
export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Group the question's terms into slots: one per thing asked about. */
export function questionSlots(
  terms: Term[],
  documentFrequency: (term: string) => number,
  documentCount: number,
  kind: AnswerKind = 'any',
): Slot[] {
  const slots: Slot[] = [];
  const concepts = terms.filter((t) => t.kind === 'concept');
  const weightOf = (term: string) => idf(documentCount, documentFrequency(term));
  for (const concept of concepts) {
    // A concept inside a longer one (§元 in デジタル人民元) only adds precision, like a word inside it.
    const nested = concepts.some((outer) => outer !== concept && outer.start <= concept.start && concept.end <= outer.end && outer.end - outer.start > concept.end - concept.start);
    if (slots.some((s) => s.terms.has(concept.term))) continue;
    slots.push({ terms: new Set([concept.term]), weight: 0, optional: nested });
  }
  for (const term of terms) {
    if (term.kind === 'concept' || slots.some((s) => s.terms.has(term.term))) continue;
    // A word inside an alias spelling (テック in 資産運用テック) only adds precision: the concept is
    // what was asked, even when kuromoji ran past the spelling's end (零售通って → 零 / 售 / 通う).
    // A number is always asked for itself (3800 keeps its weight beside §億). An ordinal is the rank
    // asked for in a question for a rank (second → row 2), a mere word elsewhere (do X first).
    const inside = concepts.some((c) => c.start <= term.start && term.start < c.end);
    const optional = (inside && term.kind !== 'number') || term.kind === 'compound' || (term.kind === 'ordinal' && kind !== 'rank');
    slots.push({ terms: new Set([term.term]), weight: 0, optional });
  }
  const kindWords = KIND_WORDS[kind];
  // A concept spelled by a word that only asks (占める → §割合) asks too.
  const askingConcepts = new Set(
    concepts
      .filter((c) => {
        const inside = terms.filter((t) => t.kind !== 'concept' && c.start <= t.start && t.end <= c.end);
        return kindWords !== undefined && inside.length > 0 && inside.every((t) => kindWords.has(t.term));
      })
      .map((c) => c.term),
  );
  for (const slot of slots) {
    const askingOnly = kindWords !== undefined && [...slot.terms].some((t) => kindWords.has(t) || askingConcepts.has(t));
    slot.weight = Math.max(...[...slot.terms].map(weightOf)) * (slot.optional ? 0.5 : 1) * (askingOnly ? RANKING.kindWordWeight : 1);
  }
  return slots;
}

/** The lines of a slide or the sentences of a paragraph, with their ranges in the passage text. */
export interface TextUnit {
  start: number;
  end: number;
  text: string;
}

export function textUnits(passage: Passage): TextUnit[] {
  const units: TextUnit[] = [];
  const pattern = passage.location.slide !== undefined ? /[^\n]+/g : /[^。！？\n]+[。！？]*[」』）)]*/g;
  for (let m = pattern.exec(passage.text); m; m = pattern.exec(passage.text)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed) units.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return units;
}

export interface UnitScore {
  unit: TextUnit;
  index: number;
  /** Share of the question's weight matched in this unit (a table row: with its header and title). */
  coverage: number;
  /** The same with words found on many lines of the passage counting less: for choosing the quote's lines. */
  lineCoverage: number;
  /** Whether the unit holds the kind of answer asked for. */
  hasKind: boolean;
  /** Indices (in the question's slots) of what the unit's own text matches. */
  matched: number[];
}

/** A row of a table flattened into a line: `8 IBM アメリカ 169 96`. */
export const TABLE_ROW = /^\d+ \S+ .*\d$/;
/** A slide's source line: it names where data came from, and answers only questions about that. */
export const SOURCE_LINE = /^(?:出所|出典)[：:]/;

/**
 * The units a unit is read with: a table row is read with the table's header and title, since
 * 「8 IBM アメリカ 169 96」 alone does not say it is a patent ranking.
 */
export function unitContext(units: TextUnit[]): number[][] {
  const context: number[][] = units.map(() => []);
  let i = 0;
  while (i < units.length) {
    if (!TABLE_ROW.test(units[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && TABLE_ROW.test(units[j]!.text)) j++;
    const around: number[] = [];
    if (i > 0) around.push(i - 1);
    if (j < units.length && !SOURCE_LINE.test(units[j]!.text)) around.push(j);
    for (let k = i; k < j; k++) context[k] = around;
    i = j;
  }
  return context;
}

/** A passage cut into units, with each unit's terms: computed once per passage, reused by every question. */
export interface PassageLayout {
  units: TextUnit[];
  /** Terms of each unit's own text. */
  unitTerms: Array<Set<string>>;
  /** Terms each unit is read with: its own, plus its table's header and title for a row. */
  readTerms: Array<Set<string>>;
  /** Every term of the passage text. */
  terms: Set<string>;
}

const layouts = new WeakMap<Passage, PassageLayout>();

export function passageLayout(passage: Passage, terms: StoredTerm[]): PassageLayout {
  const cached = layouts.get(passage);
  if (cached) return cached;
  const units = textUnits(passage);
  const unitTerms = units.map((unit) => new Set(terms.filter(([, start]) => start >= unit.start && start < unit.end).map(([term]) => term)));
  const context = unitContext(units);
  const readTerms = units.map((_, i) => new Set([...unitTerms[i]!, ...context[i]!.flatMap((k) => [...unitTerms[k]!])]));
  const layout = { units, unitTerms, readTerms, terms: new Set(terms.map(([term]) => term)) };
  layouts.set(passage, layout);
  return layout;
}

function slotMatches(slot: Slot, terms: Set<string>): boolean {
  for (const term of slot.terms) if (terms.has(term)) return true;
  return false;
}

/**
 * Which slots each unit of a passage matches. Slots weigh by the square of their rarity here,
 * so that within a passage the line with the specific term (IBM) beats the line that only
 * repeats the passage's topic (ブロックチェーン特許).
 */
export function scoreUnits(layout: PassageLayout, slots: Slot[], kind: AnswerKind): UnitScore[] {
  const required = slots.filter((s) => !s.optional);
  // Within the passage too, a slot found on many lines (事業部 on every box of an org chart) tells
  // less about which line answers than one found on a single line (CSIG).
  const spread = required.map((s) => layout.readTerms.filter((terms) => slotMatches(s, terms)).length);
  const lineWeight = required.map((s, k) => s.weight ** 2 / (1 + RANKING.withinPassageSpread * Math.log(Math.max(1, spread[k]!))));
  const total = required.reduce((n, s) => n + s.weight ** 2, 0) || 1;
  // Lines compete only on what the passage has: a word found nowhere in it weighs on every line alike.
  const lineTotal = lineWeight.reduce((n, w, k) => n + (spread[k]! > 0 ? w : 0), 0) || 1;
  const evidence = KIND_EVIDENCE[kind];
  return layout.units.map((unit, index) => {
    const read = layout.readTerms[index]!;
    const coverage = Math.min(1, required.reduce((n, s) => n + (slotMatches(s, read) ? s.weight ** 2 : 0), 0) / total);
    const lineCoverage = Math.min(1, required.reduce((n, s, k) => n + (slotMatches(s, read) ? lineWeight[k]! : 0), 0) / lineTotal);
    const own = slots.flatMap((s, k) => (slotMatches(s, layout.unitTerms[index]!) ? [k] : []));
    return { unit, index, coverage, lineCoverage, hasKind: evidence ? evidence.test(unit.text) : false, matched: own };
  });
}

export interface Ranked {
  /** The parts of the score, for explaining a ranking (`npm run eval -- --verbose`). */
  parts?: Record<string, number>;
  passage: Passage;
  score: number;
  /** Share of the question's weight found anywhere in the passage or its context. */
  coverage: number;
  units: UnitScore[];
}

export interface RankInput {
  question: Question;
  /** The question's slots (see questionSlots): computed once by the caller, who quotes with them too. */
  slots: Slot[];
  miniSearch: MiniSearch<IndexedFields>;
  passages: Map<string, Passage>;
  passageTerms: Record<string, StoredTerm[]>;
  contextTerms: Record<string, string[]>;
  /** Documents the question points at (「記事だと」, "NRI says"), if any: their passages rank higher. */
  preferredDocuments: ReadonlySet<string>;
}

export function rank(input: RankInput): Ranked[] {
  const { question, miniSearch } = input;
  const words = [...new Set(question.terms.map((t) => t.term))];
  if (words.length === 0 && question.bigrams.length === 0) return [];
  const results = miniSearch.search(
    {
      combineWith: 'OR',
      queries: [
        { queries: [words.join(' ')], fields: ['words'], boost: { words: RANKING.fieldBoost.words } },
        { queries: [question.bigrams.join(' ')], fields: ['bigrams'], boost: { bigrams: RANKING.fieldBoost.bigrams } },
        { queries: [words.join(' ')], fields: ['context'], boost: { context: RANKING.fieldBoost.context } },
      ],
    },
    { prefix: false, fuzzy: false },
  );
  if (results.length === 0) return [];
  const best = results[0]!.score;
  const { slots } = input;
  const required = slots.filter((s) => !s.optional);
  const total = required.reduce((n, s) => n + s.weight, 0) || 1;
  const evidence = KIND_EVIDENCE[question.kind];

  return results
    .slice(0, RANKING.candidates)
    .map((result) => {
      const passage = input.passages.get(String(result.id))!;
      const layout = passageLayout(passage, input.passageTerms[passage.id] ?? []);
      const context = new Set(input.contextTerms[passage.id] ?? []);
      const inText = layout.terms;
      const coveredInText = required.filter((s) => slotMatches(s, inText));
      const coveredAnywhere = required.filter((s) => slotMatches(s, inText) || slotMatches(s, context));
      const textCoverage = coveredInText.reduce((n, s) => n + s.weight, 0) / total;
      const coverage = coveredAnywhere.reduce((n, s) => n + s.weight, 0) / total;
      const units = scoreUnits(layout, slots, question.kind);
      const bestUnit = Math.max(0, ...units.map((u) => u.coverage + (u.hasKind ? 0.15 : 0)));
      const kindMatch = evidence ? (units.some((u) => u.hasKind && u.coverage > 0) ? 1 : 0) : 0;
      const compoundBonus = slots.some((s) => s.optional && slotMatches(s, inText)) ? 0.03 : 0;
      const score =
        RANKING.weight.bm25 * (result.score / best) +
        RANKING.weight.coverage * textCoverage +
        RANKING.weight.unit * bestUnit +
        RANKING.weight.kind * kindMatch +
        RANKING.weight.context * (coverage - textCoverage) +
        compoundBonus +
        (input.preferredDocuments.has(passage.doc) ? RANKING.weight.documentHint : 0);
      return { passage, score, coverage, units, parts: { bm25: result.score / best, textCoverage, bestUnit, kindMatch, context: coverage - textCoverage } };
    })
    .sort((a, b) => b.score - a.score);
}
