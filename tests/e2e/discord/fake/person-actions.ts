/**
 * What a person does in Discord, as the gateway delivers it to the bot: running a slash command or
 * a message-menu command, typing into an autocompleted option, pressing a button, choosing in a
 * select menu, sending a modal, posting a message or a forum post. A person's client stops what
 * Discord's client stops (a value over an option's max_length, a modal's required field) before
 * anything is sent; `raw` sends it anyway, as any client can.
 */
import { allComponents } from './components-v2.ts';
import type { Upload } from './attachments.ts';
import { commandId, registeredCommand } from './commands.ts';
import { dispatch, dispatchToGuild, INTENT, sessionsFor } from './gateway.ts';
import { interactionToken, snowflake } from './ids.ts';
import { FakeInteraction } from './interaction.ts';
import type { FakeMessage } from './message-store.ts';
import { MEMBER_PERMISSIONS, channelObject, dmChannelObject, memberObject, messageObject, threadObject, userObject, type FakeGuild, type FakeUser } from './objects.ts';
import type { FakeState } from './state.ts';
import type { Json } from './validate.ts';

/** Who acts, and where: a guild channel (the first one by default), a thread, a DM, a group DM, or a server the bot is not in. */
export interface Origin {
  user?: FakeUser;
  dm?: boolean;
  /** A group DM (interaction context 2), where only an app the person installed can be used. */
  groupDm?: boolean;
  /** In a server Shiori is not in, with Shiori installed to the person's own account (interaction context 0, user install). */
  userInstall?: boolean;
  channelId?: string;
  locale?: string;
  /** The member's permissions in the channel, as a bit field (the defaults for @everyone otherwise). */
  permissions?: bigint;
  /** Send what Discord's client would refuse to send (an option over its max_length). */
  raw?: boolean;
}

/** An option value: text, a whole number, yes/no, or a person (a user option). */
export type OptionValue = string | number | boolean | FakeUser;

/** What a command may carry besides its options: a subcommand, attached files. */
export interface CommandExtras {
  /** The subcommand run (`add` of `/docs add`); the options are its options. */
  subcommand?: string;
  /** Files attached to attachment options, by option name. */
  files?: Record<string, Upload>;
}

export function slash(state: FakeState, name: string, options: Record<string, OptionValue>, from: Origin, extras: CommandExtras = {}): FakeInteraction {
  const { options: typed, resolved } = typedOptions(state, name, options, from, extras.subcommand);
  // An attached file is uploaded to Discord's CDN first; the interaction names it and carries its object in `resolved`.
  const attachments: Record<string, Json> = {};
  for (const [option, file] of Object.entries(extras.files ?? {})) {
    const id = snowflake();
    state.uploads.set(id, file);
    const url = `${state.apiBaseUrl}/attachments/${id}/${encodeURIComponent(file.filename)}`;
    attachments[id] = { id, filename: file.filename, size: file.data.length, content_type: file.contentType, url, proxy_url: url, ephemeral: true };
    typed.push({ name: option, type: 11, value: id });
  }
  const allResolved = { ...resolved, ...(Object.keys(attachments).length > 0 && { attachments }) };
  const data = { id: commandId(state, name), name, type: 1, options: withSubcommand(typed, extras.subcommand), ...(Object.keys(allResolved).length > 0 && { resolved: allResolved }) };
  return interact(state, 2, data, from);
}

export function autocomplete(state: FakeState, name: string, options: Record<string, string>, focused: string, from: Origin, extras: Pick<CommandExtras, 'subcommand'> = {}): FakeInteraction {
  const { options: typed } = typedOptions(state, name, options, { ...from, raw: true }, extras.subcommand);
  const given = typed.map((option: Json) => (option.name === focused ? { ...option, focused: true } : option));
  const data = { id: commandId(state, name), name, type: 1, options: withSubcommand(given, extras.subcommand) };
  return interact(state, 4, data, from);
}

/** Options as Discord nests them under the subcommand that was run (type 1). */
function withSubcommand(options: Json[], subcommand: string | undefined): Json[] {
  return subcommand === undefined ? options : [{ name: subcommand, type: 1, options }];
}

