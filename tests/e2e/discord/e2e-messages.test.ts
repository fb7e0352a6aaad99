/**
 * End to end: free questions (a mention, a DM, an ask channel), messages that must be ignored,
 * 40 questions at once, an internal error, and the intents the bot asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import type { FakeMessage, FakeUser } from './fake-discord.ts';
import { buttonsOf, openEngine, startShiori, unmarkdown, type Running } from './harness.ts';

const MESSAGE_CONTENT_INTENT = 1 << 15;

let engine: Shiori;
let closeEngine: () => Promise<void>;
let shiori: Running;
let people = 0;
const someone = (): FakeUser => shiori.fake.user(`member-${++people}`);
const mention = () => `<@${shiori.fake.bot.id}>`;

beforeAll(async () => {
  ({ engine, close: closeEngine } = await openEngine());
  shiori = await startShiori(engine);
}, 30_000);

afterAll(async () => {
  expect(shiori.fake.rejections).toEqual([]);
  // The token reaches the fake in every request, yet never the logs (debug level included).
  expect(shiori.rawLogs.join('')).not.toContain(shiori.fake.token);
  await shiori?.stop();
  await closeEngine?.();
});

/** Resolves once the bot has answered `after`: proof that it had handled everything before it. */
async function settle(): Promise<void> {
  const probe = shiori.fake.postMessage(`${mention()} テンセントの戦略は？`, { user: someone() });
  await shiori.fake.replyTo(probe);
}

describe('free questions', () => {
  it('a mention is answered as a reply that pings no one, not even the asker', async () => {
    const question = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user: someone() });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.message_reference.message_id).toBe(question.id);
    expect(reply.embeds[0].title).toBe('Q. アントの延滞率は？');
    expect(reply.embeds[0].description).toContain('**延滞率**');
    expect(reply.request.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(shiori.fake.pingsOf(reply)).toEqual([]);
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['◀', '▶', '全文', '👍', '👎']);
  });

  it('a free question for a figure gets the figure card as a second reply', async () => {
    const question = shiori.fake.postMessage(`${mention()} What is Ant's revenue mix?`, { user: someone() });
    const answer = await shiori.fake.replyTo(question);
    expect(answer.embeds[0].fields[0].name).toBe('Source');
    const card = await shiori.fake.waitFor(
      () => [...shiori.fake.messages.values()].find((m) => m.message_reference?.message_id === question.id && m.id !== answer.id),
      10_000,
      'the figure card',
    );
    expect(card.embeds[0].title).toBe('Ant Group revenue mix');
    expect(card.attachments[0].content_type).toBe('image/png');
  });

  it('the buttons work on a reply to a message as well', async () => {
    const question = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user: someone() });
    const reply = await shiori.fake.replyTo(question);
    const page2 = await shiori.fake.click(reply, buttonsOf(reply)[1]!.id).reply();
    expect(page2.id).toBe(reply.id);
    expect(page2.embeds[0].footer.text).toMatch(/^2\/\d ページ/);
  });

  it('a direct message is answered in the DM, in English when asked in English', async () => {
    const question = shiori.fake.postMessage('How much will Alibaba invest in AI by 2028?', { user: someone(), dm: true });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.guild_id).toBeUndefined();
    expect(reply.channel_id).toBe(question.channel_id);
    expect(unmarkdown(reply.embeds[0].description)).toContain('2028年までに3800億元');
    expect(reply.embeds[0].fields[0].name).toBe('Source');
  });

  it('a mention with @everyone in it stays text and pings no one', async () => {
    const question = shiori.fake.postMessage(`${mention()} @everyone アリババのAI投資額は？`, { user: someone() });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.embeds[0].title).toBe('Q. @everyone アリババのAI投資額は？');
    expect(shiori.fake.pingsOf(reply)).toEqual([]);
  });

  it('a mention with no question gets the blank-question message', async () => {
    const question = shiori.fake.postMessage(mention(), { user: someone() });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.content).toBe('❌ 質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。');
    expect(reply.embeds).toEqual([]);
  });

  it('ignores other bots, and messages that neither mention Shiori nor are in an ask channel', async () => {
    const otherBot = { id: '123456789012345678', username: 'another-bot', bot: true };
    const fromBot = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user: otherBot });
    const chatter = shiori.fake.postMessage('アントの延滞率は？', { user: someone() });
    await settle();
    const replied = (message: FakeMessage) => shiori.fake.botChannelMessages().some((sent) => sent.message_reference?.message_id === message.id);
    expect(replied(fromBot)).toBe(false);
    expect(replied(chatter)).toBe(false);
  });

  it('asks Discord for the Message Content intent only when ask channels are configured', () => {
    expect(shiori.fake.identifies[0].intents & MESSAGE_CONTENT_INTENT).toBe(0);
  });
});

