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
import type { Question } from './question.ts';

/** How the parts of a score add up; tuned on the evaluation set (`npm run eval`). */
export const RANKING = {
  candidates: 40,
  fieldBoost: { words: 2, bigrams: 0.6, context: 0.5 },
  weight: { bm25: 0.3, coverage: 0.3, unit: 0.4, kind: 0.12, context: 0.08 },
  /** Below this share of the question covered by the best passage, Shiori says it is not sure. */
  confidentCoverage: 0.45,
} as const;

/** A question term and the terms that stand for the same thing (a word and its alias concept). */
export interface Slot {
  terms: Set<string>;
  weight: number;
  /** Compounds only add precision: matching one helps, missing one costs nothing. */
  optional: boolean;
}

/** Evidence in text that it holds the kind of answer asked for. */
export const KIND_EVIDENCE: Partial<Record<AnswerKind, RegExp>> = {
  percentage: /\d+(?:\.\d+)?\s*[%％]/,
  amount: /\d[\d,.]*\s*(?:億|万|兆)?\s*(?:元|ドル|円)|\d[\d,.]*\s*(?:億|兆)/,
  count: /\d[\d,.]*\s*(?:社|件|個|人|都市|つ|回|か所|カ所|の都市|名)/,
  date: /\d{4}\s*年|\d{4}\/\d{1,2}|\d{1,2}\s*月/,
  rank: /\d+\s*位|順位|^\d+ \S+ .* \d+/m,
  trend: /[%％].*[%％]|推移|上昇|低下|増加|減少|拡大|縮小/,
  definition: /とは|と定義|略称|の略|を指す|という|と称する|と呼ばれ/,
  reason: /ため|狙い|目的|理由|背景|真意|から[だで]/,
};

/** Inverse document frequency over passages; a term no passage has weighs the most. */
export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Group the question's terms into slots: one per thing asked about. */
export function questionSlots(terms: Term[], documentFrequency: (term: string) => number, documentCount: number): Slot[] {
  const slots: Slot[] = [];
  const concepts = terms.filter((t) => t.kind === 'concept');
  const weightOf = (term: string) => idf(documentCount, documentFrequency(term));
  for (const concept of concepts) {
    slots.push({ terms: new Set([concept.term]), weight: 0, optional: false });
  }
  for (const term of terms) {
    if (term.kind === 'concept') continue;
    // A word inside an alias spelling belongs to the concept's slot (アリババ with §アリババ).
    const inside = concepts.findIndex((c) => c.start <= term.start && term.end <= c.end);
    if (inside >= 0 && term.kind !== 'compound') {
      slots[inside]!.terms.add(term.term);
      continue;
    }
    const existing = slots.find((s) => s.terms.has(term.term));
    if (existing) continue;
    slots.push({ terms: new Set([term.term]), weight: 0, optional: term.kind === 'compound' });
  }
  for (const slot of slots) {
    slot.weight = Math.max(...[...slot.terms].map(weightOf)) * (slot.optional ? 0.5 : 1);
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
  /** Share of the question's weight matched in this unit. */
  coverage: number;
  /** Whether the unit holds the kind of answer asked for. */
  hasKind: boolean;
}

/** Which slots each unit of a passage matches. */
export function scoreUnits(units: TextUnit[], terms: StoredTerm[], slots: Slot[], kind: AnswerKind): UnitScore[] {
  const total = slots.filter((s) => !s.optional).reduce((n, s) => n + s.weight, 0) || 1;
  const evidence = KIND_EVIDENCE[kind];
  return units.map((unit, index) => {
    const inUnit = new Set(terms.filter(([, start]) => start >= unit.start && start < unit.end).map(([term]) => term));
    const matched = slots.filter((s) => [...s.terms].some((t) => inUnit.has(t)));
    const coverage = Math.min(1, matched.reduce((n, s) => n + s.weight, 0) / total);
    return { unit, index, coverage, hasKind: evidence ? evidence.test(unit.text) : false };
  });
}

export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's weight found anywhere in the passage or its context. */
  coverage: number;
  units: UnitScore[];
}

export interface RankInput {
  question: Question;
  miniSearch: MiniSearch<IndexedFields>;
  passages: Map<string, Passage>;
  passageTerms: Record<string, StoredTerm[]>;
  contextTerms: Record<string, string[]>;
  documentFrequency: (term: string) => number;
  documentCount: number;
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
  const slots = questionSlots(question.terms, input.documentFrequency, input.documentCount);
  const required = slots.filter((s) => !s.optional);
  const total = required.reduce((n, s) => n + s.weight, 0) || 1;
  const evidence = KIND_EVIDENCE[question.kind];

  return results
    .slice(0, RANKING.candidates)
    .map((result) => {
      const passage = input.passages.get(String(result.id))!;
      const terms = input.passageTerms[passage.id] ?? [];
      const context = new Set(input.contextTerms[passage.id] ?? []);
      const inText = new Set(terms.map(([term]) => term));
      const coveredInText = required.filter((s) => [...s.terms].some((t) => inText.has(t)));
      const coveredAnywhere = required.filter((s) => [...s.terms].some((t) => inText.has(t) || context.has(t)));
      const textCoverage = coveredInText.reduce((n, s) => n + s.weight, 0) / total;
      const coverage = coveredAnywhere.reduce((n, s) => n + s.weight, 0) / total;
      const units = scoreUnits(textUnits(passage), terms, slots, question.kind);
      const bestUnit = Math.max(0, ...units.map((u) => u.coverage + (u.hasKind ? 0.15 : 0)));
      const kindMatch = evidence ? (units.some((u) => u.hasKind && u.coverage > 0) ? 1 : 0) : 0;
      const compoundBonus = slots.filter((s) => s.optional && [...s.terms].some((t) => inText.has(t))).length > 0 ? 0.03 : 0;
      const score =
        RANKING.weight.bm25 * (result.score / best) +
        RANKING.weight.coverage * textCoverage +
        RANKING.weight.unit * bestUnit +
        RANKING.weight.kind * kindMatch +
        RANKING.weight.context * (coverage - textCoverage) +
        compoundBonus;
      return { passage, score, coverage, units };
    })
    .sort((a, b) => b.score - a.score);
}
