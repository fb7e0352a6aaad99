/**
 * Incremental index builds (search/build-corpus.ts): a build reads and analyses only the documents
 * whose file, metadata file, aliases or index version changed, and gives the same index as a
 * build from nothing. Real kuromoji over the seed corpus and two small documents.
 */
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/analyzer.ts';
import { loadAnalyzer } from '../../../src/answer/engine.ts';
import { PASSAGE_DEFAULTS } from '../../../src/corpus/passages.ts';
import { indexVersion } from '../../../src/search/build.ts';
import { buildCaches, buildCorpusIndex, type CorpusBuild } from '../../../src/search/build-corpus.ts';
import { INDEX_FILE, loadIndex } from '../../../src/search/index-store.ts';
import { makeTeaCorpus } from './tea-corpus.ts';

let corpusDir: string;
let indexDir: string;
let analyzer: Analyzer;

beforeAll(async () => {
  corpusDir = await makeTeaCorpus('shiori-incremental-');
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-incremental-index-'));
  analyzer = await loadAnalyzer(corpusDir);
}, 60_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

/** The index without the time it was built. */
const content = (build: CorpusBuild) => ({ ...build.data, builtAt: undefined });
/** A build with caches as a new process has them: read from the index folder. */
const build = () => buildCorpusIndex(corpusDir, analyzer, PASSAGE_DEFAULTS, buildCaches(indexDir));
/** A build from nothing: caches in memory only, empty. */
const fresh = () => buildCorpusIndex(corpusDir, analyzer, PASSAGE_DEFAULTS, buildCaches());

describe('an incremental build', { timeout: 120_000 }, () => {
  it('analyses every document the first time, none the next, and gives the same index', async () => {
    const first = await build();
    expect(first.analysed.sort()).toEqual(['allforces-alibaba-ai-2025.md', 'coffee.txt', 'nri-platformers-2021.txt', 'tea-notes.md', 'tea.md']);
    expect(first.data.passages.find((p) => p.text.startsWith('煎茶は'))?.alsoIn?.map((copy) => copy.doc)).toEqual(['tea']);
    const second = await build();
    expect(second.analysed).toEqual([]);
    expect(content(second)).toEqual(content(first));
  });

  it('re-analyses only a changed document, and the index is what a build from nothing gives', async () => {
    await appendFile(path.join(corpusDir, 'tea.md'), '\n玉露はもっと低い五十度ほどのお湯で、二分ほどかけて淹れます。\n');
    const changed = await build();
    expect(changed.analysed).toEqual(['tea.md']);
    expect(changed.data.passages.some((p) => p.text.includes('玉露'))).toBe(true);
    expect(content(changed)).toEqual(content(await fresh()));
  });

  it('re-analyses a document whose metadata file changed', async () => {
    await writeFile(path.join(corpusDir, 'coffee.meta.yaml'), 'title: コーヒー豆の保存\nauthor: 喫茶部\n');
    const changed = await build();
    expect(changed.analysed).toEqual(['coffee.txt']);
    expect(changed.data.documents.find((d) => d.id === 'coffee')?.title).toBe('コーヒー豆の保存');
  });

  it('re-analyses every document when the aliases change (they change the terms)', async () => {
    await appendFile(path.join(corpusDir, 'aliases.yaml'), '  - [煎茶, せん茶, sencha]\n');
    analyzer = await loadAnalyzer(corpusDir);
    const changed = await build();
    expect(changed.analysed).toHaveLength(5);
    expect(content(changed)).toEqual(content(await fresh()));
  });

  it('forgets a removed document', async () => {
    await rm(path.join(corpusDir, 'coffee.txt'));
    const changed = await build();
    expect(changed.analysed).toEqual([]);
    expect(changed.data.documents.map((d) => d.id)).not.toContain('coffee');
    expect(content(changed)).toEqual(content(await fresh()));
  });

  it('analyses nothing again for a file written again with the same content', async () => {
    const file = path.join(corpusDir, 'tea.md');
    await writeFile(file, await readFile(file));
    const again = await build();
    expect(again.analysed).toEqual([]);
    expect(content(again)).toEqual(content(await fresh()));
  });
});

describe('a process that builds again (the bot\'s rebuild worker)', { timeout: 120_000 }, () => {
  it('reads again a file changed since, even to the same size, and gives what a build from nothing gives', async () => {
    const kept = buildCaches();
    const again = () => buildCorpusIndex(corpusDir, analyzer, PASSAGE_DEFAULTS, kept);
    await again();
    // Files changed in the last two seconds are read again whatever their status says: let them age.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await again()).analysed).toEqual([]);
    expect(kept.files?.size).toBeGreaterThan(0);
    const file = path.join(corpusDir, 'tea-notes.md');
    const text = await readFile(file, 'utf8');
    // The same length in bytes, another word: only the file's times and content say it changed.
    await writeFile(file, text.replace('煎茶', '抹茶'));
    const changed = await again();
    expect(changed.analysed).toEqual(['tea-notes.md']);
    expect(changed.data.passages.some((p) => p.text.includes('抹茶'))).toBe(true);
    expect(content(changed)).toEqual(content(await fresh()));
  });
});

describe('an index written in an older format', () => {
  it('is stale (rebuilt because the analyser changed), not called damaged', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shiori-old-index-'));
    try {
      // Formats 3 and before were whole JSON, written under another name.
      await writeFile(path.join(dir, 'shiori-index.json'), JSON.stringify({ format: 3, version: 'abc', corpusHash: 'x', documents: [], passages: [] }));
      expect(await loadIndex(dir, { corpusHash: 'x', version: indexVersion(PASSAGE_DEFAULTS) })).toEqual({ status: 'stale', reason: 'analyzer' });
      // Format 2 had no title terms: its shape is not today's.
      await writeFile(path.join(dir, INDEX_FILE), JSON.stringify({ format: 2, version: 'abc', corpusHash: 'x', documents: [], passages: [] }));
      expect(await loadIndex(dir, { corpusHash: 'x', version: indexVersion(PASSAGE_DEFAULTS) })).toEqual({ status: 'stale', reason: 'analyzer' });
      await writeFile(path.join(dir, INDEX_FILE), '{"format": 4, "version": ');
      expect((await loadIndex(dir, { corpusHash: 'x', version: indexVersion(PASSAGE_DEFAULTS) })).status).toBe('corrupt');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
