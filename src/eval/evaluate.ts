/**
 * The evaluation: ask every question of a question set and check the answers against the
 * strings the right passage must contain. Used by `npm run eval` and by the test suite.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Shiori } from '../answer/engine.ts';

export const evalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  doc: z.string(),
  /** Strings the right passage must all contain (compared without spaces, after NFKC). */
  expect: z.array(z.string()).min(1),
  kind: z.string(),
  lang: z.enum(['ja', 'en']),
  type: z.string(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  return z.array(evalQuestionSchema).parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Text compared without width, case or spacing differences. */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function holds(text: string, expect: string[]): boolean {
  const haystack = comparable(text);
  return expect.every((e) => haystack.includes(comparable(e)));
}

export interface QuestionResult {
  question: EvalQuestion;
  /** Rank (1-based) of the first hit that holds the answer, or 0. */
  rank: number;
  quoteHolds: boolean;
  quoteLength: number;
  top: Array<{ id: string; quote: string }>;
}

export interface EvalSummary {
  total: number;
  first: number;
  top3: number;
  quote: number;
  meanQuoteChars: number;
  results: QuestionResult[];
}

export function evaluate(shiori: Shiori, questions: EvalQuestion[]): EvalSummary {
  const results = questions.map((question): QuestionResult => {
    const outcome = shiori.ask(question.question, { limit: 3 });
    const hits = outcome.ok ? outcome.answer.hits : [];
    const index = hits.findIndex((h) => h.passage.doc === question.doc && holds(h.passage.text, question.expect));
    const first = hits[0];
    return {
      question,
      rank: index + 1,
      quoteHolds: first !== undefined && index === 0 && holds(first.quote, question.expect),
      quoteLength: first ? [...first.quote].length : 0,
      top: hits.map((h) => ({ id: h.passage.id, quote: h.quote })),
    };
  });
  const total = results.length;
  return {
    total,
    first: results.filter((r) => r.rank === 1).length / total,
    top3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length / total,
    quote: results.filter((r) => r.quoteHolds).length / total,
    meanQuoteChars: results.reduce((n, r) => n + r.quoteLength, 0) / Math.max(1, results.filter((r) => r.quoteLength > 0).length),
    results,
  };
}