/** A person uses a message-menu command (Apps → `name`) on a message. */
export function messageMenu(state: FakeState, name: string, target: FakeMessage, from: Origin): FakeInteraction {
  const { request: _request, ephemeral: _ephemeral, ...apiMessage } = target;
  const data = { id: commandId(state, name), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: apiMessage } } };
  return interact(state, 2, data, { ...from, dm: from.dm ?? !target.guild_id, channelId: from.channelId ?? target.channel_id });
}

/** The component with `customId` on a message, nested ones (Components V2) included. */
function componentOn(message: FakeMessage, customId: string): Json {
  return allComponents(message.components).find((component: Json) => component.custom_id === customId);
}

/** Where a message is, as an origin for pressing something on it. */
function originOf(state: FakeState, message: FakeMessage, from: Origin): Origin {
  if (message.channel_id === state.groupDmId) return { ...from, groupDm: true, channelId: message.channel_id };
  if (message.guild_id === state.foreignGuild.id) return { ...from, userInstall: true, channelId: message.channel_id };
  return { ...from, dm: !message.guild_id, channelId: message.channel_id };
}

export function click(state: FakeState, message: FakeMessage, customId: string, from: Origin): FakeInteraction {
  const button = componentOn(message, customId);
  if (!button || button.type !== 2) throw new Error(`no button ${customId} on message ${message.id}`);
  if (button.disabled) throw new Error(`button ${customId} is disabled`);
  const { request: _request, ephemeral: _ephemeral, ...apiMessage } = message;
  return interact(state, 3, { custom_id: customId, component_type: 2 }, originOf(state, message, from), apiMessage);
}

/** A person picks `values` in a string select menu on a message. */
export function select(state: FakeState, message: FakeMessage, customId: string, values: string[], from: Origin): FakeInteraction {
  const menu = componentOn(message, customId);
  if (!menu || menu.type !== 3) throw new Error(`no select menu ${customId} on message ${message.id}`);
  for (const value of values) if (!menu.options.some((option: Json) => option.value === value)) throw new Error(`select menu ${customId} has no option ${value}`);
  const { request: _request, ephemeral: _ephemeral, ...apiMessage } = message;
  return interact(state, 3, { custom_id: customId, component_type: 3, values }, originOf(state, message, from), apiMessage);
}

/**
 * A person fills in and sends the modal the bot opened in answer to `opener`: `values` by text
 * input custom id. Discord's client refuses a required field left empty or a value over max_length.
 */
export function submitModal(state: FakeState, opener: FakeInteraction, values: Record<string, string>, from: Origin): FakeInteraction {
  const modal = opener.modal;
  if (!modal) throw new Error(`interaction ${opener.id} opened no modal`);
  const inputs: Json[] = modal.components.flatMap((component: Json) => (component.type === 18 ? [component.component] : (component.components ?? []))).filter((component: Json) => component.type === 4);
  for (const name of Object.keys(values)) if (!inputs.some((input) => input.custom_id === name)) throw new Error(`the modal has no text input ${name}`);
  const components = modal.components
    .filter((component: Json) => component.type === 18 || component.type === 1)
    .map((component: Json) => {
      const input = component.type === 18 ? component.component : component.components[0];
      const value = values[input.custom_id] ?? '';
      if (!from.raw && input.required !== false && value === '') throw new Error(`Discord's client will not send the modal without ${input.custom_id}`);
      if (!from.raw && input.max_length !== undefined && [...value].length > input.max_length) throw new Error(`Discord's client stops ${input.custom_id} at ${input.max_length} characters`);
      const submitted = { type: 4, id: input.id ?? 0, custom_id: input.custom_id, value };
      return component.type === 18 ? { type: 18, id: component.id ?? 0, component: submitted } : { type: 1, id: component.id ?? 0, components: [submitted] };
    });
  const message = opener.payload.message;
  const where: Origin = { ...from, user: from.user ?? state.users.get(opener.payload.member?.user?.id ?? opener.payload.user?.id) };
  const origin = message ? originOf(state, message, where) : { ...where, channelId: opener.payload.channel_id, dm: !opener.payload.guild_id };
  return interact(state, 5, { custom_id: modal.custom_id, components }, origin, message);
}

