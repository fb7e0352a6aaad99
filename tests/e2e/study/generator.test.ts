/**
 * The item generator over both documents: every item it keeps passes its checks against the real
 * passage it cites, items of every kind come out, the same seed gives the same quiz (fast-check
 * over seeds, counts and filters), and a document added to the corpus gets items of its own.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { itemBankFor, type ItemBank } from '../../../src/study/bank.ts';
import { CHOICE_COUNT, normalizeChoice, type QuizItem } from '../../../src/study/items.ts';
import { selectQuiz } from '../../../src/study/select.ts';
import { openEngine } from '../discord/harness.ts';

let engine: Shiori;
let closeEngine: () => Promise<void>;
let bank: ItemBank;

beforeAll(async () => {
  ({ engine, close: closeEngine } = await openEngine());
  bank = await itemBankFor(engine);
}, 60_000);

afterAll(async () => {
  await closeEngine?.();
});

const passageText = (item: QuizItem) => engine.passage(item.source.passage)?.text ?? '';

describe('the item bank of the corpus', () => {
  it('has figure, cloze and definition items from both documents, in every form the generator knows', () => {
    const kinds = new Set(bank.items.map((item) => item.kind));
    expect([...kinds].sort()).toEqual(['cloze', 'definition', 'figure']);
    const forms = new Set(bank.items.map((item) => item.form));
    for (const form of ['series-value', 'breakdown-largest', 'breakdown-smallest', 'ranking-name', 'cloze-name', 'cloze-number', 'cloze-term', 'definition', 'abbreviation']) expect(forms).toContain(form);
    for (const doc of ['nri-platformers-2021', 'allforces-alibaba-ai-2025']) expect(bank.items.some((item) => item.source.doc === doc)).toBe(true);
    expect(bank.items.length).toBeGreaterThan(100);
  });

  it('every item checks out against the passage it cites', () => {
    for (const item of bank.items) {
      const where = `${item.id} (${item.question})`;
      const text = normalizeChoice(passageText(item));
      expect(text, where).not.toBe('');
      expect(item.choices, where).toHaveLength(CHOICE_COUNT);
      expect(new Set(item.choices.map(normalizeChoice)).size, where).toBe(CHOICE_COUNT);
      expect(item.answer, where).toBeGreaterThanOrEqual(0);
      const answer = normalizeChoice(item.choices[item.answer]!);
      // The right choice is in the cited passage, and so is the quote.
      expect(text, where).toContain(answer);
      expect(text, where).toContain(normalizeChoice(item.source.quote));
      // The question does not give it away.
      expect(normalizeChoice(item.question), where).not.toContain(answer);
      // A cloze or definition never offers, as a wrong choice, words the passage itself has.
      if (item.kind !== 'figure') {
        for (const [index, choice] of item.choices.entries()) if (index !== item.answer) expect(text, `${where}: ${choice}`).not.toContain(normalizeChoice(choice));
      }
    }
  });

  it('known items: a figure, a definition and a cloze, with their answers', () => {
    const largest = bank.items.find((item) => item.form === 'breakdown-largest' && item.question.includes('アント・グループの収入構造'))!;
    expect(largest.choices[largest.answer]).toBe('クレジット・テック');
    expect(largest.source.passage).toBe('nri-platformers-2021#s18');
    const tc = bank.items.find((item) => item.question === '資料によると、「TC」は何の略？')!;
    expect(tc.choices[tc.answer]).toBe('テンセント');
    expect(tc.source.quote).toBe('注；「TC」は、「テンセント」の略');
    const investment = bank.items.find((item) => item.form === 'cloze-number' && item.source.passage === 'allforces-alibaba-ai-2025#p1')!;
    expect(investment.choices[investment.answer]).toBe('2028年');
    expect(investment.question).toContain('AlibabaがAIクラウドインフラに（　　）までに3800億元');
  });

  it('is the same bank every time it is built', async () => {
    const { buildBank, corpusOf } = await import('../../../src/study/bank.ts');
    const { termFinderFor } = await import('../../../src/study/terms.ts');
    const again = buildBank(corpusOf(engine), await termFinderFor(engine));
    expect(again.items).toEqual(bank.items);
  });
});

describe('choosing a quiz', () => {
  it('the same seed gives the same items; the filter and count are kept; no item twice', () => {
    const documents = [undefined, 'nri-platformers-2021', 'allforces-alibaba-ai-2025'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(...documents), (seed, count, document) => {
        const quiz = selectQuiz(bank.items, { seed, count, document });
        expect(selectQuiz(bank.items, { seed, count, document })).toEqual(quiz);
        expect(quiz.length).toBe(count);
        expect(new Set(quiz.map((item) => item.id)).size).toBe(count);
        if (document) for (const item of quiz) expect(item.source.doc).toBe(document);
      }),
      { numRuns: 200 },
    );
  });

  it('mixes kinds and passages: a 10-question quiz has more than one kind and no passage twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const quiz = selectQuiz(bank.items, { seed, count: 10 });
        expect(new Set(quiz.map((item) => item.kind)).size).toBeGreaterThan(1);
        expect(new Set(quiz.map((item) => item.source.passage)).size).toBe(10);
      }),
      { numRuns: 100 },
    );
  });

  it('a chapter gives only its items', () => {
    const chapter = '事業モデルの再構築が迫れるアント・グループ';
    const quiz = selectQuiz(bank.items, { seed: 7, count: 20, document: 'nri-platformers-2021', chapter });
    expect(quiz.length).toBeGreaterThan(5);
    for (const item of quiz) expect(item.source.location.chapter).toBe(chapter);
  });
});

describe('a new document', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gets items of its own, with nothing written for it by hand', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shiori-new-doc-'));
    cpSync(DEFAULT_CORPUS_DIR, join(dir, 'corpus'), { recursive: true });
    writeFileSync(
      join(dir, 'corpus', 'penguin-notes.md'),
      [
        '# ペンギンの観察メモ',
        '',
        'ペンギン観察センター（PWC）は、2024年に南極で新しい調査を始めた。',
        '',
        'センターの報告によると、コロニーの個体数は前年より12%増えた。繁殖期の観察ではアデリーペンギンが最も多く、観察記録の大半を占めた。',
        '',
        '「抱卵期」とは、親鳥が卵を温めて孵化を待つ期間のことである。',
        '',
        '研究チームは、気候変動が海氷の減少を通じて餌の分布に影響していると考えている。',
      ].join('\n'),
    );
    const withNew = await Shiori.open({ corpusDir: join(dir, 'corpus'), indexDir: join(dir, 'index') });
    const newBank = await itemBankFor(withNew);
    const own = newBank.items.filter((item) => item.source.doc === 'penguin-notes');
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own.map((item) => item.choices[item.answer])).toEqual(expect.arrayContaining(['ペンギン観察センター', '親鳥が卵を温めて孵化を待つ期間']));
    expect(selectQuiz(newBank.items, { seed: 1, count: 3, document: 'penguin-notes' }).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
