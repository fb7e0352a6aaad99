/**
 * A question that asks for a kind of answer (いつ: a date) prefers, among passages that match it
 * alike, the one that holds that kind of answer at all, even on a line of its own. Two made-up
 * documents, read by real kuromoji.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { answerOf } from './answer-of.ts';

let corpusDir: string;
let indexDir: string;
let shiori: Shiori;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-kind-'));
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-kind-index-'));
  // The same sentence in both; only the second says when, on a line that shares no word with the question.
  await writeFile(path.join(corpusDir, 'club.md'), '# 部の記録\n\n読書会の発表は図書室で行いました。\n');
  await writeFile(path.join(corpusDir, 'club-dated.md'), '# 部の記録（日付あり）\n\n読書会の発表は図書室で行いました。\n2024年5月10日\n');
  shiori = await Shiori.open({ corpusDir, indexDir });
}, 60_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

describe('a question for a date', () => {
  it('ranks first the passage that holds a date, though the date is not on the line that matches', () => {
    const { hits, kind } = answerOf(shiori, '読書会の発表はいつ行いましたか？');
    expect(kind).toBe('date');
    expect(hits[0]!.passage.doc).toBe('club-dated');
  });
});
