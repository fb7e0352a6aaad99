/**
 * A small Discord on 127.0.0.1 for end-to-end tests: the REST API over HTTP and the gateway over
 * WebSocket, enough for the real discord.js Client to log in, receive interactions and messages,
 * and answer them. It rejects what Discord rejects (limits, double acknowledgements, answers after
 * 3 s) with Discord's status codes and error bodies, and records everything the bot sends.
 * See ../../../shared/docs/discord-e2e.md for the protocol facts it follows.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseMultipart, resolveAttachments, type Upload } from './fake/attachments.ts';
import { guildIdForShard, interactionToken, shardOfGuild, snowflake } from './fake/ids.ts';
import { pingsOf } from './fake/mentions.ts';
import {
  BOT_PERMISSIONS,
  channelObject,
  dmChannelObject,
  guildCreateObject,
  memberObject,
  messageObject,
  userObject,
  type FakeGuild,
  type FakeUser,
} from './fake/objects.ts';
import { checkChoices, checkCommands, checkMessage, type DiscordError, type Json } from './fake/validate.ts';

export type { FakeGuild, FakeUser, Json };

/** Discord's deadline for the first response to an interaction. */
export const ACK_DEADLINE_MS = 3000;
const EPHEMERAL = 64;
const LOADING = 128;
const INTENT = { guildMessages: 1 << 9, directMessages: 1 << 12, messageContent: 1 << 15 };

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  body: Json;
  response: Json;
  at: number;
}

/** A message in the fake, as Discord would return it, plus the request that last shaped it. */
export type FakeMessage = Json & { id: string; channel_id: string; request: Json; ephemeral: boolean };

interface Session {
  socket: WebSocket;
  id: string;
  shard: [number, number];
  intents: number;
  sequence: number;
  ready: boolean;
}

export interface Acknowledgement {
  type: number;
  /** Milliseconds from dispatching the interaction to its first response. */
  ms: number;
}

/** One interaction sent to the bot, and everything the bot answered to it. */
export class FakeInteraction {
  ack?: Acknowledgement;
  /** The response message (type 4 or 5), or the component's message (types 6 and 7). */
  original?: FakeMessage;
  followUps: FakeMessage[] = [];
  choices?: Json[];
  /** Whether the original was edited after a deferral (5 or 6). */
  edited = false;

  constructor(
    private readonly fake: FakeDiscord,
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly payload: Json,
    readonly sentAt: number,
  ) {}

  /** The first response, whatever its type. */
  acknowledged(timeoutMs = 5000): Promise<Acknowledgement> {
    return this.fake.waitFor(() => this.ack, timeoutMs, `acknowledgement of interaction ${this.id}`);
  }

  /** What the person sees: the reply, the deferred reply once edited, or the updated message. */
  async reply(timeoutMs = 5000): Promise<FakeMessage> {
    return this.fake.waitFor(
      () => {
        if (!this.ack || !this.original) return undefined;
        if (this.ack.type === 5 || this.ack.type === 6) return this.edited ? this.original : this.followUps[0];
        return this.original;
      },
      timeoutMs,
      `reply to interaction ${this.id}`,
    );
  }

  /** A follow-up message (e.g. an ephemeral reply to a button that was deferred). */
  followUp(index = 0, timeoutMs = 5000): Promise<FakeMessage> {
    return this.fake.waitFor(() => this.followUps[index], timeoutMs, `follow-up ${index} of interaction ${this.id}`);
  }

  async autocompleteChoices(timeoutMs = 5000): Promise<Json[]> {
    return this.fake.waitFor(() => this.choices, timeoutMs, `choices for interaction ${this.id}`);
  }
}

export interface FakeDiscordOptions {
  token?: string;
  /** Guilds to create, spread over this many shards (one guild per shard by default). */
  shardCount?: number;
  /** What /gateway/bot recommends. */
  recommendedShards?: number;
  maxConcurrency?: number;
}

export class FakeDiscord {
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
  /** Files the bot uploaded, by attachment id (see fake/attachments.ts). */
  readonly uploads = new Map<string, Upload>();
  readonly sessions = new Set<Session>();
  private readonly users = new Map<string, FakeUser>();
  private readonly dmChannels = new Map<string, FakeUser>();
  private readonly events = new EventEmitter();
  private server!: Server;
  private sockets!: WebSocketServer;
  private port = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
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

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
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