/**
 * A person posts in a forum channel: a new thread (the post, titled) whose first message has the
 * thread's id, announced with THREAD_CREATE and then MESSAGE_CREATE, as Discord does.
 */
export function postForumPost(state: FakeState, forumId: string, title: string, content: string, from: { user?: FakeUser }): FakeMessage {
  const guild = state.guildOfChannel(forumId);
  const forum = guild?.channels.find((channel) => channel.id === forumId);
  if (!guild || forum?.type !== 15) throw new Error(`${forumId} is not a forum channel`);
  const author = from.user ?? state.user('alice');
  const thread = { id: snowflake(), name: title, parentId: forumId, ownerId: author.id, messageCount: 0 };
  guild.threads.push(thread);
  dispatchToGuild(state, guild.id, 'THREAD_CREATE', { ...threadObject(thread, guild.id), newly_created: true });
  return postMessage(state, content, { user: author, channelId: thread.id, id: thread.id });
}

export function postMessage(state: FakeState, content: string, from: { user?: FakeUser; dm?: boolean; channelId?: string; replyTo?: FakeMessage; id?: string }): FakeMessage {
  const author = from.user ?? state.user('alice');
  const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => state.users.get(match[1]!)).filter((user): user is FakeUser => !!user);
  const mentionRoles = [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1]!);
  const channelId = from.dm ? state.dmChannelFor(author) : (from.channelId ?? state.guild.channels[0]!.id);
  const guildId = from.dm ? undefined : state.guildOfChannel(channelId)?.id;
  const thread = state.thread(channelId);
  if (!from.dm && !thread && state.guildOfChannel(channelId)?.channels.find((channel) => channel.id === channelId)?.type === 15) {
    throw new Error('people post in a forum with postForumPost');
  }
  if (thread) thread.messageCount += 1;
  const message: FakeMessage = {
    ...messageObject({
      ...(from.id ? { id: from.id } : {}),
      channel_id: channelId,
      author: userObject(author),
      content,
      // A mentioned member comes with their roles (the bot with its managed role), as Discord sends them.
      mentions: mentions.map((user) => ({ ...userObject(user), member: guildId ? memberObject(user, user.id === state.bot.id ? [state.guildOfChannel(channelId)!.botRoleId] : []) : undefined })),
      mention_roles: mentionRoles,
      mention_everyone: /@(everyone|here)/.test(content),
      ...(from.replyTo ? { type: 19, message_reference: { message_id: from.replyTo.id, channel_id: channelId, guild_id: guildId } } : {}),
    }),
    ...(guildId ? { guild_id: guildId, member: memberObject(author) } : {}),
    request: {},
    ephemeral: false,
  };
  state.messages.set(message.id, message);
  const { request: _request, ephemeral: _ephemeral, ...payload } = message;
  for (const session of sessionsFor(state, guildId)) {
    const needed = guildId ? INTENT.guildMessages : INTENT.directMessages;
    if ((session.intents & needed) === 0) continue;
    // Without the Message Content intent, Discord blanks messages that neither mention the bot nor are DMs.
    const readable = !guildId || (session.intents & INTENT.messageContent) !== 0 || mentions.some((user) => user.id === state.bot.id);
    dispatch(session, 'MESSAGE_CREATE', { ...payload, ...(readable ? {} : { content: '', embeds: [], attachments: [] }), channel_type: thread ? 11 : guildId ? 0 : 1 });
  }
  state.changed();
  return message;
}

/**
 * Options as Discord sends them, typed as the registered command declares them (string 3, integer
 * 4, boolean 5, user 6, with the user in `resolved`); numbers are integers and text is a string
 * when the command is not registered. Discord's client refuses a string over its max_length.
 */
