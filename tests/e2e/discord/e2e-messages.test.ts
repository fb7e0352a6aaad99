/**
 * End to end: free questions (a mention answered in a thread, follow-ups there, a DM, an ask
 * channel, a forum post), messages that must be ignored, a channel where Shiori may not start a
 * thread, 40 questions at once, an internal error, and the intents the bot asks for.
 */
import { describe, expect, it } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import { FakeDiscord, type FakeUser } from './fake-discord.ts';
import { buttonsOf, cardTexts, expectCardsFit, isCard, selectOf, startShiori } from './harness.ts';
import { useBot } from './use-bot.ts';

const MESSAGE_CONTENT_INTENT = 1 << 15;

let people = 0;
const someone = (): FakeUser => shiori.fake.user(`member-${++people}`);
const mention = () => `<@${shiori.fake.bot.id}>`;

const { shiori, engine } = useBot({}, async () => {
  expect(shiori.fake.rejections).toEqual([]);
  // The cards of threads, forum posts, DMs and replies: one phone screen each.
  expect(expectCardsFit(shiori.fake).length).toBeGreaterThan(10);
  // The token reaches the fake in every request, yet never the logs (debug level included).
  expect(shiori.rawLogs.join('')).not.toContain(shiori.fake.token);
});

/** Resolves once the bot has answered a probe: proof that it had handled everything before it. */
async function settle(): Promise<void> {
  const probe = shiori.fake.postMessage(`<@${shiori.fake.bot.id}> テンセントの戦略は？`, { user: someone() });
  await answerIn(probe.id);
}

/** The bot's answer in the thread it started from a message (the thread has the message's id). */
function answerIn(threadId: string) {
  return shiori.fake.waitFor(() => shiori.fake.botMessagesIn(threadId)[0], 10_000, `an answer in thread ${threadId}`);
}

