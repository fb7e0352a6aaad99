/**
 * The engine of a running bot kept current (answer/live.ts): a change in its corpus folder is
 * built in the worker thread and swapped in; questions meanwhile are answered by the previous
 * engine; a broken document is reported and the rest stays; a question can be limited to one
 * document. Real kuromoji and real documents in a temporary folder.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { LiveShiori, type IndexUpdate } from '../../../src/answer/live.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';

const RAMEN = [
  '# 札幌ラーメン探訪',
  '',
  '札幌の味噌ラーメンは、炒めた野菜と濃い味噌のスープに太い縮れ麺を合わせるのが特徴です。',
  '',
  '元祖とされる店は1955年に味噌味のラーメンを出し始めたと伝えられています。',
].join('\n');

let corpusDir: string;
let indexDir: string;
let live: LiveShiori;
const updates: IndexUpdate[] = [];
const failures: string[] = [];

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-live-'));
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-live-index-'));
  await cp(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  const engine = await Shiori.open({ corpusDir, indexDir });
  live = new LiveShiori(engine, { corpusDir, indexDir, debounceMs: 100, onUpdate: (update) => updates.push(update), onFailure: (error) => failures.push(error) });
  live.watch();
}, 120_000);

afterAll(async () => {
  await live?.close();
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

/** Wait until the watch has built and swapped in an index that satisfies `check`. */
async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a corpus that changes while the bot runs', { timeout: 90_000 }, () => {
  it('picks up a new document from the file watch, answering from the old index until the new one is in', async () => {
    const before = live.current;
    expect(before.document('ramen')).toBeUndefined();
    await writeFile(path.join(corpusDir, 'ramen.md'), RAMEN);
    // The build runs in the worker: this thread still answers, from the index it has.
    const during = live.current.ask('アリババのAI投資額は？');
    expect(during.ok && during.answer.hits.length).toBeGreaterThan(0);
    await until(() => live.current.document('ramen') !== undefined, 'the new document');
    expect(live.current).not.toBe(before);
    const update = updates.at(-1)!;
    expect(update).toMatchObject({ added: ['ramen'], changed: [], removed: [] });
    expect(update.documents).toBe(before.documents().length + 1);
    const outcome = live.current.ask('札幌の味噌ラーメンの麺はどんな麺？');
    expect(outcome.ok && outcome.answer.hits[0]?.document.id).toBe('ramen');
    expect(outcome.ok && outcome.answer.hits[0]?.quote).toContain('太い縮れ麺');
  });

  it('re-reads only what changed, and says which document it was', async () => {
    await writeFile(path.join(corpusDir, 'ramen.md'), RAMEN.replace('1955年', '1954年'));
    await until(() => updates.at(-1)?.changed.includes('ramen') === true, 'the changed document');
    expect(updates.at(-1)).toMatchObject({ added: [], changed: ['ramen'], removed: [] });
    const outcome = live.current.ask('元祖の店が味噌ラーメンを出したのはいつ？');
    expect(outcome.ok && outcome.answer.hits[0]?.quote).toContain('1954年');
  });

  it('skips a broken new document with its reason and keeps every other one', async () => {
    const documents = live.current.documents().length;
    const count = updates.length;
    await writeFile(path.join(corpusDir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
    await until(() => updates.length > count, 'the build with the broken file');
    const update = updates.at(-1)!;
    expect(update.problems.map((p) => p.file)).toContain('broken.pdf');
    expect(live.current.documents().length).toBe(documents);
    expect(failures).toEqual([]);
  });

  it('a question limited to one document is answered from it only', () => {
    const anywhere = live.current.ask('延滞率は？');
    expect(anywhere.ok && anywhere.answer.hits[0]?.document.id).toBe('nri-platformers-2021');
    const within = live.current.ask('延滞率は？', { document: 'ramen' });
    expect(within.ok && within.answer.hits.every((hit) => hit.document.id === 'ramen')).toBe(true);
    const alibaba = live.current.ask('投資額は？', { document: 'allforces-alibaba-ai-2025' });
    expect(alibaba.ok && alibaba.answer.hits.length).toBeGreaterThan(0);
    expect(alibaba.ok && alibaba.answer.hits.every((hit) => hit.document.id === 'allforces-alibaba-ai-2025')).toBe(true);
  });

  it('drops a removed document', async () => {
    await rm(path.join(corpusDir, 'ramen.md'));
    await until(() => live.current.document('ramen') === undefined, 'the removal');
    expect(updates.at(-1)).toMatchObject({ added: [], changed: [], removed: ['ramen'] });
  });

  it('keeps answering from the previous index when the new one cannot be built', async () => {
    const before = live.current;
    // A figure catalogue that cites a document that is not there: the build refuses it.
    const catalogue = path.join(corpusDir, 'figures.yaml');
    await writeFile(catalogue, (await readFile(catalogue, 'utf8')).replace(/nri-platformers-2021/g, 'no-such-document'));
    const outcome = await live.rebuild();
    expect(outcome.ok ? '' : outcome.error).toContain('no-such-document');
    expect(live.current).toBe(before);
    expect(failures.length).toBeGreaterThan(0);
    const answer = live.current.ask('延滞率は？');
    expect(answer.ok && answer.answer.hits[0]?.document.id).toBe('nri-platformers-2021');
  });
});
