import { mkdtemp, readFile, rm, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryCachePath, loadFromCache, loadFromPackage, writeDictionaryCache, type Tokenizer } from '../../../src/analysis/tokenizer.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';

// kuromoji's dictionary kept gunzipped under the index folder must give the very tokens the
// package's own gzipped dictionary gives.
describe('the gunzipped dictionary copy', () => {
  let folder: string;
  let shipped: Tokenizer;
  let fromCopy: Tokenizer;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'shiori-dict-'));
    await writeDictionaryCache(dictionaryCachePath(folder));
    [shipped, fromCopy] = await Promise.all([loadFromPackage(), loadFromCache(dictionaryCachePath(folder))]);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('tokenises a whole document exactly as the dictionary kuromoji ships', async () => {
    const text = await readFile(path.join(DEFAULT_CORPUS_DIR, 'nri-platformers-2021.txt'), 'utf8');
    const lines = text.split('\n').filter((line) => line.trim());
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(fromCopy.tokenize(line)).toEqual(shipped.tokenize(line));
    expect(fromCopy.tokenize('アントの延滞率は？').map((t) => t.surface_form)).toEqual(['アント', 'の', '延滞', '率', 'は', '？']);
  });

  it('refuses a damaged copy instead of loading a wrong dictionary', async () => {
    const damaged = await mkdtemp(path.join(os.tmpdir(), 'shiori-dict-damaged-'));
    try {
      const copy = dictionaryCachePath(damaged);
      await writeDictionaryCache(copy);
      await truncate(path.join(copy, 'base.dat'), 1000);
      await expect(loadFromCache(copy)).rejects.toThrow(/base\.dat/);
    } finally {
      await rm(damaged, { recursive: true, force: true });
    }
  });
});
