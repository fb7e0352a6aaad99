import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { loadCorpus, type Corpus } from '../../../src/corpus/load.ts';
import { loadCheckedCatalogue, loadCheckedCatalogueCached } from '../../../src/figures/catalogue.ts';

// The checked catalogue kept beside the index stands for the corpus state it was checked against, and only that.
describe('the checked catalogue beside the index', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'shiori-catalogue-'));
    corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('is written after the check and read back for the same corpus, as the check gave it', async () => {
    const file = path.join(folder, 'figures-checked.json');
    const checked = await loadCheckedCatalogue(DEFAULT_CORPUS_DIR, corpus);
    expect(checked.length).toBeGreaterThan(10);
    expect(await loadCheckedCatalogueCached(DEFAULT_CORPUS_DIR, corpus, { file, corpusKey: 'a' })).toEqual(checked);
    const kept = JSON.parse(await readFile(file, 'utf8'));
    expect(kept.corpusKey).toBe('a');
    // What is read back is the file, not a new check: a marked copy comes back marked.
    kept.figures[0].id = 'kept-copy';
    await writeFile(file, JSON.stringify(kept));
    expect((await loadCheckedCatalogueCached(DEFAULT_CORPUS_DIR, corpus, { file, corpusKey: 'a' }))[0]!.id).toBe('kept-copy');
  });

  it('is checked again for another corpus state, or when the file is damaged', async () => {
    const file = path.join(folder, 'other.json');
    await writeFile(file, JSON.stringify({ corpusKey: 'old', figures: [{ id: 'stale' }] }));
    const fresh = await loadCheckedCatalogueCached(DEFAULT_CORPUS_DIR, corpus, { file, corpusKey: 'new' });
    expect(fresh[0]!.id).not.toBe('stale');
    await writeFile(file, '{"corpusKey": "new", "figures": [');
    expect(await loadCheckedCatalogueCached(DEFAULT_CORPUS_DIR, corpus, { file, corpusKey: 'new' })).toEqual(fresh);
  });
});
