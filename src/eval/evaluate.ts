/**
 * The evaluation: ask every question of a question set and check the answers against the
 * strings the right passage must contain, and check that questions the documents do not answer
 * are flagged as not confident. Used by `npm run eval` and by the test suite.
 */
import { fold } from '../core/text.ts';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Shiori } from '../answer/engine.ts';
import type { Passage } from '../core/types.ts';

const answerableSchema = z.object({
  id: z.string(),
  question: z.string(),
  answerable: z.literal(true).optional(),
  doc: z.string(),
  /** Documents that hold the same text word for word (a page installed under several names). */
  alsoIn: z.array(z.string()).optional(),
  /** Strings the right passage must all contain (compared without spaces, after NFKC). */
  expect: z.array(z.string()).min(1),
  kind: z.string(),
  lang: z.enum(['ja', 'en']),
  type: z.string(),
});
const unanswerableSchema = z.object({
  id: z.string(),
  question: z.string(),
  answerable: z.literal(false),
  lang: z.enum(['ja', 'en']),
  type: z.string(),
  /** What the documents say instead, for whoever reads a miss. */
  why: z.string().optional(),
});
export const evalQuestionSchema = z.union([answerableSchema, unanswerableSchema]);
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;
export type AnswerableQuestion = z.infer<typeof answerableSchema>;

export function isAnswerable(question: EvalQuestion): question is AnswerableQuestion {
  return question.answerable !== false;
}

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  return z.array(evalQuestionSchema).parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Text compared without width, case or spacing differences. */
function comparable(text: string): string {
  return fold(text).replace(/\s+/g, '');
}

export function holds(text: string, expect: readonly string[]): boolean {
  const haystack = comparable(text);
  return expect.every((e) => haystack.includes(comparable(e)));
}

export function rightDocument(question: AnswerableQuestion, doc: string): boolean {
  return doc === question.doc || (question.alsoIn ?? []).includes(doc);
}

export interface QuestionResult {
  question: EvalQuestion;
  /** Rank (1-based) of the first hit that holds the answer, or 0 (always 0 for an unanswerable question). */
  rank: number;
  quoteHolds: boolean;
  quoteLength: number;
  /** Whether Shiori presented its first answer as confident. */
  confident: boolean;
  top: Array<{ id: string; quote: string }>;
}

export interface EvalSummary {
  /** Answerable questions. */
  total: number;
  first: number;
  top3: number;
  quote: number;
  meanQuoteChars: number;
  /** Of the answers right first, the share presented as confident (NaN when none was right). */
  rightConfident: number;
  /** Questions the documents do not answer, and the share of them flagged as not confident. */
  unanswerable: number;
  flagged: number;
  results: QuestionResult[];
}

const share = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);

export function evaluate(shiori: Shiori, questions: EvalQuestion[]): EvalSummary {
  const results = questions.map((question): QuestionResult => {
    const outcome = shiori.ask(question.question, { limit: 3 });
    const hits = outcome.ok ? outcome.answer.hits : [];
    const confident = outcome.ok && outcome.answer.confident && hits.length > 0;
    // A passage indexed once for several documents is right in any of them.
    const inRightDocument = (q: AnswerableQuestion, passage: Passage) => [passage.doc, ...(passage.alsoIn ?? []).map((c) => c.doc)].some((doc) => rightDocument(q, doc));
    const index = isAnswerable(question) ? hits.findIndex((h) => inRightDocument(question, h.passage) && holds(h.passage.text, question.expect)) : -1;
    const first = hits[0];
    return {
      question,
      rank: index + 1,
      quoteHolds: first !== undefined && index === 0 && isAnswerable(question) && holds(first.quote, question.expect),
      quoteLength: first ? [...first.quote].length : 0,
      confident,
      top: hits.map((h) => ({ id: h.passage.id, quote: h.quote })),
    };
  });
  return summarise(results);
}

export function summarise(results: QuestionResult[]): EvalSummary {
  const answerable = results.filter((r) => isAnswerable(r.question));
  const unanswerable = results.filter((r) => !isAnswerable(r.question));
  const total = answerable.length;
  const right = answerable.filter((r) => r.rank === 1);
  const quoted = answerable.filter((r) => r.quoteLength > 0);
  return {
    total,
    first: share(right.length, total),
    top3: share(answerable.filter((r) => r.rank >= 1 && r.rank <= 3).length, total),
    quote: share(answerable.filter((r) => r.quoteHolds).length, total),
    meanQuoteChars: quoted.reduce((n, r) => n + r.quoteLength, 0) / Math.max(1, quoted.length),
    rightConfident: share(right.filter((r) => r.confident).length, right.length),
    unanswerable: unanswerable.length,
    flagged: share(unanswerable.filter((r) => !r.confident).length, unanswerable.length),
    results,
  };
}
