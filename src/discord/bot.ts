/**
 * Shiori on Discord: one client wired to the handlers, with its context. `start` logs in,
 * `stop` disconnects and waits for feedback to be written. Used by `npm start`, by each shard
 * of `npm run start:sharded`, and by the end-to-end tests.
 */
import { Events, type Client } from 'discord.js';
import { Shiori } from '../answer/engine.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore, type Store } from '../store/store.ts';
import { itemBankFor, type ItemBank } from '../study/bank.ts';
import { AnswerSessions } from './answer-sessions.ts';
import { createClient } from './client.ts';
import type { AnswerEngine, BotContext, Library, LiveEngine } from './context.ts';
import { createRegistry, handleInteraction } from './dispatch.ts';
import { FeedbackLog } from './feedback-log.ts';
import { handleMessage } from './free-questions.ts';
import { DEFAULT_QUIZ_TIMING, QuizRunner, type QuizTiming } from './quiz-runner.ts';
import { AUTOCOMPLETES_PER_WINDOW, AUTOCOMPLETE_WINDOW_MS, INTERACTIONS_PER_WINDOW, INTERACTION_WINDOW_MS } from './limits.ts';
import { RateLimiter } from './rate-limit.ts';
import { Turns } from './turns.ts';
import { studyCommandMention } from './study-lookups.ts';

export interface Bot {
  client: Client;
  context: BotContext;
  /** Logs in; resolves when the gateway session is established. */
  start(): Promise<void>;
  /** Disconnects from Discord and flushes pending writes. Safe to call twice. */
  stop(): Promise<void>;
}

export interface BotOptions {
  config: Pick<Config, 'token' | 'askChannelIds' | 'apiBaseUrl' | 'dataDir'>;
  /** The engine, or a live one that is replaced when the documents change (answer/live.ts). */
  engine: AnswerEngine | LiveEngine;
  /** Adding and removing documents with `/docs`. */
  library?: Library;
  log: Logger;
  /** For tests: a tighter or looser limit than the default. */
  questionLimiter?: RateLimiter;
  /** For tests: a feedback log that is slow or fails. */
  feedback?: (store: Store) => FeedbackLog;
  /** The database; by default `DATA_DIR/shiori.db` is opened (and closed when the bot stops). */
  store?: Store;
  /** The quiz item bank; by default generated from the engine's documents on first use. */
  itemBank?: () => Promise<ItemBank>;
  /** For tests: shorter quiz seconds and pauses. */
  quizTiming?: QuizTiming;
  /** For tests: the clock of quizzes, reviews and stats. */
  now?: () => number;
}

/** Whether this process serves the server a quiz ran in (under sharding each process owns some; DMs go to shard 0). */
function ownsGuild(client: Client, guildId: string | null): boolean {
  const shard = client.shard;
  if (!shard) return true;
  const index = guildId ? Number((BigInt(guildId) >> 22n) % BigInt(shard.count)) : 0;
  return shard.ids.includes(index);
}

/** The store to use: the one given, or DATA_DIR/shiori.db, or (when that cannot be used) memory, said once in the log. */
function storeFor(options: Pick<BotOptions, 'store' | 'config'>, log: Logger): { store: Store; owned: boolean } {
  if (options.store) return { store: options.store, owned: false };
  const opened = openStore(options.config.dataDir);
  if (opened.problem) {
    log.error('database unavailable: study progress, feedback and answer sessions are kept in memory until Shiori stops', {
      file: opened.problem.file,
      problem: opened.problem.kind,
      detail: opened.problem.detail,
    });
  } else {
    if (opened.migrated.length > 0) log.info('database migrated', { file: opened.store.file, versions: opened.migrated });
    if (opened.imported) log.info('imported feedback.jsonl into the database', { ...opened.imported });
  }
  return { store: opened.store, owned: true };
}

const MiB = 1024 * 1024;

