/**
 * End to end: /ask through the real discord.js Client against the fake Discord, with the real
 * engine on the real corpus. One answer card per question (Components V2, checked by the fake as
 * Discord checks it): the answer first, the quote with the answer in bold, one citation line, the
 * chart in the same message, 「ほかの候補」, 全文, 👍/👎 showing what was chosen, 👎's modal kept
 * with the vote; a short card for a miss; 非公開 with 共有; 宛先 without a ping; mentions cleaned;
 * the question's suggestions; mistakes privately; the rate limit. Every card is counted: one phone
 * screen at most.
 */
import { describe, expect, it } from 'vitest';
import { FeedbackLog, type FeedbackEntry } from '../../../src/discord/feedback-log.ts';
import type { FakeUser } from './fake-discord.ts';
import { buttonsOf, cardTexts, expectCardsFit, isCard, phoneLinesOf, selectOf, startShiori } from './harness.ts';
import { useBot } from './use-bot.ts';

/** Each test asks as a different person, so the per-user rate limit only bites where it is tested. */
let people = 0;
const someone = (): FakeUser => shiori.fake.user(`person-${++people}`);

const { shiori, engine } = useBot({}, async () => {
  expect(shiori.fake.rejections).toEqual([]);
  // Every answer card this file produced, as it stands after every edit: one phone screen at most.
  const cards = expectCardsFit(shiori.fake);
  expect(cards.length).toBeGreaterThan(15);
  console.info(`${cards.length} answer cards, ${Math.min(...cards.map(phoneLinesOf))}–${Math.max(...cards.map(phoneLinesOf))} phone lines`);
});

async function ask(question: string, options: Record<string, string | boolean | FakeUser> = {}, user = someone()) {
  const interaction = shiori.fake.slash('ask', { question, ...options }, { user });
  return { interaction, reply: await interaction.reply(10_000), user };
}

/** The votes as the database holds them, oldest first. */
function votes(question: string): Array<Pick<FeedbackEntry, 'vote' | 'page' | 'passages' | 'origin' | 'voter'> & { comment: string | null }> {
  return shiori.bot.context.store.db
    .prepare('SELECT vote, page, passages, origin, voter, comment FROM feedback WHERE question = ? ORDER BY id')
    .all(question)
    .map((row) => {
      const { passages, ...rest } = row as { passages: string } & Record<string, unknown>;
      return { ...rest, passages: JSON.parse(passages) } as never;
    });
}

/** Wait for something the bot does outside the fake's sight (a database write). */
async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const labels = (message: Parameters<typeof buttonsOf>[0]) => buttonsOf(message).map((button) => button.label);

