import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Shiori, type RebuildReason } from '../../../src/answer/engine.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import type { Answer } from '../../../src/answer/types.ts';
import { answerOf } from './answer-of.ts';
import { INDEX_FILE } from '../../../src/search/index-store.ts';

let shiori: Shiori;
beforeAll(async () => {
  shiori = await Shiori.open();
});

const answer = (question: string): Answer => answerOf(shiori, question);

describe('answers with a quote and where it comes from', () => {
  it('アントの延滞率は？ quotes the delinquency chart of slide 20', () => {
    const { hits, kind, confident } = answer('アントの延滞率は？');
    expect(kind).toBe('percentage');
    expect(confident).toBe(true);
    expect(hits[0]!.passage.location).toMatchObject({ slide: 20, chapter: '事業モデルの再構築が迫れるアント・グループ' });
    expect(hits[0]!.quote).toMatch(/残高延滞率（2017年12月~2020年7月） D[39]0\+：2017\/12\/31 \d\.\d\d%/);
    expect(hits[0]!.document.title).toBe('アリババ・テンセント・アントグループの戦略転換');
  });

  it('an English question reaches the Japanese article through the aliases', () => {
    const { hits, language, kind } = answer('How much will Alibaba invest in AI by 2028?');
    expect(language).toBe('en');
    expect(kind).toBe('amount');
    expect(hits[0]!.passage.doc).toBe('allforces-alibaba-ai-2025');
    expect(hits[0]!.quote).toContain('2028年までに3800億元（約520億ドル超）');
  });

  it('an English ordinal is a rank: "second" finds row 2 of the ranking', () => {
    const { hits, kind } = answer('Which company is second in blockchain patents?');
    expect(kind).toBe('rank');
    expect(hits[0]!.quote).toContain('2 中国平安 中国 464 48');
  });

  it('a number written in kanji finds the figure written in digits', () => {
    const { hits } = answer('アリババは2028年までに三千八百億元を投じる？');
    expect(hits[0]!.quote).toContain('3800億元');
  });

  it('a table row is quoted with the table header', () => {
    const { hits } = answer('ブロックチェーン特許の出願ランキングでIBMは何位？');
    expect(hits[0]!.quote).toContain('順位 会社名 国・地域 2019年（件） 2018年（件）');
    expect(hits[0]!.quote).toContain('8 IBM アメリカ 169 96');
  });

  it('marks the question\'s words inside the quote', () => {
    const { hits } = answer('テンセントの組織再編で何が変わった？');
    const hit = hits[0]!;
    expect(hit.passage.text).toContain('テンセントの組織再編');
    const marked = hit.marks.map(([s, e]) => hit.quote.slice(s, e));
    expect(marked).toEqual(expect.arrayContaining(['テンセント']));
  });

  it('quotes whole sentences of the article, never a copy cut short', () => {
    for (const question of ['DingTalkにAIが入ると何ができる？', 'Alibabaと提携している企業は？', '垂直統合の二重のメリットとは？']) {
      for (const hit of answer(question).hits.filter((h) => h.passage.doc === 'allforces-alibaba-ai-2025')) {
        expect(hit.quote).toMatch(/[。？！」]$/);
        expect(hit.passage.text).toContain(hit.quote.split(' … ')[0]);
      }
    }
  });

  it('finds a name kuromoji splits oddly (零售通って → 零 / 售 / 通う) through its alias', () => {
    const { hits, confident } = answer('零售通って何？');
    expect(confident).toBe(true);
    expect(hits[0]!.quote).toContain('「零售通」（LST）');
  });

  it('lists only passages about the whole query, not ones sharing a common word with it', () => {
    const outcome = shiori.search('デジタル人民元');
    const hits = outcome.ok ? outcome.answer.hits : [];
    expect(hits[0]!.quote).toContain('デジタル人民元は、シェアが低い金融機関');
    // 元 alone (元金, 50万元, 元征科技) is not デジタル人民元.
    expect(hits.filter((h) => !h.passage.text.includes('デジタル人民元') && !h.passage.heading?.includes('規制')).map((h) => h.passage.id)).toEqual([]);
  });

  it('says so when nothing answers, instead of quoting something unrelated with confidence', () => {
    expect(answer('トヨタの今期の営業利益は？').confident).toBe(false);
    expect(answer('What is the capital of France?').confident).toBe(false);
    expect(answer('Who is the CEO of Tencent?').confident).toBe(false);
    expect(answer("What is Tesla's revenue?").confident).toBe(false);
    expect(answer('ビットコインの価格は？').confident).toBe(false);
  });

  it('pages through up to ten hits', () => {
    const outcome = shiori.search('アリババ', { limit: 10 });
    expect(outcome.ok && outcome.answer.hits.length).toBe(10);
  });
});

