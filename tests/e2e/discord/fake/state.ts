/**
 * Everything the fake Discord knows: the bot, its guilds, people and DM channels, and every
 * message, interaction, command and request. The REST routes, the gateway and the test-facing
 * FakeDiscord all share one FakeState; waitFor wakes up whenever it changes.
 */
import { EventEmitter } from 'node:events';
import type { Upload } from './attachments.ts';
import type { Session } from './gateway.ts';
import { guildIdForShard, snowflake } from './ids.ts';
import type { FakeInteraction } from './interaction.ts';
import type { FakeMessage } from './message-store.ts';
import type { FakeGuild, FakeUser } from './objects.ts';
import type { Json } from './validate.ts';

export interface FakeDiscordOptions {
  token?: string;
  /** Guilds to create, spread over this many shards (one guild per shard by default). */
  shardCount?: number;
  /** What /gateway/bot recommends. */
  recommendedShards?: number;
  maxConcurrency?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  body: Json;
  response: Json;
  at: number;
}

export class FakeState {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly bot: FakeUser = { id: this.applicationId, username: 'Shiori', bot: true };
  readonly owner: FakeUser = { id: snowflake(), username: 'owner' };
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  /** Every message that exists: sent by people, by the bot, or as interaction responses. */
  readonly messages = new Map<string, FakeMessage>();
  readonly commands = { global: [] as Json[], guild: new Map<string, Json[]>() };
  readonly identifies: Json[] = [];
  /** Files the bot uploaded, by attachment id (see attachments.ts). */
  readonly uploads = new Map<string, Upload>();
  readonly sessions = new Set<Session>();
  readonly users = new Map<string, FakeUser>();
  /** DM channels by id, with the person on the other side. */
  readonly dmChannels = new Map<string, FakeUser>();
  /** The port the server listens on, once it does. */
  port = 0;
  private readonly events = new EventEmitter();

  constructor(readonly options: FakeDiscordOptions) {
    this.token = options.token ?? `${Buffer.from(this.applicationId).toString('base64')}.fake.${snowflake()}`;
    const shardCount = options.shardCount ?? 1;
    this.guilds = Array.from({ length: shardCount }, (_, shard) => ({
      id: guildIdForShard(shard, shardCount),
      name: `勉強会 ${shard + 1}`,
      channels: [
        { id: snowflake(), name: 'general' },
        { id: snowflake(), name: 'shitsumon' },
      ],
      botRoleId: snowflake(),
    }));
    this.users.set(this.bot.id, this.bot);
    this.events.setMaxListeners(0);
  }

  get apiBaseUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get guild(): FakeGuild {
    return this.guilds[0]!;
  }

  /** A person who can ask; the same name gives the same user. */
  user(username: string): FakeUser {
    for (const user of this.users.values()) if (user.username === username) return user;
    const user = { id: snowflake(), username };
    this.users.set(user.id, user);
    return user;
  }

  guildOfChannel(channelId: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.channels.some((channel) => channel.id === channelId));
  }

  dmChannelFor(user: FakeUser): string {
    for (const [channelId, recipient] of this.dmChannels) if (recipient.id === user.id) return channelId;
    const channelId = snowflake();
    this.dmChannels.set(channelId, user);
    return channelId;
  }

  /** Resolve with `check()`'s value once it is defined; checked whenever the fake's state changes. */
  waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const onChange = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('change', onChange);
      };
      this.events.on('change', onChange);
    });
  }

  changed(): void {
    this.events.emit('change');
  }
}