  /** The bytes of an attachment of a recorded message, as a person's client would download them. */
  attachmentData(attachment: Json): Buffer | undefined {
    return this.uploads.get(attachment.id)?.data;
  }

  /** A person who can ask; the same name gives the same user. */
  user(username: string): FakeUser {
    for (const user of this.users.values()) if (user.username === username) return user;
    const user = { id: snowflake(), username };
    this.users.set(user.id, user);
    return user;
  }

  /** Requests the fake refused (status ≥ 400). A passing test usually expects none. */
  get rejections(): RecordedRequest[] {
    return this.requests.filter((request) => request.status >= 400);
  }

  /** Who a message would have notified (see fake/mentions.ts). */
  pingsOf(message: FakeMessage): string[] {
    const reference = message.request.message_reference?.message_id;
    return pingsOf(message.request, reference ? this.messages.get(reference)?.author?.id : undefined);
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

  /** Wait until `count` gateway sessions have received READY and their guilds. */
  waitForSessions(count = 1, timeoutMs = 10_000): Promise<Session[]> {
    return this.waitFor(
      () => {
        const ready = [...this.sessions].filter((session) => session.ready);
        return ready.length >= count ? ready : undefined;
      },
      timeoutMs,
      `${count} gateway session(s)`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Driving the bot: what a person does in Discord
  // ---------------------------------------------------------------------------------------------

  /** A person runs a slash command with string options. */
  slash(name: string, options: Record<string, string>, from: { user?: FakeUser; dm?: boolean; channelId?: string; locale?: string } = {}): FakeInteraction {
    return this.interact(2, { id: this.commandId(name), name, type: 1, options: this.stringOptions(options) }, from);
  }

  /** A person types into an autocompleted option (`focused`) of a slash command. */
  autocomplete(name: string, options: Record<string, string>, focused: string, from: { user?: FakeUser; dm?: boolean; locale?: string } = {}): FakeInteraction {
    const data = { id: this.commandId(name), name, type: 1, options: this.stringOptions(options).map((option) => (option.name === focused ? { ...option, focused: true } : option)) };
    return this.interact(4, data, from);
  }

  /** A person presses a button on a message. */
  click(message: FakeMessage, customId: string, from: { user?: FakeUser; locale?: string } = {}): FakeInteraction {
    const button = message.components?.flatMap((row: Json) => row.components).find((component: Json) => component.custom_id === customId);
    if (!button) throw new Error(`no button ${customId} on message ${message.id}`);
    if (button.disabled) throw new Error(`button ${customId} is disabled`);
    const { request: _request, ephemeral: _ephemeral, ...apiMessage } = message;
    return this.interact(3, { custom_id: customId, component_type: 2 }, { ...from, dm: !message.guild_id, channelId: message.channel_id }, apiMessage);
  }

  /** A person posts a message in a guild channel (the first one by default) or a DM. */
  postMessage(content: string, from: { user?: FakeUser; dm?: boolean; channelId?: string; replyTo?: FakeMessage } = {}): FakeMessage {
    const author = from.user ?? this.user('alice');
    const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => this.users.get(match[1]!)).filter((user): user is FakeUser => !!user);
    const mentionRoles = [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1]!);
    const channelId = from.dm ? this.dmChannelFor(author) : (from.channelId ?? this.guild.channels[0]!.id);
    const guildId = from.dm ? undefined : this.guildOfChannel(channelId)?.id;
    const message: FakeMessage = {
      ...messageObject({
        channel_id: channelId,
        author: userObject(author),
        content,
        mentions: mentions.map((user) => ({ ...userObject(user), member: guildId ? memberObject(user) : undefined })),
        mention_roles: mentionRoles,
        mention_everyone: /@(everyone|here)/.test(content),
        ...(from.replyTo ? { type: 19, message_reference: { message_id: from.replyTo.id, channel_id: channelId, guild_id: guildId } } : {}),
      }),
      ...(guildId ? { guild_id: guildId, member: memberObject(author) } : {}),
      request: {},
      ephemeral: false,
    };
    this.messages.set(message.id, message);
    const { request: _request, ephemeral: _ephemeral, ...payload } = message;
    for (const session of this.sessionsFor(guildId)) {
      const needed = guildId ? INTENT.guildMessages : INTENT.directMessages;
      if ((session.intents & needed) === 0) continue;
      // Without the Message Content intent, Discord blanks messages that neither mention the bot nor are DMs.
      const readable = !guildId || (session.intents & INTENT.messageContent) !== 0 || mentions.some((user) => user.id === this.bot.id);
      this.dispatch(session, 'MESSAGE_CREATE', { ...payload, ...(readable ? {} : { content: '', embeds: [], attachments: [] }), channel_type: guildId ? 0 : 1 });
    }
    this.changed();
    return message;
  }

  /** The bot's reply to a message, once it arrives. */
  replyTo(message: FakeMessage, timeoutMs = 5000): Promise<FakeMessage> {
    return this.waitFor(
      () => [...this.messages.values()].find((candidate) => candidate.message_reference?.message_id === message.id && candidate.author?.id === this.bot.id),
      timeoutMs,
      `a reply to message ${message.id}`,
    );
  }

  /** Messages the bot sent into channels (not interaction responses). */
  botChannelMessages(): FakeMessage[] {
    return [...this.messages.values()].filter((message) => message.author?.id === this.bot.id && !message.interaction_metadata);
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------------------------------------
  // Gateway
  // ---------------------------------------------------------------------------------------------

  private async listen(): Promise<void> {
    this.server = createServer((request, response) => void this.handleHttp(request, response));
    this.sockets = new WebSocketServer({ server: this.server });
    this.sockets.on('connection', (socket) => this.acceptSocket(socket));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private acceptSocket(socket: WebSocket): void {
    const session: Session = { socket, id: snowflake(), shard: [0, 1], intents: 0, sequence: 0, ready: false };
    this.sessions.add(session);
    socket.on('close', () => {
      this.sessions.delete(session);
      this.changed();
    });
    socket.on('message', (raw) => {
      let payload: Json;
      try {
        payload = JSON.parse(String(raw));
      } catch {
        return socket.close(4002, 'Decode error');
      }
      this.onGatewayPayload(session, payload);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
  }

  private onGatewayPayload(session: Session, payload: Json): void {
    switch (payload.op) {
      case 1:
        session.socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2: {
        if (payload.d?.token !== this.token) return session.socket.close(4004, 'Authentication failed.');
        const [shardId, shardCount] = payload.d.shard ?? [0, 1];
        if (shardId >= shardCount) return session.socket.close(4010, 'Invalid shard.');
        session.shard = [shardId, shardCount];
        session.intents = payload.d.intents;
        this.identifies.push(payload.d);
        const guilds = this.guilds.filter((guild) => shardOfGuild(guild.id, shardCount) === shardId);
        this.dispatch(session, 'READY', {
          v: 10,
          user: userObject(this.bot),
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard: session.shard,
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          user_settings: {},
          _trace: ['fake-discord'],
        });
        for (const guild of guilds) this.dispatch(session, 'GUILD_CREATE', guildCreateObject(guild, this.bot, this.owner));
        session.ready = true;
        this.changed();
        return;
      }
      case 6:
        this.dispatch(session, 'RESUMED', {});
        session.ready = true;
        this.changed();
        return;
      default:
        return; // presence updates and the like: nothing to do
    }
  }

  private dispatch(session: Session, event: string, data: Json): void {
    session.sequence += 1;
    session.socket.send(JSON.stringify({ op: 0, t: event, s: session.sequence, d: data }));
  }

  /** The sessions that receive a guild's events (or DM events, which go to shard 0). */
  private sessionsFor(guildId: string | undefined): Session[] {
    return [...this.sessions].filter((session) => session.ready && session.shard[0] === (guildId ? shardOfGuild(guildId, session.shard[1]) : 0));
  }

  private guildOfChannel(channelId: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.channels.some((channel) => channel.id === channelId));
  }

  private dmChannelFor(user: FakeUser): string {
    for (const [channelId, recipient] of this.dmChannels) if (recipient.id === user.id) return channelId;
    const channelId = snowflake();
    this.dmChannels.set(channelId, user);
    return channelId;
  }

  private commandId(name: string): string {
    const registered = [...this.commands.global, ...[...this.commands.guild.values()].flat()].find((command) => command.name === name);
    return registered?.id ?? snowflake();
  }

  private stringOptions(options: Record<string, string>): Json[] {
    return Object.entries(options).map(([name, value]) => ({ name, type: 3, value }));
  }

  private interact(type: number, data: Json, from: { user?: FakeUser; dm?: boolean; channelId?: string; locale?: string }, message?: Json): FakeInteraction {
    const user = from.user ?? this.user('alice');
    const id = snowflake();
    const token = interactionToken();
    const locale = from.locale ?? 'ja';
    const where: Json = from.dm
      ? (() => {
          const channelId = from.channelId ?? this.dmChannelFor(user);
          return { channel_id: channelId, channel: dmChannelObject(channelId, user), user: userObject(user), context: 1 };
        })()
      : (() => {
          const channelId = from.channelId ?? this.guild.channels[0]!.id;
          const guild = this.guildOfChannel(channelId) ?? this.guild;
          const channel = guild.channels.find((candidate) => candidate.id === channelId)!;
          return {
            guild_id: guild.id,
            guild: { id: guild.id, locale: 'ja', features: [] },
            guild_locale: 'ja',
            channel_id: channelId,
            channel: channelObject(channel, guild.id, 0),
            member: { ...memberObject(user), permissions: '2248473465835073' },
            context: 0,
          };
        })();
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      locale,
      app_permissions: BOT_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: { '0': where.guild_id ?? this.owner.id },
      attachment_size_limit: 26214400,
      ...where,
      ...(message ? { message } : {}),
    };
    const interaction = new FakeInteraction(this, id, token, type, payload, Date.now());
    this.interactions.set(id, interaction);
    const sessions = this.sessionsFor(where.guild_id);
    if (sessions.length === 0) throw new Error('no gateway session to send the interaction to');
    for (const session of sessions) this.dispatch(session, 'INTERACTION_CREATE', payload);
    return interaction;
  }

  private changed(): void {
    this.events.emit('change');
  }

  // ---------------------------------------------------------------------------------------------
  // REST
  // ---------------------------------------------------------------------------------------------

  private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Json = undefined;
    let result: { status: number; body?: Json };
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/')) {
      try {
        const parsed = await parseMultipart(Buffer.concat(chunks), contentType);
        body = parsed.body;
        result = resolveAttachments(body, parsed.uploads, this.uploads, this.apiBaseUrl) ?? this.route(method, url, request.headers.authorization, body);
      } catch (error) {
        result = { status: 400, body: { code: 50109, message: `The request body contains invalid JSON. (${String(error)})` } };
      }
    } else {
      try {
        body = raw ? JSON.parse(raw) : undefined;
        result = this.route(method, url, request.headers.authorization, body);
      } catch (error) {
        result = { status: 400, body: { code: 50109, message: `The request body contains invalid JSON. (${String(error)})` } };
      }
    }
    this.requests.push({ method, path: url.pathname + url.search, status: result.status, body, response: result.body, at: Date.now() });
    response.writeHead(result.status, result.body === undefined ? {} : { 'Content-Type': 'application/json' });
    response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
    this.changed();
  }

  private route(method: string, url: URL, authorization: string | undefined, body: Json): { status: number; body?: Json } {
    const match = /^\/api\/v10(\/.*)$/.exec(url.pathname);
    if (!match) return notFound();
    const path = match[1]!;
    const parts = path.split('/').slice(1);

    // Interaction callbacks and webhooks are authorised by the interaction token in the URL.
    if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
      return this.interactionCallback(parts[1]!, parts[2]!, body, url.searchParams.get('with_response') === 'true');
    }
    if (parts[0] === 'webhooks') return this.webhook(method, parts, body);

    if (authorization !== `Bot ${this.token}`) return { status: 401, body: { code: 0, message: '401: Unauthorized' } };

    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.options.recommendedShards ?? this.guilds.length,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.options.maxConcurrency ?? 1 },
        },
      };
    }
    if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };
    if (method === 'GET' && path === '/users/@me') return { status: 200, body: userObject(this.bot) };
    if (parts[0] === 'applications' && parts[1] === this.applicationId) return this.applicationCommands(method, parts, body);
    if (parts[0] === 'channels') return this.channel(method, parts, body);
    return notFound();
  }

  private applicationCommands(method: string, parts: string[], body: Json): { status: number; body?: Json } {
    const guildId = parts[2] === 'guilds' ? parts[3] : undefined;
    if (parts[guildId ? 4 : 2] !== 'commands' || parts.length !== (guildId ? 5 : 3)) return notFound();
    if (guildId && !this.guilds.some((guild) => guild.id === guildId)) return { status: 403, body: { code: 50001, message: 'Missing Access' } };
    const current = guildId ? (this.commands.guild.get(guildId) ?? []) : this.commands.global;
    if (method === 'GET') return { status: 200, body: current };
    if (method !== 'PUT') return notFound();
    const problem = checkCommands(body);
    if (problem) return problem;
    const registered = (body as Json[]).map((command) => ({
      ...command,
      id: current.find((existing) => existing.name === command.name)?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      default_member_permissions: command.default_member_permissions ?? null,
      type: command.type ?? 1,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    if (guildId) this.commands.guild.set(guildId, registered);
    else this.commands.global = registered;
    return { status: 200, body: registered };
  }

  private channel(method: string, parts: string[], body: Json): { status: number; body?: Json } {
    const channelId = parts[1]!;
    const guild = this.guildOfChannel(channelId);
    const dmRecipient = this.dmChannels.get(channelId);
    if (!guild && !dmRecipient) return { status: 404, body: { code: 10003, message: 'Unknown Channel' } };
    if (method === 'GET' && parts.length === 2) {
      if (dmRecipient) return { status: 200, body: dmChannelObject(channelId, dmRecipient) };
      const channel = guild!.channels.find((candidate) => candidate.id === channelId)!;
      return { status: 200, body: channelObject(channel, guild!.id, 0) };
    }
    if (method === 'POST' && parts[2] === 'typing' && parts.length === 3) return { status: 204 };
    if (method === 'POST' && parts[2] === 'messages' && parts.length === 3) {
      const problem = checkMessage(body);
      if (problem) return problem;
      const reference = body.message_reference;
      if (reference && !this.messages.has(reference.message_id) && reference.fail_if_not_exists !== false) {
        return invalidReference();
      }
      const message = this.storeMessage(
        messageObject({
          channel_id: channelId,
          ...(guild ? { guild_id: guild.id } : {}),
          author: userObject(this.bot),
          content: body.content ?? '',
          embeds: body.embeds ?? [],
          components: body.components ?? [],
          attachments: body.attachments ?? [],
          flags: body.flags ?? 0,
          ...(reference ? { type: 19, message_reference: { ...reference, channel_id: channelId } } : {}),
        }),
        body,
      );
      return { status: 200, body: stripExtras(message) };
    }
    return notFound();
  }

  private interactionCallback(id: string, token: string, body: Json, withResponse: boolean): { status: number; body?: Json } {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return unknownInteraction();
    if (interaction.ack) return { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } };
    const ms = Date.now() - interaction.sentAt;
    if (ms > ACK_DEADLINE_MS) return unknownInteraction();
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
    if (!allowed[interaction.type]?.includes(body?.type)) {
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }] } } } };
    }
    const data = body.data ?? {};
    const where = { channel_id: interaction.payload.channel_id, ...(interaction.payload.guild_id ? { guild_id: interaction.payload.guild_id } : {}) };
    const metadata = {
      interaction_metadata: { id, type: interaction.type, user: interaction.payload.member?.user ?? interaction.payload.user, authorizing_integration_owners: interaction.payload.authorizing_integration_owners },
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
    switch (body.type) {
      case 4: {
        const problem = checkMessage(data, { base: ['data'] });
        if (problem) return problem;
        interaction.original = this.storeMessage(
          messageObject({ ...where, ...metadata, type: interaction.type === 2 ? 20 : 0, author: userObject(this.bot), content: data.content ?? '', embeds: data.embeds ?? [], components: data.components ?? [], attachments: data.attachments ?? [], flags: data.flags ?? 0 }),
          data,
        );
        break;
      }
      case 5:
        interaction.original = this.storeMessage(
          messageObject({ ...where, ...metadata, type: 20, author: userObject(this.bot), flags: LOADING | ((data.flags ?? 0) & EPHEMERAL) }),
          data,
        );
        break;
      case 6:
        interaction.original = this.messages.get(interaction.payload.message.id);
        break;
      case 7: {
        const problem = checkMessage(data, { base: ['data'], partial: true });
        if (problem) return problem;
        interaction.original = this.editMessage(interaction.payload.message.id, data);
        break;
      }
      case 8: {
        const problem = checkChoices(data.choices);
        if (problem) return problem;
        interaction.choices = data.choices;
        break;
      }
      default:
        return { status: 400, body: { code: 0, message: 'fake Discord: modals are not supported' } };
    }
    interaction.ack = { type: body.type, ms };
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: { id, type: interaction.type, response_message_id: interaction.original?.id, response_message_loading: body.type === 5, response_message_ephemeral: Boolean((interaction.original?.flags ?? 0) & EPHEMERAL) },
        resource: interaction.original ? { type: body.type, message: stripExtras(interaction.original) } : { type: body.type },
      },
    };
  }

  private webhook(method: string, parts: string[], body: Json): { status: number; body?: Json } {
    const [, applicationId, token, messages, messageId] = parts;
    const interaction = [...this.interactions.values()].find((candidate) => candidate.token === token);
    if (applicationId !== this.applicationId || !interaction || !interaction.ack) return { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
    if (messages === undefined && method === 'POST') {
      const problem = checkMessage(body);
      if (problem) return problem;
      const message = this.storeMessage(
        messageObject({
          channel_id: interaction.payload.channel_id,
          ...(interaction.payload.guild_id ? { guild_id: interaction.payload.guild_id } : {}),
          author: userObject(this.bot),
          webhook_id: this.applicationId,
          application_id: this.applicationId,
          // As Discord does: follow-ups carry who used the interaction (discord.js reads it).
          interaction_metadata: {
            id: interaction.id,
            type: interaction.type,
            user: interaction.payload.member?.user ?? interaction.payload.user,
            authorizing_integration_owners: interaction.payload.authorizing_integration_owners,
          },
          content: body.content ?? '',
          embeds: body.embeds ?? [],
          components: body.components ?? [],
          attachments: body.attachments ?? [],
          flags: body.flags ?? 0,
        }),
        body,
      );
      interaction.followUps.push(message);
      return { status: 200, body: stripExtras(message) };
    }
    if (messages !== 'messages' || messageId === undefined) return notFound();
    const target = messageId === '@original' ? interaction.original : interaction.followUps.find((message) => message.id === messageId);
    if (!target || !this.messages.has(target.id)) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (method === 'GET') return { status: 200, body: stripExtras(target) };
    if (method === 'DELETE') {
      this.messages.delete(target.id);
      return { status: 204 };
    }
    if (method !== 'PATCH') return notFound();
    const problem = checkMessage(body, { partial: true });
    if (problem) return problem;
    const after = (field: 'content' | 'embeds' | 'components') => (body[field] !== undefined ? body[field] : target[field]);
    if (!after('content') && !after('embeds')?.length && !after('components')?.length) {
      return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
    }
    const edited = this.editMessage(target.id, body);
    if (target === interaction.original) {
      interaction.original = edited;
      interaction.edited = true;
    }
    return { status: 200, body: stripExtras(edited) };
  }

  private storeMessage(message: Json, request: Json): FakeMessage {
    const stored: FakeMessage = { ...message, request, ephemeral: Boolean((message.flags ?? 0) & EPHEMERAL) };
    this.messages.set(stored.id, stored);
    return stored;
  }

  private editMessage(id: string, changes: Json): FakeMessage {
    const current = this.messages.get(id);
    if (!current) throw new Error(`fake Discord: no message ${id} to edit`);
    const edited: FakeMessage = {
      ...current,
      ...(changes.content !== undefined ? { content: changes.content ?? '' } : {}),
      ...(changes.embeds !== undefined ? { embeds: changes.embeds ?? [] } : {}),
      ...(changes.components !== undefined ? { components: changes.components ?? [] } : {}),
      ...(changes.attachments !== undefined ? { attachments: changes.attachments ?? [] } : {}),
      // Editing a deferred response removes the loading state; ephemerality stays as it was.
      flags: (current.flags ?? 0) & ~LOADING,
      edited_timestamp: new Date().toISOString(),
      request: changes,
    };
    this.messages.set(id, edited);
    return edited;
  }
}

function notFound(): { status: number; body: Json } {
  return { status: 404, body: { code: 0, message: '404: Not Found' } };
}

function unknownInteraction(): DiscordError {
  return { status: 404, body: { code: 10062, message: 'Unknown interaction' } };
}

function invalidReference(): DiscordError {
  return {
    status: 400,
    body: { code: 50035, message: 'Invalid Form Body', errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } },
  };
}

/** The message as the API returns it, without the fake's bookkeeping. */
function stripExtras(message: FakeMessage): Json {
  const { request: _request, ephemeral: _ephemeral, ...api } = message;
  return api;
}
