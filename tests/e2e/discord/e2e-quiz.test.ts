/**
 * End to end: /quiz in a channel with several people answering at once, the reveal, the
 * scoreboard; a solo quiz in a DM; the mistakes people make; 30 presses within a second; and
 * /review after wrong answers. Through the real discord.js Client against the fake Discord, with
 * the real engine and the items it generates from the corpus. A quiz "second" lasts 100 ms here.
 */
import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../src/study/items.ts';
import type { FakeMessage, FakeUser } from './fake-discord.ts';
import { buttonsOf, unmarkdown, visibleText } from './harness.ts';
import { useBot } from './use-bot.ts';

let people = 0;
const someone = (): FakeUser => shiori.fake.user(`member-${++people}`);
const LETTERS = ['A', 'B', 'C', 'D'];
const QUIZ_TIMING = { secondMs: 100, revealPauseMs: 50 };

const { shiori } = useBot({ quizTiming: QUIZ_TIMING }, async () => {
  expect(shiori.fake.rejections).toEqual([]);
});

/** The bot's channel messages in a channel, oldest first. */
function channelMessages(channelId: string): FakeMessage[] {
  return shiori.fake.botChannelMessages().filter((message) => message.channel_id === channelId);
}

function waitForMessage(channelId: string, test: (message: FakeMessage) => boolean, what: string, timeoutMs = 10_000): Promise<FakeMessage> {
  return shiori.fake.waitFor(() => channelMessages(channelId).find(test), timeoutMs, what);
}

/** Question `number` (1-based) of a quiz in a channel, once it is posted. */
function question(channelId: string, number: number, count: number): Promise<FakeMessage> {
  return waitForMessage(channelId, (message) => message.embeds[0]?.title === `第${number}問（全${count}問）`, `question ${number}`);
}

/** The message as it is now (after edits). */
const current = (message: FakeMessage) => shiori.fake.message(message.id)!;

/** The quiz behind a question message and the item it asks, from the database the bot writes. */
function quizOf(message: FakeMessage): { quizId: number; position: number; item: QuizItem } {
  const [, quizId, position] = /^qa:(\d+):(\d+):/.exec(buttonsOf(message)[0]!.id)!;
  const row = shiori.bot.context.store.quizzes.question(Number(quizId), Number(position))!;
  return { quizId: Number(quizId), position: Number(position), item: JSON.parse(row.item) as QuizItem };
}

const answerButton = (message: FakeMessage, choice: number) => buttonsOf(message).find((button) => button.label === LETTERS[choice])!.id;
const buttonLabelled = (message: FakeMessage, label: string) => buttonsOf(message).find((button) => button.label === label)!.id;

