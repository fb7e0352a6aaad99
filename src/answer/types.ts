/**
 * What the engine answers: the best passages with the quote that answers, whether it is sure,
 * and the catalogue figures the question asks for.
 */
import type { AnswerKind, DocumentMeta, Language, Passage, QuestionProblem, Span } from '../core/types.ts';
import type { Figure } from '../figures/schema.ts';
import type { UnsureReason } from './confidence.ts';

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
  /** Where the answer itself occurs in `quote`: the number, date or name of the kind asked for. */
  answerMarks: Span[];
  /** Other documents that hold the passage word for word, to cite with it. */
  alsoIn?: DocumentMeta[];
}

export interface Answer {
  /** The question as the person wrote it (control characters removed). */
  question: string;
  language: Language;
  kind: AnswerKind;
  /** Best first. Empty when nothing answers well enough. */
  hits: Hit[];
  /** False when the best hit is only loosely related: say so rather than quote it with confidence. */
  confident: boolean;
  /** Why Shiori is not sure, when it is not. */
  unsure?: UnsureReason;
  /** Catalogue figures the question asks for (shown as cards with charts); empty when unsure. */
  figures: Figure[];
  /**
   * For a question for a value of a catalogue figure, the value itself, with what it is and its
   * date: «D90+ 2.02%（2020年7月31日）». What an answer card shows first.
   */
  value?: string;
}

export type AskOutcome =
  | { ok: true; answer: Answer }
  | { ok: false; problem: QuestionProblem; language: Language; question: string; /** What to tell the person, in their language. */ message: string };