describe('/ask: one answer card', () => {
  it('the value first, the quote with the answer in bold, one small citation line, the charts, in one message', async () => {
    const { interaction, reply } = await ask('アントの延滞率は？');
    expect(interaction.ack?.type).toBe(4);
    expect(isCard(reply)).toBe(true);
    expect(reply.ephemeral).toBe(false);
    expect(reply.content).toBe('');
    expect(reply.embeds).toEqual([]);
    const [body, citation] = cardTexts(reply);
    expect(body).toBe(
      [
        '**D30+ 2.65%・D90+ 2.02%（2020年7月31日）**',
        '> 零細企業向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 **1.29%**／2018/12/31 **2.17%**／2019/12/31 **2.03%**／2020/7/31 **2.65%**',
        '> 零細企業向けの残高延滞率（2017年12月~2020年7月） D90+：2017/12/31 **1.10%**／2018/12/31 **1.67%**／2019/12/31 **1.57%**／2020/7/31 **2.02%**',
      ].join('\n'),
    );
    expect(citation).toBe('-# 『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20\n-# 質問：アントの延滞率は？');
    // The charts of both figures asked for, in a gallery of the same message.
    const gallery = reply.components[0].components.find((component: { type: number }) => component.type === 12);
    expect(reply.attachments.map((attachment: { filename: string }) => attachment.filename)).toEqual(['ant-delinquency-small-business.png', 'ant-delinquency-individuals.png']);
    expect(gallery.items.map((item: { media: { url: string } }) => item.media.url)).toEqual(reply.attachments.map((attachment: { url: string }) => attachment.url));
    expect(gallery.items[0].description).toBe('アント・グループ 零細企業向けの残高延滞率のグラフ');
    expect(labels(reply)).toEqual(['全文', '👍', '👎']);
    expect(selectOf(reply).placeholder).toBe('ほかの候補（8件）');
    expect(reply.request.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // One message per answer: nothing follows it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(interaction.followUps).toEqual([]);
  });

  it('an English question gets an English card, its figure’s chart in English', async () => {
    const { reply } = await ask('How much will Alibaba invest in AI by 2028?');
    const [body, citation] = cardTexts(reply);
    expect(body!.split('\n')[0]).toBe('**3800億元 (Renminbi, 2025-11-07)**');
    expect(body).toContain('2028年までに**3800億元**（**約520億ドル超**）');
    expect(citation).toBe('-# 『Alibabaの巨額AI投資…』 paragraph 1\n-# Question: How much will Alibaba invest in AI by 2028?');
    expect(reply.attachments.map((attachment: { filename: string }) => attachment.filename)).toEqual(['alibaba-ai-investment.png']);
    expect(JSON.stringify(reply.components)).toContain('Chart: Alibaba');
    expect(labels(reply)).toEqual(['Full text', '👍', '👎']);
    expect(selectOf(reply).placeholder).toBe('Other candidates (8)');
  });

  it('a question that does not ask for a figure has no chart', async () => {
    const { reply } = await ask('Qwenとは？');
    expect(reply.attachments).toEqual([]);
    expect(cardTexts(reply)[0]).toMatch(/^> .*Qwen/);
  });

  it('a miss is short: one line, the nearest places, a hint; nothing to vote on', async () => {
    const { reply } = await ask('アリババの株価はいくら？');
    expect(cardTexts(reply)).toEqual([
      [
        '「株価」は資料に出てきません。近いのは：',
        '・『アリババ・テンセント…』 「社会インフラとなるプラットフォーマ…」 スライド 27',
        '・『アリババ・テンセント…』 「社会インフラとなるプラットフォーマ…」 スライド 25',
        '-# /検索（/search） でキーワードを探すか、/質問（/ask） で候補から選べます。',
        '-# 質問：アリババの株価はいくら？',
      ].join('\n'),
    ]);
    expect(buttonsOf(reply)).toEqual([]);
    expect(reply.attachments).toEqual([]);
    const nothing = await ask('ペンギンの好物は？');
    expect(cardTexts(nothing.reply)[0]!.split('\n')[0]).toBe('資料の中に、この質問に関係する箇所は見つかりませんでした。');
  });
});

describe('under the card', () => {
  it('「ほかの候補」 shows another candidate in the same card, charts kept', async () => {
    const { reply, user } = await ask('アントの延滞率は？');
    const menu = selectOf(reply);
    const chosen = await shiori.fake.select(reply, menu.custom_id, ['2'], { user }).reply();
    expect(chosen.id).toBe(reply.id);
    expect(cardTexts(chosen)[0]).toMatch(/^> アント・グループのコアな競争力は、“BASIC”と称する五つの中核技術/);
    expect(cardTexts(chosen)[1]).toMatch(/スライド 21\n/);
    expect(selectOf(chosen).options.map((option: { default: boolean }) => option.default).indexOf(true)).toBe(2);
    expect(chosen.attachments).toHaveLength(2);
    const back = await shiori.fake.select(chosen, menu.custom_id, ['0'], { user }).reply();
    expect(cardTexts(back)).toEqual(cardTexts(reply));
  });

  it('全文 shows the whole passage only to the person who pressed it, without part markers', async () => {
    const { reply } = await ask('アントの延滞率は？');
    const full = await shiori.fake.click(reply, buttonsOf(reply)[0]!.id).reply();
    expect(full.ephemeral).toBe(true);
    expect(full.embeds[0].description).toContain('D90+：2017/12/31 1.10%');
    expect(full.embeds[0].description).toContain('出所：アント・グループの上場目論見書などを参考にNRI作成');
    expect(full.embeds[0].title).toBe('『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20');
  });

  it('👍 is recorded and the card shows it, with how many chose it', async () => {
    const question = 'アリババの中期戦略で重要なビジネス機会はいくつ？';
    const { reply, user } = await ask(question);
    const up = shiori.fake.click(reply, buttonsOf(reply)[1]!.id, { user });
    const updated = await up.reply();
    expect(up.ack?.type).toBe(7);
    expect(updated.id).toBe(reply.id);
    expect(buttonsOf(updated).slice(1, 3)).toMatchObject([{ label: '👍 1', style: 3 }, { label: '👎', style: 2 }]);
    const again = await shiori.fake.click(updated, buttonsOf(updated)[1]!.id, { user: someone() }).reply();
    expect(buttonsOf(again)[1]).toMatchObject({ label: '👍 2', style: 3 });
    const rows = votes(question);
    expect(rows.map((row) => row.vote)).toEqual(['up', 'up']);
    expect(rows[0]).toMatchObject({ page: 0, origin: 'slash', comment: null });
    // The passage the card showed, the one 全文 opens.
    expect(rows[0]!.passages).toEqual([buttonsOf(reply)[0]!.id.replace('full:ja:', '')]);
    expect(rows[0]!.voter).not.toBe(rows[1]!.voter);
    expect(rows[0]!.voter).not.toContain(user.id);
  });

  it('👎 opens 「何を探していましたか？」; the answer is kept with the vote, and the card shows the 👎', async () => {
    const question = 'テンセントの戦略は？';
    const { reply, user } = await ask(question);
    const down = shiori.fake.click(reply, buttonsOf(reply)[2]!.id, { user });
    const modal = await down.opened();
    expect(down.ack?.type).toBe(9);
    expect(modal).toMatchObject({ title: '何を探していましたか？', components: [{ type: 18, label: '探していたこと（空欄でも送れます）', component: { type: 4, style: 2, required: false, max_length: 1000 } }] });
    await eventually(() => votes(question).length === 1);
    const sent = shiori.fake.submitModal(down, { comment: '法人向けの事業をどう組み替えたか' }, { user });
    const updated = await sent.reply();
    expect(sent.ack?.type).toBe(7);
    expect(updated.id).toBe(reply.id);
    expect(buttonsOf(updated)[2]).toMatchObject({ label: '👎 1', style: 4 });
    const thanks = await sent.followUp();
    expect(thanks.ephemeral).toBe(true);
    expect(thanks.content).toBe('ありがとうございます。「役に立たなかった」と、探していたことを記録しました。改善に使います。');
    expect(votes(question)).toMatchObject([{ vote: 'down', comment: '法人向けの事業をどう組み替えたか' }]);
  });

  it('a 👎 modal sent empty keeps the vote without a comment', async () => {
    const question = 'Qwenとは？';
    const { reply, user } = await ask(question);
    const down = shiori.fake.click(reply, buttonsOf(reply)[2]!.id, { user });
    await down.opened();
    const sent = shiori.fake.submitModal(down, {}, { user });
    expect((await sent.followUp()).content).toBe('ありがとうございます。「役に立たなかった」と記録しました。改善に使います。');
    expect(votes(question)).toMatchObject([{ vote: 'down', comment: null }]);
  });
});

describe('非公開 (hide) and 宛先 (for)', () => {
  it('hide: only the asker sees the card, with 共有; 共有 posts it in the channel, saying who shared it', async () => {
    const { reply, user } = await ask('アントの延滞率は？', { hide: true });
    expect(reply.ephemeral).toBe(true);
    expect(labels(reply)).toEqual(['全文', '👍', '👎', '共有']);
    const share = shiori.fake.click(reply, buttonsOf(reply)[3]!.id, { user });
    const shared = await share.reply();
    expect(share.ack?.type).toBe(4);
    expect(shared.ephemeral).toBe(false);
    expect(isCard(shared)).toBe(true);
    expect(labels(shared)).toEqual(['全文', '👍', '👎']);
    expect(cardTexts(shared)[1]).toBe(`-# 『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20\n-# 質問：アントの延滞率は？\n-# ${user.username} さんが共有`);
    expect(shared.attachments).toHaveLength(2);
    expect(shiori.fake.pingsOf(shared)).toEqual([]);
  });

  it('for: the card is addressed to someone, who is not pinged', async () => {
    const bob = shiori.fake.user('bob');
    const { reply } = await ask('アントの延滞率は？', { for: bob });
    expect(cardTexts(reply)[0]!.split('\n')[0]).toBe(`<@${bob.id}> さんへ`);
    expect(shiori.fake.pingsOf(reply)).toEqual([]);
    // The same card without allowed mentions would have pinged Bob: the check can fail.
    expect(shiori.fake.pingsOf({ ...reply, request: { ...reply.request, allowed_mentions: undefined } })).toEqual([`user:${bob.id}`]);
    // Asking for oneself or a bot addresses no one.
    const self = someone();
    const { reply: own } = await ask('アントの延滞率は？', { for: self }, self);
    expect(cardTexts(own)[0]).toMatch(/^\*\*D30\+/);
  });
});

describe('the question as typed', () => {
  it('@everyone, @here, role, user and channel mentions and markdown are cleaned before it is read, and ping no one', async () => {
    const role = shiori.fake.guild.botRoleId;
    const channel = shiori.fake.guild.channels[1]!.id;
    const question = `@everyone @here <@&${role}> <@${shiori.fake.bot.id}> <#${channel}> **アント**の延滞率は？`;
    const { reply } = await ask(question);
    expect(cardTexts(reply)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
    expect(cardTexts(reply)[1]).toContain('-# 質問：アントの延滞率は？');
    expect(shiori.fake.pingsOf(reply)).toEqual([]);
  });

  it('Discord’s client stops a question over 500 characters; one sent anyway is refused privately in its language', async () => {
    expect(() => shiori.fake.slash('ask', { question: 'アントの延滞率は？'.repeat(60) })).toThrow('500');
    const japanese = await shiori.fake.slash('ask', { question: 'アントの延滞率は？'.repeat(60) }, { user: someone(), raw: true }).reply();
    expect(japanese.ephemeral).toBe(true);
    // Refused before any work, by the check every option goes through (e2e-hostile.test.ts).
    expect(japanese.content).toBe('❌ 入力が長すぎます（540文字）。500文字以内でお願いします。');
    const english = await shiori.fake.slash('ask', { question: 'How much will Alibaba invest? '.repeat(20) }, { user: someone(), raw: true }).reply();
    expect(english.content).toBe('❌ That is too long (600 characters). Please keep it within 500.');
  });

  it('a blank question, or one of symbols only, is explained privately', async () => {
    const blank = await shiori.fake.slash('ask', { question: '   ' }, { user: someone() }).reply();
    expect(blank.ephemeral).toBe(true);
    expect(blank.content).toBe('❌ 質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。');
    const mentionsOnly = await shiori.fake.slash('ask', { question: '@everyone' }, { user: someone() }).reply();
    expect(mentionsOnly.content).toBe(blank.content);
    const symbols = await shiori.fake.slash('ask', { question: '？？！！' }, { user: someone() }).reply();
    expect(symbols.content).toContain('❌ 質問に文字が見つかりません');
  });

  it('suggests what was typed first, then liked questions of this server, figure titles and chapters', async () => {
    const liked = 'アリババのAI投資額は？';
    const { reply, user } = await ask(liked);
    await shiori.fake.click(reply, buttonsOf(reply)[1]!.id, { user }).reply();
    const empty = await shiori.fake.autocomplete('ask', { question: '' }, 'question').autocompleteChoices();
    // Most liked first: the question two people liked above (under 👍 is recorded…), then this one.
    expect(empty.slice(0, 2).map((choice) => choice.value)).toEqual(['アリババの中期戦略で重要なビジネス機会はいくつ？', liked]);
    expect(empty.map((choice) => choice.value)).toContain('アント・グループ 零細企業向けの残高延滞率');
    expect(empty.map((choice) => choice.value)).toContain('事業モデルの再構築が迫れるアント・グループ');
    expect(empty.length).toBeLessThanOrEqual(25);
    const typed = await shiori.fake.autocomplete('ask', { question: '延滞' }, 'question').autocompleteChoices();
    expect(typed.slice(0, 3).map((choice) => choice.value)).toEqual(['延滞', 'アント・グループ 零細企業向けの残高延滞率', 'アント・グループ 個人向けの残高延滞率']);
    const english = await shiori.fake.autocomplete('ask', { question: 'patent' }, 'question', { locale: 'en-US' }).autocompleteChoices();
    expect(english[1]).toEqual({ name: 'Blockchain invention patent applications worldwide, ranking by company', value: 'Blockchain invention patent applications worldwide, ranking by company' });
    // Another server's liked questions are never offered.
    const elsewhere = await shiori.fake.autocomplete('ask', { question: '' }, 'question', { dm: true }).autocompleteChoices();
    expect(elsewhere.map((choice) => choice.value)).not.toContain(liked);
  });

  it('@everyone and a role mention typed into another option stay text and ping no one', async () => {
    const role = shiori.fake.guild.botRoleId;
    const echoed = await shiori.fake.slash('source', { document: `@everyone <@&${role}>` }, { user: someone() }).reply();
    expect(echoed.content).toContain(`@everyone \\<@&${role}>`);
    expect(shiori.fake.pingsOf(echoed)).toEqual([]);
    // The same payload without allowed_mentions would have pinged everyone: the check can fail.
    expect(shiori.fake.pingsOf({ ...echoed, request: { ...echoed.request, content: `@everyone @here <@&${role}>`, allowed_mentions: undefined } })).toEqual(['@everyone', '@here', `role:${role}`]);
  });
});

describe('rate limit', () => {
  it('a sixth question within 30 seconds gets a polite private refusal', async () => {
    const user = someone();
    for (let index = 0; index < 5; index++) expect(isCard(await shiori.fake.slash('ask', { question: 'テンセントの戦略は？' }, { user }).reply())).toBe(true);
    const refused = await shiori.fake.slash('ask', { question: 'テンセントの戦略は？' }, { user }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/^❌ 質問が続いています。\d+秒ほど待ってから、もう一度どうぞ。$/);
    expect(isCard((await ask('テンセントの戦略は？')).reply)).toBe(true);
  });
});

describe('slow work is deferred within 3 seconds', () => {
  it('a 👍 that takes 2.5 s to record is acknowledged in time, then the card shows it; a 👎’s modal still opens at once', async () => {
    /** Feedback storage that is slow, as a network disk might be. */
    class SlowFeedbackLog extends FeedbackLog {
      override async record(entry: FeedbackEntry) {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        return super.record(entry);
      }
    }
    const slow = await startShiori(engine, { feedback: (store) => new SlowFeedbackLog(store), logLevel: 'warn' });
    try {
      const reply = await slow.fake.slash('ask', { question: 'アントの延滞率は？' }).reply(10_000);
      const vote = slow.fake.click(reply, buttonsOf(reply)[1]!.id);
      const ack = await vote.acknowledged();
      expect(ack.type).toBe(6);
      expect(ack.ms).toBeLessThan(3000);
      const updated = await vote.reply(10_000);
      expect(buttonsOf(updated)[1]).toMatchObject({ label: '👍 1', style: 3 });
      const down = slow.fake.click(updated, buttonsOf(updated)[2]!.id, { user: slow.fake.user('carol') });
      expect((await down.acknowledged()).type).toBe(9);
      expect(slow.fake.rejections).toEqual([]);
    } finally {
      await slow.stop();
    }
  }, 20_000);
});