describe('a group quiz in a channel', () => {
  it('asks one question at a time; people answer at once, privately; the starter reveals; the scoreboard ranks them', async () => {
    const channelId = shiori.fake.guild.channels[1]!.id;
    const [starter, alice, bob, carol] = [someone(), someone(), someone(), someone()];
    const started = shiori.fake.slash('quiz', { document: 'nri-platformers-2021', count: 2, seconds: 120 }, { user: starter, channelId });
    const intro = await started.reply();
    expect(intro.ephemeral).toBe(false);
    expect(visibleText(intro)).toContain(`${starter.username} さんが始めました：全2問・各120秒（『アリババ・テンセント・アントグループの戦略転換』から出題）`);

    const first = await question(channelId, 1, 2);
    const { item } = quizOf(first);
    expect(item.source.doc).toBe('nri-platformers-2021');
    expect(buttonsOf(first).map((button) => button.label)).toEqual(['A', 'B', 'C', 'D', '答えを見る', '中止']);
    // Every choice is on the message as the item has it.
    item.choices.forEach((choice, index) => expect(unmarkdown(first.embeds[0].description)).toContain(`${LETTERS[index]}. ${choice}`));

    const wrong = (item.answer + 1) % 4;
    const presses = await Promise.all([
      shiori.fake.click(first, answerButton(first, item.answer), { user: alice }).reply(),
      shiori.fake.click(first, answerButton(first, wrong), { user: bob }).reply(),
      shiori.fake.click(first, answerButton(first, item.answer), { user: carol }).reply(),
    ]);
    for (const confirmation of presses) {
      expect(confirmation.ephemeral).toBe(true);
      expect(confirmation.content).toMatch(/^[A-D] で回答しました。答えは締め切りのあとに表示されます。$/);
    }
    expect(presses[1]!.content).toContain(LETTERS[wrong]!);

    // Only the starter may reveal.
    const refused = await shiori.fake.click(first, buttonLabelled(first, '答えを見る'), { user: alice }).reply();
    expect(refused.content).toBe('❌ 答えを表示できるのは、クイズを始めた人だけです。');
    await shiori.fake.click(first, buttonLabelled(first, '答えを見る'), { user: starter }).acknowledged();
    const revealed = await shiori.fake.waitFor(() => (current(first).embeds[0]?.title === '第1問の答え' ? current(first) : undefined), 5000, 'the reveal');
    const text = unmarkdown(visibleText(revealed));
    expect(text).toContain(`✅ ${LETTERS[item.answer]}. ${item.choices[item.answer]}　— 2人`);
    expect(text).toContain(`${LETTERS[wrong]}. ${item.choices[wrong]}　— 1人`);
    expect(revealed.embeds[0].fields[0]).toMatchObject({ name: '正解した人' });
    expect(unmarkdown(revealed.embeds[0].fields[0].value)).toBe(`${alice.username}、${carol.username}`);
    // The source: the quote from the passage and its citation.
    expect(revealed.embeds[0].fields[1].name).toBe('出典');
    expect(unmarkdown(revealed.embeds[0].fields[1].value)).toContain(item.source.quote.split('\n')[0]!.slice(0, 20));
    expect(revealed.embeds[0].fields[1].value).toContain('『アリババ・テンセント・アントグループの戦略転換』');
    expect(buttonsOf(revealed).map((button) => button.label)).toEqual(['全文', '復習に追加']);
    const full = await shiori.fake.click(revealed, buttonLabelled(revealed, '全文'), { user: bob }).reply();
    expect(full.ephemeral).toBe(true);
    expect(full.embeds[0].description.length).toBeGreaterThan(0);

    // A late answer to the revealed question is refused.
    const late = await shiori.fake.click(first, answerButton(first, 0), { user: someone() }).reply();
    expect(late.content).toBe('❌ この問題はもう締め切られました。');

    const second = await question(channelId, 2, 2);
    const next = quizOf(second);
    await shiori.fake.click(second, answerButton(second, next.item.answer), { user: bob }).reply();
    await shiori.fake.click(second, buttonLabelled(second, '答えを見る'), { user: starter }).acknowledged();
    const board = await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果', 'the scoreboard');
    const lines = unmarkdown(board.embeds[0].description).split('\n');
    // Alice and Carol: one right each, early; Bob: one right. Points include the early bonus (10 + up to 5).
    expect(lines.slice(0, 3).map((line) => line.replace(/　\d+点/, ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^\\d位 ${alice.username}（1/2問正解）$`)), expect.stringMatching(new RegExp(`^\\d位 ${bob.username}（1/2問正解）$`))]),
    );
    for (const line of lines.slice(0, 3)) expect(Number(/　(\d+)点/.exec(line)?.[1])).toBeGreaterThanOrEqual(14);
    expect(board.embeds[0].description).toContain('/復習（/review）');
    expect(board.embeds[0].footer.text).toBe('正解1問10点、早く答えるほど最大5点のボーナス。');
    // Names are shown, nobody is pinged.
    for (const message of channelMessages(channelId)) expect(shiori.fake.pingsOf(message)).toEqual([]);

    // Pressing an answer of the finished quiz.
    const over = await shiori.fake.click(second, answerButton(second, 0), { user: carol }).reply();
    expect(over.content).toBe('❌ このクイズは終了しています。新しく始めるには /クイズ（/quiz） を使ってください。');

    // Bob got the first question wrong: it is waiting in his review, and only his.
    const review = await shiori.fake.slash('review', {}, { user: bob }).reply();
    expect(review.ephemeral).toBe(true);
    expect(review.embeds[0].title).toBe('復習（残り1問）');
    expect(unmarkdown(review.embeds[0].description)).toContain(item.question.split('\n')[0]!);
    const graded = await shiori.fake.click(review, answerButton(review, item.answer), { user: bob }).reply();
    expect(graded.embeds[0].title).toBe('正解');
    expect(unmarkdown(graded.embeds[0].description)).toContain(`正解は ${LETTERS[item.answer]}「${item.choices[item.answer]}」`);
    expect(graded.embeds[0].description).toMatch(/次にこの問題が出るのは <t:\d+:R> です。/);
    expect(graded.embeds[0].description).toMatch(/今回の復習はここまでです。次は <t:\d+:R> に 1問です。/);
    const nothing = await shiori.fake.slash('review', {}, { user: bob }).reply();
    expect(nothing.content).toMatch(/^いま復習する問題はありません。次は <t:\d+:R> に 1問です。$/);
    const aliceReview = await shiori.fake.slash('review', {}, { user: alice }).reply();
    expect(aliceReview.content).toBe('いま復習する問題はありません。クイズで間違えた問題や「復習に追加」した問題がここに来ます。');
    // An answer pressed again on a card already reviewed.
    const again = await shiori.fake.click(review, answerButton(review, item.answer), { user: bob }).reply();
    expect(again.content).toBe('❌ この復習カードは見つかりませんでした。もう一度 /復習（/review） を使ってください。');
  }, 30_000);

  it('reveals by itself when the time is up, and 復習に追加 puts a question in anyone\'s review', async () => {
    const channelId = shiori.fake.guild.channels[0]!.id;
    const starter = someone();
    await shiori.fake.slash('quiz', { count: 1, seconds: 5 }, { user: starter, channelId }).reply();
    const first = await question(channelId, 1, 1);
    const revealed = await shiori.fake.waitFor(() => (current(first).embeds[0]?.title === '第1問の答え' ? current(first) : undefined), 5000, 'the reveal at the deadline');
    expect(unmarkdown(revealed.embeds[0].fields[0].value)).toBe('いませんでした');
    const board = await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果', 'the scoreboard');
    expect(board.embeds[0].description).toContain('回答はありませんでした。');

    const reader = someone();
    const kept = await shiori.fake.click(revealed, buttonLabelled(revealed, '復習に追加'), { user: reader }).reply();
    expect(kept.content).toBe('この問題を復習に追加しました。/復習（/review） で出題されます。');
    const review = await shiori.fake.slash('review', {}, { user: reader }).reply();
    expect(unmarkdown(review.embeds[0].description)).toContain(quizOf(first).item.question.split('\n')[0]!);
  }, 20_000);

  it('one quiz per channel: a second /quiz says where the running one is; 中止 is for the starter or a moderator', async () => {
    const channelId = shiori.fake.guild.channels[0]!.id;
    const starter = someone();
    await shiori.fake.slash('quiz', { count: 3, seconds: 120 }, { user: starter, channelId }).reply();
    const first = await question(channelId, 1, 3);
    const second = await shiori.fake.slash('quiz', {}, { user: someone(), channelId }).reply();
    expect(second.ephemeral).toBe(true);
    expect(second.content).toBe(`❌ このチャンネルではクイズが進行中です：https://discord.com/channels/${shiori.fake.guild.id}/${channelId}/${first.id}`);

    const answerer = someone();
    await shiori.fake.click(first, answerButton(first, quizOf(first).item.answer), { user: answerer }).reply();
    const twice = await shiori.fake.click(first, answerButton(first, (quizOf(first).item.answer + 1) % 4), { user: answerer }).reply();
    expect(twice.content).toBe(`❌ この問題にはすでに ${LETTERS[quizOf(first).item.answer]} で回答しています。最初の回答が有効です。`);

    const notAllowed = await shiori.fake.click(first, buttonLabelled(first, '中止'), { user: someone() }).reply();
    expect(notAllowed.content).toBe('❌ クイズを中止できるのは、始めた人と「メッセージの管理」権限を持つ人だけです。');
    const moderator = someone();
    const MANAGE_MESSAGES = 1n << 13n;
    await shiori.fake.click(first, buttonLabelled(first, '中止'), { user: moderator, permissions: MANAGE_MESSAGES }).acknowledged();
    const board = await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果（中止）', 'the stopped scoreboard');
    expect(unmarkdown(board.embeds[0].description)).toContain(`クイズは ${moderator.username} さんが中止しました。`);
    expect(unmarkdown(board.embeds[0].description)).toMatch(new RegExp(`1位 ${answerer.username}　1\\d点（1/3問正解）`));
    expect(unmarkdown(visibleText(current(first)))).toContain('第1問の答え');
    // The channel is free again.
    const again = shiori.fake.slash('quiz', { count: 1, seconds: 5 }, { user: starter, channelId });
    expect((await again.reply()).ephemeral).toBe(false);
    await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果' && message.id > board.id, 'the next quiz to end');
  }, 20_000);

  it('30 people pressing within one second: every press acknowledged within 3 s and recorded exactly once', async () => {
    const channelId = shiori.fake.guild.channels[1]!.id;
    const starter = someone();
    await shiori.fake.slash('quiz', { count: 1, seconds: 120 }, { user: starter, channelId }).reply();
    const first = await question(channelId, 1, 1);
    const crowd = Array.from({ length: 30 }, () => someone());
    // Five of them press twice, as people do when nothing seems to happen.
    const presses = [...crowd, ...crowd.slice(0, 5)].map((user, index) => shiori.fake.click(first, answerButton(first, index % 4), { user }));
    const acks = await Promise.all(presses.map((press) => press.acknowledged(5000)));
    for (const ack of acks) expect(ack.ms).toBeLessThan(3000);
    const replies = await Promise.all(presses.map((press) => press.reply()));
    expect(replies.filter((reply) => reply.content.includes('で回答しました')).length).toBe(30);
    expect(replies.filter((reply) => reply.content.includes('すでに')).length).toBe(5);
    const { quizId } = quizOf(first);
    const recorded = shiori.bot.context.store.quizzes.answers(quizId, 0);
    expect(recorded.length).toBe(30);
    expect(new Set(recorded.map((answer) => answer.userId)).size).toBe(30);
    await shiori.fake.click(first, buttonLabelled(first, '中止'), { user: starter }).acknowledged();
    await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果（中止）' && message.id > first.id, 'the scoreboard');
  }, 30_000);
});

describe('a solo quiz in a DM', () => {
  it('asks in the DM; an answer is judged at once and reveals the question; the score comes at the end', async () => {
    const user = someone();
    const intro = await shiori.fake.slash('quiz', { count: 2, seconds: 120 }, { user, dm: true }).reply();
    expect(visibleText(intro)).toContain('ひとりクイズ：全2問・各120秒');
    const channelId = intro.channel_id;
    const first = await question(channelId, 1, 2);
    expect(first.guild_id).toBeUndefined();
    expect(buttonsOf(first).map((button) => button.label)).toEqual(['A', 'B', 'C', 'D', '中止']);
    const { item } = quizOf(first);
    const judged = await shiori.fake.click(first, answerButton(first, (item.answer + 1) % 4), { user }).reply();
    expect(judged.content).toBe('❌ 不正解');
    await shiori.fake.waitFor(() => (current(first).embeds[0]?.title === '第1問の答え' ? true : undefined), 5000, 'the reveal');
    const second = await question(channelId, 2, 2);
    const right = await shiori.fake.click(second, answerButton(second, quizOf(second).item.answer), { user }).reply();
    expect(right.content).toBe('✅ 正解');
    const board = await waitForMessage(channelId, (message) => message.embeds[0]?.title === 'クイズの結果', 'the scoreboard');
    expect(unmarkdown(board.embeds[0].description)).toMatch(new RegExp(`^1位 ${user.username}　1\\d点（1/2問正解）`));
  }, 20_000);
});

describe('an English Discord client', () => {
  it('reads the quiz, its buttons and /review in English (the questions quote the Japanese documents)', async () => {
    const user = someone();
    const intro = await shiori.fake.slash('quiz', { count: 1, seconds: 120 }, { user, dm: true, locale: 'en-US' }).reply();
    expect(visibleText(intro)).toContain('Solo quiz — questions: 1, 120 s each. Answer with the A–D buttons.');
    const first = await waitForMessage(intro.channel_id, (message) => message.embeds[0]?.title === 'Question 1 of 1', 'the question');
    expect(buttonsOf(first).map((button) => button.label)).toEqual(['A', 'B', 'C', 'D', 'Stop']);
    const { item } = quizOf(first);
    const judged = await shiori.fake.click(first, answerButton(first, (item.answer + 1) % 4), { user, locale: 'en-US' }).reply();
    expect(judged.content).toBe('❌ Wrong');
    const board = await waitForMessage(intro.channel_id, (message) => message.embeds[0]?.title === 'Quiz results', 'the scoreboard');
    expect(board.embeds[0].footer.text).toBe('10 points per right answer, plus up to 5 for answering early.');
    const review = await shiori.fake.slash('review', {}, { user, locale: 'en-US' }).reply();
    expect(review.embeds[0].title).toBe('Review (1 left)');
  }, 20_000);
});

describe('mistakes are explained privately', () => {
  it('a count or seconds out of range, a chapter without a document, an unknown chapter', async () => {
    const cases: Array<[Record<string, string | number>, string]> = [
      [{ count: 0 }, '❌ 問題数は 1〜20 の数にしてください（入力：0）。'],
      [{ count: 50 }, '❌ 問題数は 1〜20 の数にしてください（入力：50）。'],
      [{ seconds: 3 }, '❌ 秒数は 5〜120 の数にしてください（入力：3）。'],
      [{ seconds: 600 }, '❌ 秒数は 5〜120 の数にしてください（入力：600）。'],
      [{ chapter: 'データドリブン型エコシステムの形成を図るアリババ' }, '❌ 章を選ぶときは、資料も指定してください。'],
      [{ document: 'no-such-document' }, '❌ 「no-such-document」という資料はありません。資料名を入力して候補から選んでください。一覧は /ヘルプ（/help） で見られます。'],
      [{ document: 'allforces-alibaba-ai-2025', chapter: '第9章' }, '❌ 『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』には章がありません。'],
    ];
    for (const [options, expected] of cases) {
      const reply = await shiori.fake.slash('quiz', options, { user: someone() }).reply();
      expect(reply.ephemeral, JSON.stringify(options)).toBe(true);
      expect(reply.content).toBe(expected);
    }
    const chapter = await shiori.fake.slash('quiz', { document: 'nri-platformers-2021', chapter: '第9章' }, { user: someone() }).reply();
    expect(chapter.content).toMatch(/^❌ 『アリババ・テンセント・アントグループの戦略転換』に「第9章」という章はありません。章：「はじめに プラットフォーマーの新たなステージ」「データドリブン型/);
  });

  it('the chapter option autocompletes the chosen document\'s chapters, and a chapter quiz asks only from it', async () => {
    const choices = await shiori.fake.autocomplete('quiz', { document: 'nri-platformers-2021', chapter: 'アント' }, 'chapter').autocompleteChoices();
    expect(choices).toEqual([{ name: '事業モデルの再構築が迫れるアント・グループ', value: '事業モデルの再構築が迫れるアント・グループ' }]);
    const user = someone();
    const intro = await shiori.fake.slash('quiz', { document: 'nri-platformers-2021', chapter: '事業モデルの再構築が迫れるアント・グループ', count: 1, seconds: 120 }, { user, dm: true }).reply();
    const first = await question(intro.channel_id, 1, 1);
    expect(quizOf(first).item.source.location.chapter).toBe('事業モデルの再構築が迫れるアント・グループ');
    await shiori.fake.click(first, buttonLabelled(first, '中止'), { user }).acknowledged();
    await waitForMessage(intro.channel_id, (message) => message.embeds[0]?.title === 'クイズの結果（中止）', 'the scoreboard');
  }, 20_000);
});
