/**
 * Starts the real Shiori bot (the real engine and the real discord.js Client) against a fresh
 * fake Discord, the way `npm start` does, with logs captured for assertions.
 * Open the engine once per test file (`openEngine` in beforeAll): it loads kuromoji and the index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Events } from 'discord.js';
import { expect } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { createBot, type Bot } from '../../../src/discord/bot.ts';
import type { AnswerEngine, Library, LiveEngine } from '../../../src/discord/context.ts';
import type { FeedbackLog } from '../../../src/discord/feedback-log.ts';
import type { QuizTiming } from '../../../src/discord/quiz-runner.ts';
import type { Store } from '../../../src/store/store.ts';
import type { RateLimiter } from '../../../src/discord/rate-limit.ts';
import { registerCommands } from '../../../src/discord/register-commands.ts';
import { createLogger, type LogLevel } from '../../../src/log.ts';
import { phoneLines } from '../../../src/discord/format/phone-lines.ts';
import { CARD_LINES_MAX } from '../../../src/discord/limits.ts';
import { allComponents, textDisplays } from './fake/components-v2.ts';
import { FakeDiscord, type FakeDiscordOptions, type Json } from './fake-discord.ts';

/**
 * The real engine on the real corpus, with its index in a temporary directory so that test files
 * running in parallel (and the index other engineers rebuild) never race on one file.
 */
export async function openEngine(): Promise<{ engine: Shiori; close: () => Promise<void> }> {
  const indexDir = await mkdtemp(join(tmpdir(), 'shiori-index-'));
  const close = () => rm(indexDir, { recursive: true, force: true });
  try {
    return { engine: await Shiori.open({ indexDir }), close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Running {
  fake: FakeDiscord;
  bot: Bot;
  dataDir: string;
  /** Every log line the bot wrote, parsed. */
  logs: Json[];
  /** The raw log text, to check that no secret is in it. */
  rawLogs: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  askChannels?: (fake: FakeDiscord) => string[];
  questionLimiter?: RateLimiter;
  feedback?: (store: Store) => FeedbackLog;
  /** Run against this data directory (kept at stop), as a restarted bot would; a fresh one by default. */
  dataDir?: string;
  /** Against this fake Discord (kept at stop), as a restarted bot reconnects to the same Discord. */
  reuseFake?: FakeDiscord;
  quizTiming?: QuizTiming;
  now?: () => number;
  /** Replace the engine, e.g. with one that fails. */
  wrapEngine?: (engine: Shiori) => AnswerEngine;
  /** A live engine (replaced when the documents change) and the library `/docs` changes them with. */
  live?: { engine: LiveEngine; library: Library };
  logLevel?: LogLevel;
  fake?: FakeDiscordOptions;
}

export async function startShiori(engine: Shiori, options: StartOptions = {}): Promise<Running> {
  const fake = options.reuseFake ?? (await FakeDiscord.start(options.fake));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'shiori-data-')));
  const logs: Json[] = [];
  const rawLogs: string[] = [];
  const log = createLogger({
    level: options.logLevel ?? 'debug',
    secrets: [fake.token],
    write: (line) => {
      rawLogs.push(line);
      logs.push(JSON.parse(line));
    },
  });
  const cleanUp = async () => {
    if (!options.reuseFake) await fake.close();
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await registerCommands({ token: fake.token, applicationId: fake.applicationId, guildId: fake.guild.id, apiBaseUrl: fake.apiBaseUrl });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const bot = createBot({
    config: { token: fake.token, apiBaseUrl: fake.apiBaseUrl, askChannelIds: options.askChannels?.(fake) ?? [], dataDir },
    engine: options.live?.engine ?? (options.wrapEngine ? options.wrapEngine(engine) : engine),
    ...(options.live && { library: options.live.library }),
    log,
    questionLimiter: options.questionLimiter,
    feedback: options.feedback,
    quizTiming: options.quizTiming,
    now: options.now,
  });
  const ready = new Promise((resolve) => bot.client.once(Events.ClientReady, resolve));
  const stop = async () => {
    await bot.stop();
    await cleanUp();
  };
  try {
    await bot.start();
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { fake, bot, dataDir, logs, rawLogs, stop };
}

/** The text a person sees in a message: content, Components V2 text displays, embed titles, descriptions, fields and footers. */
export function visibleText(message: Json): string {
  const parts: string[] = [message.content ?? '', ...textDisplays(message.components)];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

/** The buttons of a message (nested in a card or in rows), with whether each is enabled and its style. */
export function buttonsOf(message: Json): { id: string; label: string; enabled: boolean; style: number }[] {
  return allComponents(message.components)
    .filter((component: Json) => component.type === 2)
    .map((button: Json) => ({ id: button.custom_id, label: button.label, enabled: !button.disabled, style: button.style }));
}

/** The select menu of a message (the first one), nested in a card or in a row. */
export function selectOf(message: Json): Json | undefined {
  return allComponents(message.components).find((component: Json) => component.type === 3);
}

/** Whether a message is an answer card (sent with the Components V2 flag). */
export function isCard(message: Json): boolean {
  return ((message.flags ?? 0) & (1 << 15)) !== 0;
}

/** A card's text displays, in order. */
export function cardTexts(message: Json): string[] {
  return textDisplays(message.components);
}

/** Lines of text a card takes on a phone, as CARD_LINES_MAX counts them. */
export function phoneLinesOf(message: Json): number {
  return textDisplays(message.components).reduce((sum, text) => sum + phoneLines(text), 0);
}

/** Every answer card the bot has sent (or edited) in this fake, as it is now. */
export function cardsIn(fake: FakeDiscord): Json[] {
  return [...fake.messages.values()].filter((message) => message.author?.id === fake.bot.id && isCard(message));
}

/**
 * Every answer card the bot has sent in this fake, as it stands after every edit, each checked to
 * take at most one phone screen (CARD_LINES_MAX lines); returns them. For each test file's afterAll.
 */
export function expectCardsFit(fake: FakeDiscord): Json[] {
  const cards = cardsIn(fake);
  for (const card of cards) expect(phoneLinesOf(card), cardTexts(card).join('\n')).toBeLessThanOrEqual(CARD_LINES_MAX);
  return cards;
}

/** Markdown as Discord shows it: without bold markers and escaping backslashes. */
export function unmarkdown(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
}