describe('free questions', () => {
  it('a mention is answered in a new thread named after the question, pinging no one', async () => {
    const question = shiori.fake.postMessage(`${mention()} **アント**の延滞率は？`, { user: someone() });
    const answer = await answerIn(question.id);
    expect(shiori.fake.thread(question.id)).toMatchObject({ name: 'アントの延滞率は？', parentId: question.channel_id, ownerId: shiori.fake.bot.id });
    expect(isCard(answer)).toBe(true);
    expect(cardTexts(answer)[0]).toMatch(/^\*\*D30\+ 2\.65%・D90\+ 2\.02%（2020年7月31日）\*\*\n> 零細企業向け/);
    // The question is right above in the thread: the card does not repeat it.
    expect(cardTexts(answer)[1]).toBe('-# 『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20');
    expect(answer.attachments).toHaveLength(2);
    expect(answer.request.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(shiori.fake.pingsOf(answer)).toEqual([]);
    expect(buttonsOf(answer).map((button) => button.label)).toEqual(['全文', '👍', '👎']);
    // Nothing else was posted in the channel itself.
    expect(shiori.fake.botMessagesIn(question.channel_id)).toEqual([]);
  });

  it('a follow-up in the thread without a subject is read with the previous question’s subject', async () => {
    const asker = someone();
    const question = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user: asker });
    await answerIn(question.id);
    const followUp = shiori.fake.postMessage(`${mention()} 2019年は？`, { user: asker, channelId: question.id });
    const reply = await shiori.fake.replyTo(followUp);
    expect(reply.channel_id).toBe(question.id);
    const [body, citation] = cardTexts(reply);
    expect(body!.split('\n')[0]).toBe('**D30+ 2.03%・D90+ 1.57%（2019年12月31日）**');
    expect(citation).toBe('-# 『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20\n-# 前の質問の「アント、延滞率」と合わせて読みました');
    // The same words alone, outside the thread, ask about no subject at all.
    expect(engine.subjectWords('2019年は？')).toEqual([]);
    // Without the Message Content intent, a message in the thread that does not mention Shiori has no text to read.
    const chatter = shiori.fake.postMessage('ありがとう', { user: asker, channelId: question.id });
    await settle();
    expect(shiori.fake.botMessagesIn(question.id).some((sent) => sent.message_reference?.message_id === chatter.id)).toBe(false);
  });

  it('the buttons work on a card in a thread', async () => {
    const user = someone();
    const question = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user });
    const answer = await answerIn(question.id);
    // The asker turns their own card (anyone else gets a private copy: e2e-hostile.test.ts).
    const chosen = await shiori.fake.select(answer, selectOf(answer).custom_id, ['1'], { user }).reply();
    expect(chosen.id).toBe(answer.id);
    expect(cardTexts(chosen)[1]).toMatch(/スライド 18$/);
  });

  it('a free question for a figure has its chart in the same card, in English for an English question', async () => {
    const question = shiori.fake.postMessage(`${mention()} What is Ant's revenue mix?`, { user: someone() });
    const answer = await answerIn(question.id);
    expect(shiori.fake.thread(question.id)?.name).toBe("What is Ant's revenue mix?");
    expect(answer.attachments.map((attachment: { filename: string }) => attachment.filename)).toEqual(['ant-revenue-mix.png']);
    expect(JSON.stringify(answer.components)).toContain('Chart: Ant Group revenue mix');
    expect(buttonsOf(answer)[0]!.label).toBe('Full text');
    expect(shiori.fake.botMessagesIn(question.id)).toHaveLength(1);
  });

  it('a direct message is answered in the DM, in English when asked in English; a follow-up there is read with it', async () => {
    const user = someone();
    const question = shiori.fake.postMessage('How much will Alibaba invest in AI by 2028?', { user, dm: true });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.guild_id).toBeUndefined();
    expect(reply.channel_id).toBe(question.channel_id);
    expect(cardTexts(reply)[0]!.split('\n')[0]).toBe('**3800億元 (Renminbi, 2025-11-07)**');
    const japanese = await shiori.fake.replyTo(shiori.fake.postMessage('アントの延滞率は？', { user, dm: true }));
    expect(cardTexts(japanese)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
    const followUp = await shiori.fake.replyTo(shiori.fake.postMessage('それの2019年は？', { user, dm: true }));
    expect(cardTexts(followUp)[0]!.split('\n')[0]).toBe('**D30+ 2.03%・D90+ 1.57%（2019年12月31日）**');
  });

  it('@everyone, role and user mentions are cleaned from the question, and nobody is pinged', async () => {
    const role = shiori.fake.guild.botRoleId;
    const bob = shiori.fake.user('bob');
    const question = shiori.fake.postMessage(`${mention()} @everyone <@&${role}> <@${bob.id}> アリババのAI投資額は？`, { user: someone() });
    const answer = await answerIn(question.id);
    expect(shiori.fake.thread(question.id)?.name).toBe('アリババのAI投資額は？');
    expect(cardTexts(answer)[0]).toMatch(/^\*\*3800億元/);
    expect(shiori.fake.pingsOf(answer)).toEqual([]);
  });

  it('a mention with no question gets the blank-question message as a reply, and no thread', async () => {
    const question = shiori.fake.postMessage(mention(), { user: someone() });
    const reply = await shiori.fake.replyTo(question);
    expect(reply.content).toBe('❌ 質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。');
    expect(shiori.fake.thread(question.id)).toBeUndefined();
  });

  it('ignores other bots, and messages that neither mention Shiori nor are in an ask channel', async () => {
    const otherBot = { id: '123456789012345678', username: 'another-bot', bot: true };
    const fromBot = shiori.fake.postMessage(`${mention()} アントの延滞率は？`, { user: otherBot });
    const chatter = shiori.fake.postMessage('アントの延滞率は？', { user: someone() });
    await settle();
    for (const message of [fromBot, chatter]) {
      expect(shiori.fake.thread(message.id)).toBeUndefined();
      expect(shiori.fake.botChannelMessages().some((sent) => sent.message_reference?.message_id === message.id)).toBe(false);
    }
  });

  it('asks Discord for the Message Content intent only when ask channels are configured', () => {
    expect(shiori.fake.identifies[0].intents & MESSAGE_CONTENT_INTENT).toBe(0);
  });
});

