/**
 * The baseline every score is compared with: plain character bigrams over the same passages,
 * ranked by MiniSearch's BM25+ with nothing else (no dictionary, no aliases, no reranking). A
 * method that does not beat this on a corpus nobody tuned on has learnt the tuning set, not
 * Japanese.
 */
import { fold } from '../core/text.ts';
import MiniSearch from 'minisearch';
import type { Passage } from '../core/types.ts';
import { holds, isAnswerable, rightDocument, type EvalQuestion } from './evaluate.ts';

/** Character bigrams of NFKC-folded, lower-cased text, spaces and punctuation dropped. */
export function characterBigrams(text: string): string[] {
  const chars = [...fold(text).replace(/[\s\p{P}\p{S}]+/gu, '')];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

export interface BaselineSummary {
  total: number;
  first: number;
  top3: number;
}

export function evaluateBigramBaseline(passages: readonly Passage[], questions: readonly EvalQuestion[]): BaselineSummary {
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: characterBigrams,
    processTerm: (term) => term,
    searchOptions: { prefix: false, fuzzy: false },
  });
  index.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const answerable = questions.filter(isAnswerable);
  let first = 0;
  let top3 = 0;
  for (const question of answerable) {
    const hits = index.search(question.question).slice(0, 3).map((r) => byId.get(String(r.id))!);
    const rank = hits.findIndex((p) => rightDocument(question, p.doc) && holds(p.text, question.expect)) + 1;
    if (rank === 1) first++;
    if (rank >= 1) top3++;
  }
  const total = answerable.length;
  return { total, first: total ? first / total : Number.NaN, top3: total ? top3 / total : Number.NaN };
}
