/**
 * End to end: /ask through the real discord.js Client against the fake Discord, with the real
 * engine on the real corpus; the buttons under an answer; a person's mistakes; the rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import { FeedbackLog, type FeedbackEntry } from '../../../src/discord/feedback-log.ts';
import type { FakeUser } from './fake-discord.ts';
import { buttonsOf, openEngine, startShiori, unmarkdown, type Running } from './harness.ts';

let engine: Shiori;
let closeEngine: () => Promise<void>;
let shiori: Running;
/** Each test asks as a different person, so the per-user rate limit only bites where it is tested. */
let people = 0;
const someone = (): FakeUser => shiori.fake.user(`person-${++people}`);

beforeAll(async () => {
  ({ engine, close: closeEngine } = await openEngine());
  shiori = await startShiori(engine);
}, 30_000);

afterAll(async () => {
  expect(shiori.fake.rejections).toEqual([]);
  await shiori?.stop();
  await closeEngine?.();
});

async function ask(question: string, user = someone()) {
  const interaction = shiori.fake.slash('ask', { question }, { user });
  return { interaction, reply: await interaction.reply(), user };
}

/** The votes as the database holds them, oldest first. */
async function readFeedback(): Promise<FeedbackEntry[]> {
  const rows = shiori.bot.context.store.db.prepare('SELECT * FROM feedback ORDER BY id').all() as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    at: row.at as string,
    vote: row.vote as FeedbackEntry['vote'],
    question: row.question as string,
    language: row.language as FeedbackEntry['language'],
    session: row.session as string,
    page: row.page as number,
    passages: JSON.parse(row.passages as string) as string[],
    confident: row.confident === 1,
    origin: row.origin as FeedbackEntry['origin'],
    voter: row.voter as string,
    ...(row.guild_id ? { guildId: row.guild_id as string } : {}),
  }));
}