export function createBot(options: BotOptions): Bot {
  const { config, log: baseLog, questionLimiter, feedback } = options;
  const given = options.engine;
  // Each use takes the engine answering at that moment.
  const engineNow = (): AnswerEngine => ('current' in given ? given.current : given);
  const client = createClient(config);
  // Under ShardingManager each process serves some shards; say which in every line.
  const log = client.shard ? baseLog.child({ shards: client.shard.ids }) : baseLog;
  const registry = createRegistry();
  const { store, owned: ownsStore } = storeFor(options, log);
  const now = options.now ?? Date.now;
  const commands = [...registry.commands.values()].map((command) => command.data);
  const bank =
    options.itemBank ??
    (() => {
      const engine = engineNow();
      return engine instanceof Shiori ? itemBankFor(engine) : Promise.resolve<ItemBank>({ items: [], dropped: {} });
    });
  let sessionErrorLogged = false;
  const context: BotContext = {
    commands,
    get engine() {
      return engineNow();
    },
    ...(options.library && { library: options.library }),
    log,
    sessions: new AnswerSessions({
      store,
      onError: (error) => {
        // Once: a failing disk would otherwise log every question.
        if (!sessionErrorLogged) log.error('could not keep an answer session in the database; keeping it in memory', { error });
        sessionErrorLogged = true;
      },
    }),
    feedback: feedback?.(store) ?? new FeedbackLog(store),
    questionLimiter: questionLimiter ?? new RateLimiter(),
    interactionLimiter: new RateLimiter({ limit: INTERACTIONS_PER_WINDOW, windowMs: INTERACTION_WINDOW_MS }),
    autocompleteLimiter: new RateLimiter({ limit: AUTOCOMPLETES_PER_WINDOW, windowMs: AUTOCOMPLETE_WINDOW_MS }),
    turns: new Turns(),
    askChannelIds: new Set(config.askChannelIds),
    store,
    study: {
      bank,
      now,
      quizzes: new QuizRunner({
        client,
        store,
        document: (id) => engineNow().document(id),
        bank,
        log,
        timing: options.quizTiming ?? DEFAULT_QUIZ_TIMING,
        now,
        reviewCommand: (language) => studyCommandMention({ commands }, 'review', language),
      }),
    },
  };
  let stopping: Promise<void> | undefined;

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, context, registry).catch((error: unknown) => log.error('interaction handler threw', { error }));
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, context).catch((error: unknown) => log.error('message handler threw', { error }));
  });
  client.once(Events.ClientReady, (ready) => {
    const memory = process.memoryUsage();
    log.info('ready', {
      user: ready.user.tag,
      guilds: ready.guilds.cache.size,
      documents: engineNow().documents().length,
      pid: process.pid,
      // Memory after loading everything: what each shard process costs (see README, sharding).
      rssMiB: Math.round(memory.rss / MiB),
      heapUsedMiB: Math.round(memory.heapUsed / MiB),
      database: store.file ?? 'memory',
    });
    // Generate the quiz items now, so the first /quiz does not wait for them.
    bank().catch((error: unknown) => log.error('could not generate quiz items', { error }));
    // Quizzes a previous run left open end now, saying they were interrupted.
    context.study.quizzes
      .recover((guildId) => ownsGuild(client, guildId))
      .then((count) => (count > 0 ? log.info('interrupted quizzes ended', { count }) : undefined))
      .catch((error: unknown) => log.error('could not end interrupted quizzes', { error }));
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (message) => log.warn('discord client warning', { detail: message }));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway disconnected', { shard, code: event.code }));
  // discord.js also reports a reconnect while it is being destroyed; only a real one is news.
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info('gateway reconnecting', { shard });
  });
  client.on(Events.Debug, (message) => log.debug('discord.js', { detail: message }));
  client.rest.on('rateLimited', (info) => log.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));

  return {
    client,
    context,
    async start() {
      await client.login(config.token);
    },
    stop() {
      stopping ??= (async () => {
        // Running quizzes end as interrupted while the connection can still edit their messages.
        await context.study.quizzes.shutdown().catch((error: unknown) => log.error('could not end quizzes', { error }));
        await client.destroy();
        await context.feedback.flush();
        if (ownsStore) store.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}
