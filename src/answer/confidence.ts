/**
 * Whether the best passage answers the question, or only resembles it. Shiori says it is not sure
 * (and why) when nothing matched, when a specific word of the question (a name, an acronym, a
 * noun) occurs in no passage at all, when the best passage covers too little of the question, or
 * when the question asks for a number or a date and the best passage holds none. Calibrated with
 * `npm run eval` on questions the documents answer and on questions they do not.
 */
import { kindSpec } from '../core/answer-kinds.ts';
import type { Question } from '../search/question.ts';
import type { Ranked } from '../search/rank.ts';

export interface ConfidenceOptions {
  /** Below this share of the question's weight found in the best passage (or what it is about), not sure. */
  minCoverage: number;
  /** At or above this share of the question's weight on words no passage holds, not sure. */
  maxUnknownShare: number;
}

export const CONFIDENCE_DEFAULTS: ConfidenceOptions = { minCoverage: 0.55, maxUnknownShare: 0.3 };

/** Why Shiori is not sure of its answer. */
export type UnsureReason =
  /** No passage shares a word with the question. */
  | { code: 'no-match' }
  /** Specific words of the question occur in no passage. */
  | { code: 'unknown-words'; words: string[] }
  /** The best passage covers too little of the question. */
  | { code: 'weak-match'; coverage: number }
  /** The question asks for a kind of answer (a date, a number) the best passage does not hold. */
  | { code: 'no-answer-kind' };

export function judgeConfidence(question: Question, ranked: readonly Ranked[], options: ConfidenceOptions): UnsureReason | undefined {
  const top = ranked[0];
  if (!top) return { code: 'no-match' };
  const required = question.slots.filter((s) => !s.optional);
  const total = required.reduce((n, s) => n + s.weight, 0) || 1;
  const unknown = required.filter((s) => s.unknown);
  const unknownShare = unknown.reduce((n, s) => n + s.weight, 0) / total;
  if (unknown.length > 0 && unknownShare >= options.maxUnknownShare) {
    const words = unknown.flatMap((s) => question.terms.filter((t) => s.terms.has(t.term)).map((t) => question.text.slice(t.start, t.end)));
    return { code: 'unknown-words', words: [...new Set(words)] };
  }
  if (top.coverage < options.minCoverage) return { code: 'weak-match', coverage: Math.round(top.coverage * 100) / 100 };
  if (kindSpec(question.kind)?.evidence && !top.units.some((u) => u.hasKind)) return { code: 'no-answer-kind' };
  return undefined;
}
