/**
 * The seed documents among many others that share a question's words: the documents a question
 * points at (「講演資料」: the slide deck), and the passages holding its rarest word, keep their
 * places among the candidates, which the other documents' passages would otherwise take; an
 * acronym written in capitals is not the same letters written small in a file name; a document
 * described by its subject (「アリババのAIの記事」) is named by it, and its details answer who wrote
 * it. Real kuromoji, the seed corpus and made-up notes.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';

let corpusDir: string;
let indexDir: string;
let crowded: Shiori;
let withoutRarest: Shiori;
let seeds: Shiori;

/** Notes on making handouts: they share the deck question's words (資料, 作る) more often than any slide does. */
function note(i: number): string {
  return `# 資料づくりのメモ ${i}\n\n資料を作るときは、作った日と作り直した日を資料に残す（メモ${i}）。\n`;
}

/** Notes on software updates: they share a Qwen question's commoner words (最新, バージョン), never Qwen. */
function update(i: number): string {
  return `# 更新のメモ ${i}\n\nツールは最新バージョンに上げる。最新のバージョン番号は更新のたびに確かめる（メモ${i}）。\n`;
}

/** Notes on a boot loader's old settings file, menu.lst: the letters of the deck's LST, written small, as a file name. */
function bootNote(i: number): string {
  return `# 起動設定のメモ ${i}\n\n古い menu.lst は grub.cfg に変換してから消す。menu.lst の控えは残す（メモ${i}）。\n`;
}

/** Notes on writing reports: they use 書く, as a question for a document's author does, and never its subject. */
function writingNote(i: number): string {
  return `# 書き方のメモ ${i}\n\n報告は短く書く。書いた日も最後に書いておく（メモ${i}）。\n`;
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-crowded-'));
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-crowded-index-'));
  await cp(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  await Promise.all(Array.from({ length: 80 }, (_, i) => writeFile(path.join(corpusDir, `note-${i + 1}.md`), note(i + 1))));
  await Promise.all(Array.from({ length: 80 }, (_, i) => writeFile(path.join(corpusDir, `update-${i + 1}.md`), update(i + 1))));
  // More than ranking's thirty candidates: they would take every place.
  await Promise.all(Array.from({ length: 40 }, (_, i) => writeFile(path.join(corpusDir, `boot-${i + 1}.md`), bootNote(i + 1))));
  crowded = await Shiori.open({ corpusDir, indexDir });
  withoutRarest = await Shiori.open({ corpusDir, indexDir, options: { ranking: { rarestWordCandidates: 0 } } });
  seeds = await Shiori.open();
}, 120_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

const ids = (shiori: Shiori, question: string) => {
  const outcome = shiori.ask(question, { limit: 3 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.answer.hits.map((hit) => hit.passage.id);
};

describe('a question among many documents', { timeout: 60_000 }, () => {
  it('finds the deck’s title slide, with its author, for a question that points at the deck', () => {
    expect(ids(seeds, 'この講演資料を作ったのは誰？')).toContain('nri-platformers-2021#s1');
    // The notes match 資料 and 作る more often than any slide: eighty of them would fill every
    // candidate's place, and the title slide would not be read at all. It says 講演, the
    // question's rarest word, and is read for that too: so the deck's own places are also checked
    // with that turned off.
    for (const shiori of [crowded, withoutRarest]) {
      const hits = ids(shiori, 'この講演資料を作ったのは誰？');
      expect(hits).toContain('nri-platformers-2021#s1');
      expect(hits.every((id) => id.startsWith('nri-platformers-2021#'))).toBe(true);
    }
  });

  it('reads the passages that hold the question’s rarest word, however many share its commoner words', () => {
    const question = 'クウェンの最新バージョンはなに';
    const answer = 'allforces-alibaba-ai-2025#p3';
    expect(ids(seeds, question)[0]).toBe(answer);
    expect(ids(crowded, question)[0]).toBe(answer);
    // Without them, the notes' 最新 and バージョン (and their bigrams) fill every place.
    expect(ids(withoutRarest, question)).not.toContain(answer);
  });

  it('reads an acronym written in capitals (LST) as that acronym, not as the same letters written small (menu.lst)', () => {
    for (const question of ['LSTとは？', 'LSTって何？', 'LST?', 'What is LST?']) {
      const hits = ids(crowded, question);
      expect(hits[0]).toMatch(/^nri-platformers-2021#/);
      expect(hits.some((id) => id.startsWith('boot-'))).toBe(false);
    }
    // Written small, the question says nothing of case: the notes' menu.lst is that word too.
    expect(ids(crowded, 'lstとは？').some((id) => id.startsWith('boot-'))).toBe(true);
  });

});

describe('a question for a document\'s details among notes that share its asking word', { timeout: 60_000 }, () => {
  let writingDir: string;
  let writingIndex: string;
  let amongNotes: Shiori;
  beforeAll(async () => {
    writingDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-writing-'));
    writingIndex = await mkdtemp(path.join(os.tmpdir(), 'shiori-writing-index-'));
    await cp(DEFAULT_CORPUS_DIR, writingDir, { recursive: true });
    await Promise.all(Array.from({ length: 40 }, (_, i) => writeFile(path.join(writingDir, `writing-${i + 1}.md`), writingNote(i + 1))));
    amongNotes = await Shiori.open({ corpusDir: writingDir, indexDir: writingIndex });
  }, 120_000);
  afterAll(async () => {
    await rm(writingDir, { recursive: true, force: true });
    await rm(writingIndex, { recursive: true, force: true });
  });

  it('answers it from the article\'s details, the article named by its subject (「アリババのAIの記事」)', () => {
    // Among the notes, 書く is common and アリババ rare: read as words to search for, the subject
    // would pick the article's paragraphs that say it most, not the details that answer.
    for (const shiori of [seeds, amongNotes]) {
      const outcome = shiori.ask('このアリババのAIの記事書いたの誰？', { limit: 3 });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.answer.hits[0]!.passage.id).toBe('allforces-alibaba-ai-2025#about');
      expect(outcome.answer.hits[0]!.quote).toContain('ALLFORCES編集部');
    }
  });
});
