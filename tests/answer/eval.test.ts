import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, Shiori } from '../../src/answer/engine.ts';
import { evaluate, loadQuestions, type EvalSummary } from '../../src/eval/evaluate.ts';

/**
 * The question set (tests/eval/questions.json) must keep scoring at least this well. The bars sit
 * a little under what `npm run eval` measures now, so a change that makes answers worse fails here.
 */
const BARS = { first: 0.84, top3: 0.95, quote: 0.74, meanQuoteChars: 400 };

let summary: EvalSummary;
beforeAll(async () => {
  const shiori = await Shiori.open();
  summary = evaluate(shiori, await loadQuestions(path.join(DEFAULT_CORPUS_DIR, '..', 'tests', 'eval', 'questions.json')));
});

describe('evaluation on our question set', () => {
  it('has enough questions over both documents, in Japanese and English', () => {
    expect(summary.total).toBeGreaterThanOrEqual(60);
    const docs = new Set(summary.results.map((r) => r.question.doc));
    expect(docs).toEqual(new Set(['nri-platformers-2021', 'allforces-alibaba-ai-2025']));
    expect(summary.results.filter((r) => r.question.lang === 'en').length).toBeGreaterThanOrEqual(10);
  });

  it(`answers first time at least ${BARS.first * 100} %, in the top three at least ${BARS.top3 * 100} %`, () => {
    expect(summary.first).toBeGreaterThanOrEqual(BARS.first);
    expect(summary.top3).toBeGreaterThanOrEqual(BARS.top3);
  });

  it(`quotes the answer itself at least ${BARS.quote * 100} % of the time, in short quotes`, () => {
    expect(summary.quote).toBeGreaterThanOrEqual(BARS.quote);
    expect(summary.meanQuoteChars).toBeLessThanOrEqual(BARS.meanQuoteChars);
  });
});