describe('bad input gets a reason in the asker\'s language', () => {
  it.each([
    ['', 'blank', 'ja'],
    ['   \u200b\u200b  ', 'blank', 'ja'],
    ['？！…', 'no_content', 'ja'],
    ['🙂🙂🙂', 'no_content', 'ja'],
    ['a'.repeat(501), 'too_long', 'en'],
    ['延'.repeat(501), 'too_long', 'ja'],
  ])('%j → %s', (question, problem, language) => {
    const outcome = shiori.ask(question);
    expect(outcome).toMatchObject({ ok: false, problem, language });
  });

  it('answers or explains any string at all, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (question) => {
        const outcome = shiori.ask(question);
        return outcome.ok ? outcome.answer.hits.every((h) => h.passage.text.length > 0) : typeof outcome.problem === 'string';
      }),
      { numRuns: 200 },
    );
  });

  it('reads a question with lone UTF-16 surrogates (half a character) without throwing', () => {
    for (const question of ['a\uD800', '\uD800アントの延滞率は？', 'アント\uDC00の延滞率\uD83D', '\uDFFF']) {
      const outcome = shiori.ask(question);
      if (outcome.ok) expect(outcome.answer.question).not.toMatch(/[\uD800-\uDFFF]/);
      else expect(outcome.message.length).toBeGreaterThan(0);
    }
    expect(shiori.ask('\uD800アントの延滞率は？').ok).toBe(true);
  });

  it('refuses a huge question before cleaning it, echoing no more than the limit', () => {
    const outcome = Shiori.check('延'.repeat(1_000_000));
    expect(outcome?.problem).toBe('too_long');
    expect([...outcome!.question].length).toBeLessThanOrEqual(500);
    expect(outcome!.message).toContain('1000000文字');
  });

  it('reads a question with control and zero-width characters as the plain question', () => {
    const outcome = shiori.ask('ア\u200bント\u0000の延滞率は？');
    expect(outcome.ok && outcome.answer.question).toBe('アント の延滞率は？');
    expect(outcome.ok && outcome.answer.hits[0]!.passage.location.slide).toBe(20);
  });
});

describe('the index', () => {
  it('navigates a document\'s passages in order, its details first', () => {
    const first = shiori.passages('nri-platformers-2021')[0]!;
    expect(first.location.front).toBe(true);
    const { previous, next } = shiori.neighbours(first.id);
    expect(previous).toBeUndefined();
    expect(next!.location.slide).toBe(1);
    expect(shiori.neighbours(next!.id).next!.location.slide).toBe(2);
  });

  it('is rebuilt, with a notice, when missing, stale or corrupt', async () => {
    const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-corpus-'));
    const indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-index-'));
    await cp(path.join(DEFAULT_CORPUS_DIR, 'aliases.yaml'), path.join(corpusDir, 'aliases.yaml'));
    await writeFile(path.join(corpusDir, 'memo.md'), '# 社内メモ\n\nアントの延滞率は2.97%まで上がった。\n');
    const reasons: RebuildReason[] = [];
    const open = () => Shiori.open({ corpusDir, indexDir, onRebuild: (reason) => reasons.push(reason) });

    await open();
    expect(reasons).toEqual(['missing']);
    await open();
    expect(reasons).toEqual(['missing']);

    await writeFile(path.join(corpusDir, 'memo2.md'), '# 議事録\n\nテンセントの組織再編を読んだ。\n');
    const reopened = await open();
    expect(reasons).toEqual(['missing', 'stale-corpus']);
    expect(reopened.documents().map((d) => d.title).sort()).toEqual(['社内メモ', '議事録']);

    const file = path.join(indexDir, INDEX_FILE);
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 100));
    const repaired = await open();
    expect(reasons.at(-1)).toBe('corrupt');
    const outcome = repaired.ask('延滞率は？');
    expect(outcome.ok && outcome.answer.hits[0]!.quote).toBe('アントの延滞率は2.97%まで上がった。');
  });
});

describe('a question that cannot be searched', () => {
  it('comes back with the message to show, in the asker\'s language, before anything is loaded', () => {
    expect(Shiori.check('延'.repeat(501))?.message).toBe('質問が長すぎます（500文字まで、いまは501文字）。要点を短く書いてください。');
    expect(Shiori.check('   ')?.message).toMatch(/^質問が空です。/);
    expect(Shiori.check('   ')?.problem).toBe('blank');
    expect(Shiori.check('Why?!')).toBeUndefined();
    expect(Shiori.check('🙂🙂')?.problem).toBe('no_content');
  });
});
