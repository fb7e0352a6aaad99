/**
 * For `npm run bench`: 30 people pressing a quiz answer at the same moment, through the real bot
 * and discord.js against the tests' local fake Discord (127.0.0.1 only): how long until each press
 * is acknowledged, until every confirmation has arrived, and how many answers were recorded.
 */
import type { Shiori } from '../answer/engine.ts';
import { startShiori } from '../../tests/e2e/discord/harness.ts';

export interface PressTimes {
  ackP50: number;
  ackMax: number;
  allConfirmed: number;
  recorded: number;
}

export async function benchAnswerPresses(engine: Shiori, people: number): Promise<PressTimes> {
  const shiori = await startShiori(engine, { logLevel: 'error', quizTiming: { secondMs: 1000, revealPauseMs: 50 } });
  try {
    const channelId = shiori.fake.guild.channels[0]!.id;
    await shiori.fake.slash('quiz', { count: 1, seconds: 120 }, { channelId }).reply();
    const question = await shiori.fake.waitFor(() => shiori.fake.botChannelMessages().find((message) => message.embeds[0]?.title === '第1問（全1問）'), 10_000, 'the question');
    const ids = (question.components[0].components as { custom_id: string }[]).map((button) => button.custom_id);
    const started = performance.now();
    const presses = Array.from({ length: people }, (_, index) => shiori.fake.click(question, ids[index % ids.length]!, { user: shiori.fake.user(`bench-${index}`) }));
    const acks = (await Promise.all(presses.map((press) => press.acknowledged(10_000)))).map((ack) => ack.ms).sort((a, b) => a - b);
    await Promise.all(presses.map((press) => press.reply(10_000)));
    const allConfirmed = performance.now() - started;
    const quizId = Number(ids[0]!.split(':')[1]);
    const recorded = shiori.bot.context.store.quizzes.answers(quizId, 0).length;
    return { ackP50: acks[Math.floor(acks.length / 2)]!, ackMax: acks.at(-1)!, allConfirmed, recorded };
  } finally {
    await shiori.stop();
  }
}
