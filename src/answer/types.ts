import type { DocumentMeta, Passage } from '../corpus/types.ts';

/** The kind of answer a question asks for, recognised from its question words. */
export type AnswerKind =
  | 'percentage'
  | 'amount'
  | 'count'
  | 'date'
  | 'rank'
  | 'name'
  | 'definition'
  | 'reason'
  | 'trend'
  | 'any';

/** The language a person wrote in: what Shiori answers in. */
export type Language = 'ja' | 'en';

/** A character range `[start, end)` inside a string. */
export type Span = readonly [start: number, end: number];

/** One retrieved passage with the excerpt that answers. */
export interface Hit {
  passage: Passage;
  document: DocumentMeta;
  /** Final score after reranking; only comparable within one answer. */
  score: number;
  /** The lines or sentences of the passage that answer, whole, plain text. */
  quote: string;
  /** Where the question's words occur in `quote`, for bold or highlighting. */
  marks: Span[];
}

/** Why a question was not searched. */
export type QuestionProblem = 'blank' | 'too_long' | 'no_content';

export interface Answer {
  /** The question as the person wrote it (control characters removed). */
  question: string;
  language: Language;
  kind: AnswerKind;
  /** Best first. Empty when nothing answers well enough. */
  hits: Hit[];
  /** False when the best hit is only loosely related: say so rather than quote it with confidence. */
  confident: boolean;
}

export type AskOutcome =
  | { ok: true; answer: Answer }
  | { ok: false; problem: QuestionProblem; language: Language; question: string };