function typedOptions(state: FakeState, commandName: string, options: Record<string, OptionValue>, from: Origin, subcommand?: string): { options: Json[]; resolved?: Json } {
  const top: Json[] = registeredCommand(state, commandName)?.options ?? [];
  // A subcommand's options are declared under it.
  const declared: Json[] = subcommand === undefined ? top : (top.find((option) => option.name === subcommand && option.type === 1)?.options ?? []);
  const users: Record<string, Json> = {};
  const typed = Object.entries(options).map(([name, value]) => {
    const option = declared.find((candidate) => candidate.name === name);
    if (typeof value === 'object') {
      users[value.id] = userObject(value);
      return { name, type: 6, value: value.id };
    }
    const type = option?.type ?? (typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3);
    if (!from.raw && type === 3 && option?.max_length !== undefined && [...String(value)].length > option.max_length) {
      throw new Error(`Discord's client stops /${commandName} ${name} at ${option.max_length} characters`);
    }
    return { name, type, value };
  });
  return Object.keys(users).length > 0 ? { options: typed, resolved: { users } } : { options: typed };
}

/** The channel object an interaction carries for a guild channel or thread. */
function guildChannelObject(guild: FakeGuild, channelId: string): Json {
  const thread = guild.threads.find((candidate) => candidate.id === channelId);
  if (thread) return threadObject(thread, guild.id);
  return channelObject(guild.channels.find((candidate) => candidate.id === channelId)!, guild.id, 0, guild.botRoleId);
}

function interact(state: FakeState, type: number, data: Json, from: Origin, message?: Json): FakeInteraction {
  const user = from.user ?? state.user('alice');
  const id = snowflake();
  const token = interactionToken();
  const locale = from.locale ?? 'ja';
  const inGuild = (guild: FakeGuild, channelId: string, installedBy: Json) => ({
    guild_id: guild.id,
    guild: { id: guild.id, locale: 'ja', features: [] },
    guild_locale: 'ja',
    channel_id: channelId,
    channel: guildChannelObject(guild, channelId),
    member: { ...memberObject(user), permissions: String(from.permissions ?? BigInt(MEMBER_PERMISSIONS)) },
    context: 0,
    authorizing_integration_owners: installedBy,
  });
  let where: Json;
  let appPermissions: bigint;
  if (from.groupDm) {
    // Only an app the person installed works here; the bot sees none of the group's messages.
    where = { channel_id: state.groupDmId, channel: { id: state.groupDmId, type: 3, recipients: [userObject(user)], name: null, flags: 0 }, user: userObject(user), context: 2, authorizing_integration_owners: { '1': user.id } };
    appPermissions = USER_APP_PERMISSIONS;
  } else if (from.dm) {
    const channelId = from.channelId ?? state.dmChannelFor(user);
    where = { channel_id: channelId, channel: dmChannelObject(channelId, user), user: userObject(user), context: 1, authorizing_integration_owners: { '0': '0' } };
    appPermissions = USER_APP_PERMISSIONS;
  } else if (from.userInstall) {
    const guild = state.foreignGuild;
    where = inGuild(guild, from.channelId ?? guild.channels[0]!.id, { '1': user.id });
    appPermissions = USER_APP_PERMISSIONS;
  } else {
    const channelId = from.channelId ?? state.guild.channels[0]!.id;
    const guild = state.guildOfChannel(channelId) ?? state.guild;
    where = inGuild(guild, channelId, { '0': guild.id });
    appPermissions = state.botPermissionsIn(channelId);
  }
  const payload = {
    id,
    application_id: state.applicationId,
    type,
    token,
    version: 1,
    data,
    locale,
    app_permissions: String(appPermissions),
    entitlements: [],
    attachment_size_limit: 26214400,
    ...where,
    ...(message ? { message } : {}),
  };
  const interaction = new FakeInteraction(state, id, token, type, payload, Date.now());
  state.interactions.set(id, interaction);
  // By guild as every guild event (also a server the bot is not in); group DMs go where DMs go (shard 0).
  const sessions = sessionsFor(state, where.guild_id);
  if (sessions.length === 0) throw new Error('no gateway session to send the interaction to');
  for (const session of sessions) dispatch(session, 'INTERACTION_CREATE', payload);
  return interaction;
}

/** What an app may do where it is used only through interactions (a user install, a DM): send, embed, attach. */
const USER_APP_PERMISSIONS = (1n << 11n) | (1n << 14n) | (1n << 15n);
