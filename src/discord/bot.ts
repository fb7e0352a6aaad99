/**
 * Shiori on Discord: one client wired to the handlers, with its context. `start` logs in,
 * `stop` disconnects and waits for feedback to be written. Used by `npm start`, by each shard
 * of `npm run start:sharded`, and by the end-to-end tests.
 */
import { Events, type Client } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { AnswerSessions } from './answer-sessions.ts';
import { createClient } from './client.ts';
import type { AnswerEngine, BotContext } from './context.ts';
import { createRegistry, handleInteraction } from './dispatch.ts';
import { FeedbackLog } from './feedback-log.ts';
import { handleMessage } from './free-questions.ts';
import { RateLimiter } from './rate-limit.ts';

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
  engine: AnswerEngine;
  log: Logger;
  /** For tests: a tighter or looser limit than the default. */
  questionLimiter?: RateLimiter;
  /** For tests: a feedback log that is slow or fails. */
  feedback?: FeedbackLog;
}

const MiB = 1024 * 1024;

export function createBot({ config, engine, log: baseLog, questionLimiter, feedback }: BotOptions): Bot {
  const client = createClient(config);
  // Under ShardingManager each process serves some shards; say which in every line.
  const log = client.shard ? baseLog.child({ shards: client.shard.ids }) : baseLog;
  const registry = createRegistry();
  const context: BotContext = {
    commands: [...registry.commands.values()].map((command) => command.data),
    engine,
    log,
    sessions: new AnswerSessions(),
    feedback: feedback ?? new FeedbackLog(config.dataDir),
    questionLimiter: questionLimiter ?? new RateLimiter(),
    askChannelIds: new Set(config.askChannelIds),
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
      documents: engine.documents().length,
      pid: process.pid,
      // Memory after loading everything: what each shard process costs (see README, sharding).
      rssMiB: Math.round(memory.rss / MiB),
      heapUsedMiB: Math.round(memory.heapUsed / MiB),
    });
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
        await client.destroy();
        await context.feedback.flush();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}