describe('ask channels', () => {
  it('answers every message in an ASK_CHANNEL_IDS channel, and only there', async () => {
    const withChannels = await startShiori(engine, { askChannels: (fake) => [fake.guild.channels[1]!.id], logLevel: 'warn' });
    try {
      const { fake } = withChannels;
      expect(fake.identifies[0].intents & MESSAGE_CONTENT_INTENT).toBe(MESSAGE_CONTENT_INTENT);
      const question = fake.postMessage('アントの延滞率は？', { channelId: fake.guild.channels[1]!.id });
      const reply = await fake.replyTo(question);
      expect(reply.embeds[0].description).toContain('**延滞率**');

      const elsewhere = fake.postMessage('アントの延滞率は？', { channelId: fake.guild.channels[0]!.id });
      const picture = fake.postMessage('', { channelId: fake.guild.channels[1]!.id });
      const probe = fake.postMessage('テンセントの戦略は？', { channelId: fake.guild.channels[1]!.id, user: fake.user('bob') });
      await fake.replyTo(probe);
      const replied = (message: FakeMessage) => fake.botChannelMessages().some((sent) => sent.message_reference?.message_id === message.id);
      expect(replied(elsewhere)).toBe(false);
      expect(replied(picture)).toBe(false);
      expect(fake.rejections).toEqual([]);
    } finally {
      await withChannels.stop();
    }
  }, 15_000);
});

describe('load', () => {
  it('40 questions at once are all acknowledged within 3 s and all answered', async () => {
    const questions = [
      'アントの延滞率は？',
      'How much will Alibaba invest in AI by 2028?',
      'テンセントの戦略は？',
      'アリババの中期戦略で重要なビジネス機会はいくつ？',
      'Qwenとは？',
      'アント・チェーンで何都市の乗車料金を相互決済した？',
      'T-Head PPUとは何ですか？',
      'Why is Alibaba investing in AI?',
    ];
    const interactions = Array.from({ length: 40 }, (_, index) =>
      shiori.fake.slash('ask', { question: questions[index % questions.length]! }, { user: someone() }),
    );
    const acks = await Promise.all(interactions.map((interaction) => interaction.acknowledged(5000)));
    const replies = await Promise.all(interactions.map((interaction) => interaction.reply(5000)));
    const times = acks.map((ack) => ack.ms).sort((a, b) => a - b);
    console.info(`40 concurrent /ask: acknowledged in ${times[0]}–${times.at(-1)} ms (median ${times[20]} ms)`);
    expect(times.at(-1)).toBeLessThan(3000);
    for (const [index, reply] of replies.entries()) {
      expect(reply.embeds[0].title).toBe(`Q. ${questions[index % questions.length]}`);
    }
    expect(shiori.fake.rejections).toEqual([]);
  }, 20_000);
});

describe('an internal error', () => {
  it('gets an apology, is logged, and the bot carries on', async () => {
    const broken = await startShiori(engine, {
      wrapEngine: (real) => ({
        ...bindAll(real),
        ask: () => {
          throw new Error('index exploded');
        },
      }),
      logLevel: 'warn',
    });
    try {
      const apology = await broken.fake.slash('ask', { question: 'アントの延滞率は？' }).reply();
      expect(apology.ephemeral).toBe(true);
      expect(apology.content).toBe('🐞 申し訳ありません。内部でエラーが起きました。記録しましたので、少し時間をおいてもう一度お試しください。');
      const messageApology = await broken.fake.replyTo(broken.fake.postMessage(`<@${broken.fake.bot.id}> アントの延滞率は？`));
      expect(messageApology.content).toMatch(/^🐞 /);
      const failures = broken.logs.filter((line) => line.level === 'error');
      expect(failures.map((line) => line.msg)).toEqual(['interaction failed', 'free question failed']);
      expect(failures[0].error.message).toBe('index exploded');
      // Still running: another command works.
      const help = await broken.fake.slash('help', {}).reply();
      expect(help.embeds[0].title).toBe('Shiori（栞）の使い方');
      expect(broken.fake.rejections).toEqual([]);
    } finally {
      await broken.stop();
    }
  }, 15_000);
});

/** The engine's methods bound to it, so they can be spread into a replacement object. */
function bindAll(real: Shiori) {
  return {
    ask: real.ask.bind(real),
    search: real.search.bind(real),
    documents: real.documents.bind(real),
    document: real.document.bind(real),
    passage: real.passage.bind(real),
    passages: real.passages.bind(real),
    locate: real.locate.bind(real),
    neighbours: real.neighbours.bind(real),
    figures: real.figures.bind(real),
    resolveFigure: real.resolveFigure.bind(real),
    figureChoices: real.figureChoices.bind(real),
  };
}