describe('where Shiori may not start a thread', () => {
  it('it answers as a reply instead', async () => {
    const fake = await FakeDiscord.start();
    // The server denies Shiori's role Create Public Threads in the first channel.
    fake.guild.channels[0]!.denyBot = 1n << 35n;
    const restricted = await startShiori(engine, { reuseFake: fake, logLevel: 'warn' });
    try {
      const question = fake.postMessage(`<@${fake.bot.id}> アントの延滞率は？`);
      const reply = await fake.replyTo(question);
      expect(reply.channel_id).toBe(question.channel_id);
      expect(isCard(reply)).toBe(true);
      expect(fake.thread(question.id)).toBeUndefined();
      expect(fake.rejections).toEqual([]);
    } finally {
      await restricted.stop();
      await fake.close();
    }
  }, 15_000);
});

describe('ask channels and forums', () => {
  it('every message of an ask channel is answered in a thread; in the thread every message is a question', async () => {
    const withChannels = await startShiori(engine, { askChannels: (fake) => [fake.guild.channels[1]!.id, fake.guild.channels[2]!.id], logLevel: 'warn' });
    try {
      const { fake } = withChannels;
      expect(fake.identifies[0].intents & MESSAGE_CONTENT_INTENT).toBe(MESSAGE_CONTENT_INTENT);
      const askChannel = fake.guild.channels[1]!.id;
      const question = fake.postMessage('アントの延滞率は？', { channelId: askChannel });
      const answer = await fake.waitFor(() => fake.botMessagesIn(question.id)[0], 10_000, 'the answer in the thread');
      expect(fake.thread(question.id)?.name).toBe('アントの延滞率は？');
      expect(cardTexts(answer)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
      // No mention needed in the thread: the intent lets Shiori read it.
      const followUp = await fake.replyTo(fake.postMessage('2019年は？', { channelId: question.id }));
      expect(cardTexts(followUp)[0]!.split('\n')[0]).toBe('**D30+ 2.03%・D90+ 1.57%（2019年12月31日）**');

      const elsewhere = fake.postMessage('アントの延滞率は？', { channelId: fake.guild.channels[0]!.id });
      const picture = fake.postMessage('', { channelId: askChannel });
      const probe = fake.postMessage('テンセントの戦略は？', { channelId: askChannel, user: fake.user('bob') });
      await fake.waitFor(() => fake.botMessagesIn(probe.id)[0], 10_000, 'the probe answered');
      expect(fake.thread(elsewhere.id)).toBeUndefined();
      expect(fake.thread(picture.id)).toBeUndefined();
      expect(fake.botChannelMessages().some((sent) => [elsewhere.id, picture.id].includes(sent.message_reference?.message_id))).toBe(false);
      expect(fake.rejections).toEqual([]);
    } finally {
      await withChannels.stop();
    }
  }, 20_000);

  it('an ask channel that is a forum: every new post gets its answer in the post, its title read with it', async () => {
    const withForum = await startShiori(engine, { askChannels: (fake) => [fake.guild.channels[2]!.id], logLevel: 'warn' });
    try {
      const { fake } = withForum;
      const post = fake.postForumPost(fake.guild.channels[2]!.id, 'アントの延滞率', 'の推移を教えてください');
      const answer = await fake.replyTo(post);
      expect(answer.channel_id).toBe(post.id);
      expect(cardTexts(answer)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
      expect(answer.attachments).toHaveLength(2);
      const followUp = await fake.replyTo(fake.postMessage('2019年は？', { channelId: post.id }));
      expect(cardTexts(followUp)[0]!.split('\n')[0]).toBe('**D30+ 2.03%・D90+ 1.57%（2019年12月31日）**');
      expect(fake.rejections).toEqual([]);
    } finally {
      await withForum.stop();
    }
  }, 20_000);
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
      expect(isCard(reply)).toBe(true);
      expect(cardTexts(reply).at(-1)).toContain(questions[index % questions.length]);
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
      expect(messageApology.ephemeral).toBe(false);
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
    subjectWords: real.subjectWords.bind(real),
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
