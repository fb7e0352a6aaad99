/**
 * End to end: what outlives a restart (answers, /stats, review cards, the answer behind ◀ ▶), a
 * quiz interrupted by a clean stop and by a crash, /outline with its chapter menu and buttons,
 * /report for organisers, and a database that cannot be used. Real discord.js against the fake
 * Discord, with the real engine; each bot here restarts over the same data directory.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import type { QuizItem } from '../../../src/study/items.ts';
import { allComponents, textDisplays } from './fake/components-v2.ts';
import { FakeDiscord, type FakeMessage, type FakeUser } from './fake-discord.ts';
import { buttonsOf, openEngine, startShiori, unmarkdown, visibleText, type Running } from './harness.ts';

let engine: Shiori;
let closeEngine: () => Promise<void>;
const QUIZ_TIMING = { secondMs: 100, revealPauseMs: 50 };
const LETTERS = ['A', 'B', 'C', 'D'];
const MANAGE_GUILD = 1n << 5n;

beforeAll(async () => {
  ({ engine, close: closeEngine } = await openEngine());
}, 60_000);

afterAll(async () => {
  await closeEngine?.();
});

function botMessages(shiori: Running, channelId: string): FakeMessage[] {
  return shiori.fake.botChannelMessages().filter((message) => message.channel_id === channelId);
}
const waitForMessage = (shiori: Running, channelId: string, test: (message: FakeMessage) => boolean, what: string) =>
  shiori.fake.waitFor(() => botMessages(shiori, channelId).find(test), 10_000, what);
const question = (shiori: Running, channelId: string, number: number, count: number) =>
  waitForMessage(shiori, channelId, (message) => message.embeds[0]?.title === `第${number}問（全${count}問）`, `question ${number}`);
function itemOf(shiori: Running, message: FakeMessage): QuizItem {
  const [, quizId, position] = /^qa:(\d+):(\d+):/.exec(buttonsOf(message)[0]!.id)!;
  return JSON.parse(shiori.bot.context.store.quizzes.question(Number(quizId), Number(position))!.item) as QuizItem;
}
const answerButton = (message: FakeMessage, choice: number) => buttonsOf(message).find((button) => button.label === LETTERS[choice])!.id;

describe('a restart', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    dataDir = await mkdtemp(join(tmpdir(), 'shiori-restart-'));
  });
  afterAll(async () => {
    expect(fake.rejections).toEqual([]);
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: answers count in /stats, the wrong one is in /review, an old answer card still works; the open quiz says it was interrupted', async () => {
    const first = await startShiori(engine, { dataDir, reuseFake: fake, quizTiming: QUIZ_TIMING });
    const learner: FakeUser = fake.user('learner');
    const channelId = fake.guild.channels[0]!.id;
    const asked = await fake.slash('ask', { question: 'アントの延滞率は？' }, { user: learner }).reply();

    await fake.slash('quiz', { document: 'nri-platformers-2021', count: 2, seconds: 120 }, { user: learner, channelId }).reply();
    const q1 = await question(first, channelId, 1, 2);
    const item1 = itemOf(first, q1);
    await fake.click(q1, answerButton(q1, item1.answer), { user: learner }).reply();
    await fake.click(q1, buttonsOf(q1).find((button) => button.label === '答えを見る')!.id, { user: learner }).acknowledged();
    const q2 = await question(first, channelId, 2, 2);
    const item2 = itemOf(first, q2);
    await fake.click(q2, answerButton(q2, (item2.answer + 1) % 4), { user: learner }).reply();
    await first.stop();

    // The clean stop ended the quiz where it was, saying so, with the answers so far counted.
    const interrupted = fake.message(q2.id)!;
    expect(interrupted.embeds[0].title).toBe('第2問の答え');
    expect(visibleText(interrupted)).toContain('Shiori の再起動でクイズが中断されました。ここまでの回答は記録されています。');
    const board = botMessages(first, channelId).find((message) => message.embeds[0]?.title === 'クイズの結果（中断）');
    expect(unmarkdown(board!.embeds[0].description)).toMatch(/1位 learner　1\d点（1\/2問正解）/);

    const second = await startShiori(engine, { dataDir, reuseFake: fake, quizTiming: QUIZ_TIMING });
    try {
      const stats = await fake.slash('stats', {}, { user: learner }).reply();
      expect(stats.ephemeral).toBe(true);
      expect(stats.embeds[0].title).toBe('learner さんの学習状況');
      const fields = Object.fromEntries(stats.embeds[0].fields.map((field: { name: string; value: string }) => [field.name, unmarkdown(field.value)]));
      expect(fields['連続学習']).toBe('1日連続（最長 1日）');
      const accuracy = fields['章ごとの正答率']!.split('\n');
      const answered = accuracy.reduce((sum: number, line: string) => sum + Number(/\/(\d+)問/.exec(line)![1]), 0);
      const right = accuracy.reduce((sum: number, line: string) => sum + Number(/（(\d+)\//.exec(line)![1]), 0);
      expect([right, answered]).toEqual([1, 2]);
      // A slide outside every chapter (the cover, the first slides) counts under the document's title.
      expect(fields['章ごとの正答率']).toContain(item2.source.location.chapter ?? 'アリババ・テンセント・アントグループの戦略転換');
      expect(fields['復習カード']).toBe('1枚（いま復習できるもの 1枚）');

      const review = await fake.slash('review', {}, { user: learner }).reply();
      expect(unmarkdown(review.embeds[0].description)).toContain(item2.question.split('\n')[0]!);

      // 「ほかの候補」 and 👍 on an answer card given before the restart.
      const menu = allComponents(asked.components).find((component: { type: number }) => component.type === 3);
      const other = await fake.select(asked, menu.custom_id, ['1'], { user: learner }).reply(10_000);
      expect(textDisplays(other.components)[1]).toMatch(/スライド 18\n-# 質問：アントの延滞率は？$/);
      const voted = await fake.click(other, buttonsOf(other).find((button) => button.label === '👍')!.id, { user: learner }).reply(10_000);
      expect(buttonsOf(voted).find((button) => button.label.startsWith('👍'))!.label).toBe('👍 1');
    } finally {
      await second.stop();
    }
  }, 40_000);

  it('a quiz left running by a crash is ended at the next start: its question revealed, the scoreboard posted', async () => {
    const crashed = await startShiori(engine, { dataDir, reuseFake: fake, quizTiming: QUIZ_TIMING });
    const player = fake.user('player');
    const channelId = fake.guild.channels[1]!.id;
    await fake.slash('quiz', { count: 3, seconds: 120 }, { user: player, channelId }).reply();
    const q1 = await question(crashed, channelId, 1, 3);
    await fake.click(q1, answerButton(q1, itemOf(crashed, q1).answer), { user: player }).reply();
    // A crash: the connection drops and nothing is tidied up.
    crashed.bot.context.study.quizzes.forget();
    await crashed.bot.client.destroy();
    crashed.bot.context.store.close();

    const next = await startShiori(engine, { dataDir, reuseFake: fake, quizTiming: QUIZ_TIMING });
    try {
      const board = await waitForMessage(next, channelId, (message) => message.embeds[0]?.title === 'クイズの結果（中断）', 'the interrupted scoreboard');
      expect(unmarkdown(board.embeds[0].description)).toMatch(/1位 player　1\d点（1\/3問正解）/);
      expect(fake.message(q1.id)!.embeds[0].title).toBe('第1問の答え');
      await vi.waitFor(() => expect(next.logs.some((line) => line.msg === 'interrupted quizzes ended' && line.count === 1)).toBe(true));
      // Its buttons now say the quiz is over.
      const late = await fake.click(q1, answerButton(q1, 0), { user: fake.user('latecomer') }).reply();
      expect(late.content).toBe('❌ このクイズは終了しています。新しく始めるには /クイズ（/quiz） を使ってください。');
    } finally {
      await next.stop();
    }
  }, 40_000);
});

describe('/outline', () => {
  let shiori: Running;
  beforeAll(async () => {
    shiori = await startShiori(engine);
  }, 30_000);
  afterAll(async () => {
    expect(shiori.fake.rejections).toEqual([]);
    await shiori.stop();
  });

  it('lists the chapters with their key messages; the menu opens a chapter; a button opens a slide as /source does', async () => {
    const overview = await shiori.fake.slash('outline', { document: 'nri-platformers-2021' }).reply();
    expect(overview.ephemeral).toBe(false);
    expect(overview.embeds[0].title).toBe('『アリババ・テンセント・アントグループの戦略転換』の目次');
    const names = overview.embeds[0].fields.map((field: { name: string }) => field.name);
    expect(names).toContain('事業モデルの再構築が迫れるアント・グループ');
    const menu = overview.components[0].components[0];
    expect(menu.type).toBe(3);
    const index = menu.options.findIndex((option: { label: string }) => option.label === '事業モデルの再構築が迫れるアント・グループ');

    const chapter = await shiori.fake.select(overview, menu.custom_id, [String(index)]).reply();
    expect(chapter.embeds[0].title).toBe('アリババ・テンセント・アントグループの戦略転換 — 事業モデルの再構築が迫れるアント・グループ');
    expect(unmarkdown(chapter.embeds[0].description)).toContain('スライド 17　アント・グループは、中国のFinTechをけん引する先端企業');
    const slide18 = buttonsOf(chapter).find((button) => button.label === 'スライド 18')!;
    const opened = await shiori.fake.click(chapter, slide18.id).reply();
    expect(opened.ephemeral).toBe(true);
    expect(opened.embeds[0].title).toBe('『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 18');
    expect(buttonsOf(opened).map((button) => button.label)).toEqual(['◀', '▶', '共有']);
  });

  it('opens at a chapter given as an option; a document without chapters is shown ten paragraphs at a time', async () => {
    const chapter = await shiori.fake.slash('outline', { document: 'nri-platformers-2021', chapter: '「産業デジタル化」の推進者となるテンセント' }).reply();
    expect(unmarkdown(chapter.embeds[0].description)).toContain('スライド 11　テンセントは、従来の「商品・サービス」を中心に編成されていた組織を');
    const article = await shiori.fake.slash('outline', { document: 'allforces-alibaba-ai-2025' }).reply();
    expect(article.embeds[0].fields.map((field: { name: string }) => field.name)).toEqual(['第1〜10段落', '第11〜20段落', '第21〜30段落', '第31〜40段落', '第41〜41段落']);
  });

  it('an unknown document or chapter is a private mistake', async () => {
    const unknown = await shiori.fake.slash('outline', { document: 'no-such-deck' }).reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toMatch(/^❌ 「no-such-deck」という資料はありません。/);
    const chapter = await shiori.fake.slash('outline', { document: 'nri-platformers-2021', chapter: '存在しない章' }).reply();
    expect(chapter.content).toMatch(/^❌ 『アリババ・テンセント・アントグループの戦略転換』に「存在しない章」という章はありません。章：「はじめに/);
  });
});

describe('/report', () => {
  let shiori: Running;
  beforeAll(async () => {
    shiori = await startShiori(engine, { quizTiming: QUIZ_TIMING });
  }, 30_000);
  afterAll(async () => {
    expect(shiori.fake.rejections).toEqual([]);
    await shiori.stop();
  });

  it('is registered for Manage Server only, refuses others, and shows organisers the questions, missed items and a chart', async () => {
    const registered = shiori.fake.commands.guild.get(shiori.fake.guild.id)!.find((command) => command.name === 'report')!;
    expect(registered.default_member_permissions).toBe(String(MANAGE_GUILD));
    expect(registered.contexts).toEqual([0]);

    const asker = shiori.fake.user('asker');
    const unanswerable = await shiori.fake.slash('ask', { question: '火星の人口は何人？' }, { user: asker }).reply();
    expect(visibleText(unanswerable)).toMatch(/は資料に出てきません|見つかりませんでした/);
    const channelId = shiori.fake.guild.channels[0]!.id;
    await shiori.fake.slash('quiz', { count: 1, seconds: 120 }, { user: asker, channelId }).reply();
    const q1 = await question(shiori, channelId, 1, 1);
    const item = itemOf(shiori, q1);
    await shiori.fake.click(q1, answerButton(q1, (item.answer + 1) % 4), { user: asker }).reply();
    await shiori.fake.click(q1, buttonsOf(q1).find((button) => button.label === '答えを見る')!.id, { user: asker }).acknowledged();
    await waitForMessage(shiori, channelId, (message) => message.embeds[0]?.title === 'クイズの結果', 'the scoreboard');

    const refused = await shiori.fake.slash('report', {}, { user: asker }).reply();
    expect(refused.content).toBe('❌ レポートは「サーバーの管理」権限を持つ人だけが見られます。');
    const inDm = await shiori.fake.slash('report', {}, { user: asker, dm: true }).reply();
    expect(inDm.content).toBe('❌ レポートはサーバーの中で使ってください。');

    const report = await shiori.fake.slash('report', {}, { user: shiori.fake.user('organiser'), permissions: MANAGE_GUILD }).reply();
    expect(report.ephemeral).toBe(true);
    expect(report.embeds[0].title).toBe('Shiori 学習レポート');
    const fields = report.embeds[0].fields.map((field: { value: string }) => unmarkdown(field.value));
    expect(fields[0]).toContain('火星の人口は何人？（答えなし 1回・👎 0人）');
    expect(fields[1]).toContain(`正解「${item.choices[item.answer]}」（1/1人が不正解）`);
    expect(fields[2]).toMatch(/：0%（0\/1）/);
    // Discord (and the fake) turn attachment://name into the uploaded file's URL.
    expect(report.embeds[0].image.url).toMatch(/\/accuracy-by-chapter\.png$/);
    const png = shiori.fake.attachmentData(report.attachments[0]);
    expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 30_000);
});

describe('a database that cannot be used', () => {
  it('a corrupt file: one clear log line, and questions and quizzes still work (in memory)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'shiori-corrupt-'));
    await writeFile(join(dataDir, 'shiori.db'), 'this is not a database, it is a grocery list: 牛乳, 卵\n'.repeat(200));
    const shiori = await startShiori(engine, { dataDir, quizTiming: QUIZ_TIMING, logLevel: 'info' });
    try {
      const problems = shiori.logs.filter((line) => line.msg?.startsWith('database unavailable'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ level: 'error', problem: 'corrupt', file: join(dataDir, 'shiori.db') });
      const answer = await shiori.fake.slash('ask', { question: 'アントの延滞率は？' }).reply(10_000);
      expect(visibleText(answer)).toContain('延滞率');
      const channelId = shiori.fake.guild.channels[0]!.id;
      await shiori.fake.slash('quiz', { count: 1, seconds: 120 }, { channelId }).reply();
      await question(shiori, channelId, 1, 1);
      expect(shiori.fake.rejections).toEqual([]);
    } finally {
      await shiori.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
