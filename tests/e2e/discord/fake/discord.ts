/**
 * FakeDiscord, what tests hold: starts the fake, acts as people in Discord, and lets tests wait
 * for and read what the bot did. The work is done by the modules beside it over one FakeState.
 */
import type { Upload } from './attachments.ts';
import type { Session } from './gateway.ts';
import type { FakeInteraction } from './interaction.ts';
import type { FakeMessage } from './message-store.ts';
import { pingsOf } from './mentions.ts';
import type { FakeGuild, FakeThread, FakeUser } from './objects.ts';
import { autocomplete, click, messageMenu, postForumPost, postMessage, select, slash, submitModal, type CommandExtras, type OptionValue, type Origin } from './person-actions.ts';
import { listen, type FakeServer } from './server.ts';
import { FakeState, type FakeDiscordOptions, type RecordedRequest } from './state.ts';
import type { Json } from './validate.ts';

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly owner: FakeUser;
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[];
  readonly interactions: Map<string, FakeInteraction>;
  /** Every message that exists: sent by people, by the bot, or as interaction responses. */
  readonly messages: Map<string, FakeMessage>;
  readonly commands: { global: Json[]; guild: Map<string, Json[]> };
  readonly identifies: Json[];
  /** Files uploaded, by the bot or attached by people to commands, by attachment id (see attachments.ts). */
  readonly uploads: Map<string, Upload>;
  readonly sessions: Set<Session>;

  private constructor(
    private readonly state: FakeState,
    private readonly server: FakeServer,
  ) {
    this.token = state.token;
    this.applicationId = state.applicationId;
    this.bot = state.bot;
    this.owner = state.owner;
    this.guilds = state.guilds;
    this.requests = state.requests;
    this.interactions = state.interactions;
    this.messages = state.messages;
    this.commands = state.commands;
    this.identifies = state.identifies;
    this.uploads = state.uploads;
    this.sessions = state.sessions;
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const state = new FakeState(options);
    return new FakeDiscord(state, await listen(state));
  }

  get apiBaseUrl(): string {
    return this.state.apiBaseUrl;
  }

  get gatewayUrl(): string {
    return this.state.gatewayUrl;
  }

  get guild(): FakeGuild {
    return this.state.guild;
  }

  /** The bytes of an attachment of a recorded message, as a person's client would download them. */
  attachmentData(attachment: Json): Buffer | undefined {
    return this.uploads.get(attachment.id)?.data;
  }

  /** A person who can ask; the same name gives the same user. */
  user(username: string): FakeUser {
    return this.state.user(username);
  }

  /** Requests the fake refused (status ≥ 400). A passing test usually expects none. */
  get rejections(): RecordedRequest[] {
    return this.requests.filter((request) => request.status >= 400);
  }

  /** Who a message would have notified (see mentions.ts). */
  pingsOf(message: FakeMessage): string[] {
    const reference = message.request.message_reference?.message_id;
    return pingsOf(message.request, reference ? this.messages.get(reference)?.author?.id : undefined);
  }

  /** Resolve with `check()`'s value once it is defined; checked whenever the fake's state changes. */
  waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return this.state.waitFor(check, timeoutMs, what);
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

  // Driving the bot: what a person does in Discord (see person-actions.ts).

  /**
   * A person runs a slash command with options (typed as the registered command declares them),
   * maybe a subcommand of it, maybe with files attached (the bot downloads them from the fake's attachment URLs).
   */
  slash(name: string, options: Record<string, OptionValue>, from: Origin = {}, extras: CommandExtras = {}): FakeInteraction {
    return slash(this.state, name, options, from, extras);
  }

  /** A person uses a command in a message's menu (Apps → `name`) on `target`. */
  messageMenu(name: string, target: FakeMessage, from: Origin = {}): FakeInteraction {
    return messageMenu(this.state, name, target, from);
  }

  /** A person fills in and sends the modal the bot opened in answer to `opener` (values by text input id). */
  submitModal(opener: FakeInteraction, values: Record<string, string>, from: Origin = {}): FakeInteraction {
    return submitModal(this.state, opener, values, from);
  }

  /** A person types into an autocompleted option (`focused`) of a slash command (or of its subcommand). */
  autocomplete(name: string, options: Record<string, string>, focused: string, from: { user?: FakeUser; dm?: boolean; locale?: string } = {}, extras: Pick<CommandExtras, 'subcommand'> = {}): FakeInteraction {
    return autocomplete(this.state, name, options, focused, from, extras);
  }

  /** A person presses a button on a message. */
  click(message: FakeMessage, customId: string, from: Pick<Origin, 'user' | 'locale' | 'permissions' | 'raw'> = {}): FakeInteraction {
    return click(this.state, message, customId, from);
  }

  /** A person picks options of a select menu on a message. */
  select(message: FakeMessage, customId: string, values: string[], from: Pick<Origin, 'user' | 'locale'> = {}): FakeInteraction {
    return select(this.state, message, customId, values, from);
  }

  /** A message as it is now (after edits), by id. */
  message(id: string): FakeMessage | undefined {
    return this.messages.get(id);
  }

  /** A person posts a message in a guild channel (the first one by default), a thread, or a DM. */
  postMessage(content: string, from: { user?: FakeUser; dm?: boolean; channelId?: string; replyTo?: FakeMessage } = {}): FakeMessage {
    return postMessage(this.state, content, from);
  }

  /** A person opens a post in a forum channel: the thread, titled, and its first message (which has the thread's id). */
  postForumPost(forumId: string, title: string, content: string, from: { user?: FakeUser } = {}): FakeMessage {
    return postForumPost(this.state, forumId, title, content, from);
  }

  /** A thread, by id, once it exists. */
  thread(id: string): FakeThread | undefined {
    return this.state.thread(id);
  }

  /** A server the bot is not in, where people use Shiori installed to their own account (`userInstall: true`). */
  get foreignGuild(): FakeGuild {
    return this.state.foreignGuild;
  }

  /** The bot's messages in a channel or thread, oldest first. */
  botMessagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((message) => message.channel_id === channelId && message.author?.id === this.bot.id);
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

  close(): Promise<void> {
    return this.server.close();
  }
}
