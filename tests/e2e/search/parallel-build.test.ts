/**
 * A build analysing its documents on several threads (search/parallel-analysis.ts) gives exactly
 * the index, problems and list of analysed files that a build on one thread gives: real kuromoji
 * in real worker threads, over the seed corpus (with its aliases) and a few small documents, one
 * of them unusable. The threshold is forced low: on their own these documents never start a worker.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/analyzer.ts';
import { loadAnalyzer } from '../../../src/answer/engine.ts';
import { PASSAGE_DEFAULTS } from '../../../src/corpus/passages.ts';
import { buildCaches, buildCorpusIndex, type CorpusBuild } from '../../../src/search/build-corpus.ts';
import type { ParallelOptions } from '../../../src/search/parallel-analysis.ts';
import { makeTeaCorpus } from './tea-corpus.ts';

let corpusDir: string;
let analyzer: Analyzer;

beforeAll(async () => {
  corpusDir = await makeTeaCorpus('shiori-parallel-');
  await writeFile(path.join(corpusDir, 'empty.txt'), '');
  analyzer = await loadAnalyzer(corpusDir);
}, 60_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

/** A build from nothing, its index without the time it was built. */
async function buildWith(parallel: ParallelOptions): Promise<{ build: CorpusBuild; content: unknown }> {
  const build = await buildCorpusIndex(corpusDir, analyzer, PASSAGE_DEFAULTS, buildCaches(), undefined, parallel);
  return { build, content: { ...build.data, builtAt: undefined } };
}

describe('a build on several threads', { timeout: 120_000 }, () => {
  it('gives the index a build on one thread gives', async () => {
    const one = await buildWith({ threads: 1 });
    const three = await buildWith({ threads: 3, minCharacters: 0 });
    expect(three.content).toEqual(one.content);
    expect(JSON.stringify(three.content)).toBe(JSON.stringify(one.content));
    expect(three.build.problems).toEqual(one.build.problems);
    expect(three.build.problems.map((problem) => problem.file)).toContain('empty.txt');
    expect(three.build.analysed).toEqual(one.build.analysed);
    expect(one.build.data.passages.find((p) => p.text.startsWith('煎茶は'))?.alsoIn?.map((copy) => copy.doc)).toEqual(['tea']);
  });
});