describe('/ask', () => {
  it('quotes the passage that answers, with the words in bold, the citation and buttons', async () => {
    const { interaction, reply } = await ask('アントの延滞率は？');
    expect(interaction.ack?.type).toBe(4);
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Q. アントの延滞率は？');
    expect(embed.description).toMatch(/^> .*\*\*延滞率\*\*/);
    expect(embed.description).toContain('2020/7/31 2.65%');
    expect(embed.fields[0].name).toBe('出典');
    expect(embed.fields[0].value).toContain('『アリババ・テンセント・アントグループの戦略転換』、株式会社野村総合研究所 未来創発センター 李智慧、2021年4月5日');
    expect(embed.fields[0].value).toContain('スライド 20');
    // Up to two more hits, each named by rank and place.
    expect(embed.fields.slice(1).map((field: { name: string }) => field.name.slice(0, 3))).toEqual(['2. ', '3. ']);
    expect(embed.footer.text).toBe('1/3 ページ・資料の文章をそのまま引用しています');
    expect(buttonsOf(reply).map((button) => `${button.label}${button.enabled ? '' : '(off)'}`)).toEqual(['◀(off)', '▶', '全文', '👍', '👎']);
    expect(reply.request.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('a question for a figure also gets the figure card with its chart, after the quote', async () => {
    const { interaction, reply } = await ask('アントの延滞率の推移は？');
    expect(reply.embeds[0].title).toBe('Q. アントの延滞率の推移は？');
    const cards = [await interaction.followUp(0, 10_000), await interaction.followUp(1, 10_000)];
    expect(cards.map((card) => card.embeds[0].title).sort()).toEqual(['アント・グループ 個人向けの残高延滞率', 'アント・グループ 零細企業向けの残高延滞率']);
    for (const card of cards) {
      expect(card.attachments).toHaveLength(1);
      expect(card.attachments[0].content_type).toBe('image/png');
      expect(card.embeds[0].image.url).toBe(card.attachments[0].url);
      expect(card.request.allowed_mentions).toMatchObject({ parse: [] });
    }
  });

  it('a question that does not ask for a figure gets no figure card', async () => {
    const { interaction } = await ask('テンセントの組織再編で何が変わった？');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(interaction.followUps).toEqual([]);
  });

  it('answers an English question in English', async () => {
    const { reply } = await ask('How much will Alibaba invest in AI by 2028?');
    const [embed] = reply.embeds;
    expect(unmarkdown(embed.description)).toContain('2028年までに3800億元');
    expect(embed.fields[0].name).toBe('Source');
    expect(embed.fields[0].value).toContain('paragraph');
    expect(embed.footer.text).toMatch(/^Page 1 of \d · quoted word for word/);
    expect(buttonsOf(reply).map((button) => button.label)).toContain('Full text');
  });

  it('says plainly when nothing answers, instead of quoting something', async () => {
    const { reply } = await ask('ペンギンの好物は？');
    const [embed] = reply.embeds;
    expect(embed.description).toContain('関係する箇所が見つかりませんでした');
    expect(embed.description).toContain('/search');
    expect(embed.description).not.toContain('> ');
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['👍', '👎']);
  });
});

describe('buttons under an answer', () => {
  it('◀ ▶ page through further hits in the same message', async () => {
    const { reply, user } = await ask('アントの延滞率は？');
    const next = buttonsOf(reply)[1]!;
    const page2 = await shiori.fake.click(reply, next.id, { user }).reply();
    expect(page2.id).toBe(reply.id);
    expect(page2.embeds[0].footer.text).toBe('2/3 ページ・資料の文章をそのまま引用しています');
    expect(page2.embeds[0].fields.slice(1).map((field: { name: string }) => field.name.slice(0, 3))).toEqual(['5. ', '6. ']);
    expect(page2.embeds[0].description).not.toBe(reply.embeds[0].description);

    const page3 = await shiori.fake.click(page2, buttonsOf(page2)[1]!.id, { user }).reply();
    expect(buttonsOf(page3)[1]!.enabled).toBe(false);
    const back = await shiori.fake.click(page3, buttonsOf(page3)[0]!.id, { user }).reply();
    expect(back.embeds[0].footer.text).toBe('2/3 ページ・資料の文章をそのまま引用しています');
    expect(back.embeds[0].description).toBe(page2.embeds[0].description);
  });

  it('全文 shows the whole passage only to the person who pressed it', async () => {
    const { reply } = await ask('アントの延滞率は？');
    const full = await shiori.fake.click(reply, buttonsOf(reply)[2]!.id).reply();
    expect(full.ephemeral).toBe(true);
    // The quote was one line; the whole slide also has the D90+ line and the source note.
    expect(full.embeds[0].description).toContain('D90+：2017/12/31 1.10%');
    expect(full.embeds[0].description).toContain('出所：アント・グループの上場目論見書などを参考にNRI作成');
    expect(full.embeds[0].title).toContain('スライド 20');
    expect(full.components ?? []).toEqual([]);
  });

  it('👍 and 👎 are recorded with the question and the passages shown', async () => {
    const { reply, user } = await ask('アリババの中期戦略で重要なビジネス機会はいくつ？');
    const up = await shiori.fake.click(reply, buttonsOf(reply)[3]!.id, { user }).reply();
    expect(up.ephemeral).toBe(true);
    expect(up.content).toBe('ありがとうございます。「役に立った」と記録しました。');
    const down = await shiori.fake.click(reply, buttonsOf(reply)[4]!.id, { user: someone() }).reply();
    expect(down.content).toContain('「役に立たなかった」');

    const entries = (await readFeedback()).filter((entry) => entry.question === 'アリババの中期戦略で重要なビジネス機会はいくつ？');
    expect(entries.map((entry) => entry.vote)).toEqual(['up', 'down']);
    expect(entries[0]).toMatchObject({ language: 'ja', page: 0, origin: 'slash', confident: true });
    expect(entries[0]!.passages.length).toBeGreaterThan(0);
    expect(entries[0]!.passages[0]).toMatch(/^nri-platformers-2021#s/);
    expect(entries[0]!.voter).not.toBe(entries[1]!.voter);
    expect(entries[0]!.voter).not.toContain(user.id);
    expect(entries[0]!.guildId).toBe(shiori.fake.guild.id);
  });
});

describe('mistakes are explained privately', () => {
  it('a blank question', async () => {
    const reply = await shiori.fake.slash('ask', { question: '   ' }, { user: someone() }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('❌ 質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。');
  });

  it('a question over 500 characters, in the language it was written in', async () => {
    const japanese = await shiori.fake.slash('ask', { question: 'アントの延滞率は？'.repeat(60) }, { user: someone() }).reply();
    expect(japanese.ephemeral).toBe(true);
    expect(japanese.content).toBe('❌ 質問が長すぎます（500文字まで、いまは540文字）。要点を短く書いてください。');
    const english = await shiori.fake.slash('ask', { question: 'How much will Alibaba invest? '.repeat(20) }, { user: someone() }).reply();
    expect(english.content).toMatch(/^❌ The question is too long \(\d+ characters; the limit is 500\)/);
  });

  it('symbols only', async () => {
    const reply = await shiori.fake.slash('ask', { question: '？？！！' }, { user: someone() }).reply();
    expect(reply.content).toContain('❌ 質問に文字が見つかりません');
  });

  it('@everyone and role mentions in a question stay text and ping no one', async () => {
    const role = shiori.fake.guild.botRoleId;
    const question = `@everyone @here <@&${role}> アントの延滞率は？`;
    const { reply } = await ask(question);
    expect(reply.embeds[0].title).toContain('@everyone @here');
    expect(reply.request.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(shiori.fake.pingsOf(reply)).toEqual([]);
    // A message whose content repeats what was typed: the mention is in the content, and still pings no one.
    const echoed = await shiori.fake.slash('source', { document: `@everyone <@&${role}>` }, { user: someone() }).reply();
    expect(echoed.content).toContain(`@everyone \\<@&${role}>`);
    expect(shiori.fake.pingsOf(echoed)).toEqual([]);
    // The same payload without allowed_mentions would have pinged everyone: the check can fail.
    expect(shiori.fake.pingsOf({ ...reply, request: { ...reply.request, content: question, allowed_mentions: undefined } })).toEqual(['@everyone', '@here', `role:${role}`]);
  });
});

describe('rate limit', () => {
  it('a sixth question within 30 seconds gets a polite private refusal', async () => {
    const user = someone();
    for (let index = 0; index < 5; index++) {
      const reply = await shiori.fake.slash('ask', { question: 'テンセントの戦略は？' }, { user }).reply();
      expect(reply.embeds.length).toBe(1);
    }
    const refused = await shiori.fake.slash('ask', { question: 'テンセントの戦略は？' }, { user }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/^❌ 質問が続いています。\d+秒ほど待ってから、もう一度どうぞ。$/);
    // Someone else is not affected.
    expect((await ask('テンセントの戦略は？')).reply.embeds.length).toBe(1);
  });
});

describe('slow work is deferred within 3 seconds', () => {
  it('a vote that takes 2.5 s to record is acknowledged in time, then thanked', async () => {
    /** Feedback storage that is slow, as a network disk might be. */
    class SlowFeedbackLog extends FeedbackLog {
      override async record(entry: FeedbackEntry) {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        return super.record(entry);
      }
    }
    const slow = await startShiori(engine, { feedback: (store) => new SlowFeedbackLog(store), logLevel: 'warn' });
    try {
      const interaction = slow.fake.slash('ask', { question: 'アントの延滞率は？' });
      const reply = await interaction.reply();
      const vote = slow.fake.click(reply, buttonsOf(reply)[3]!.id);
      const ack = await vote.acknowledged();
      expect(ack.type).toBe(6);
      expect(ack.ms).toBeLessThan(3000);
      const thanks = await vote.followUp();
      expect(thanks.ephemeral).toBe(true);
      expect(thanks.content).toContain('役に立った');
      expect(slow.fake.rejections).toEqual([]);
    } finally {
      await slow.stop();
    }
  }, 15_000);
});
