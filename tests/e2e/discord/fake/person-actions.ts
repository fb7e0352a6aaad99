/**
 * What a person does in Discord, as the gateway delivers it to the bot: running a slash command,
 * typing into an autocompleted option, pressing a button, posting a message.
 */
import type { Upload } from './attachments.ts';
import { commandId } from './commands.ts';
import { dispatch, INTENT, sessionsFor } from './gateway.ts';
import { interactionToken, snowflake } from './ids.ts';
import { FakeInteraction } from './interaction.ts';
import type { FakeMessage } from './message-store.ts';
import { BOT_PERMISSIONS, MEMBER_PERMISSIONS, channelObject, dmChannelObject, memberObject, messageObject, userObject, type FakeUser } from './objects.ts';
import type { FakeState } from './state.ts';
import type { Json } from './validate.ts';

/** Who acts, and where: a guild channel (the first one by default) or a DM. */
export interface Origin {
  user?: FakeUser;
  dm?: boolean;
  channelId?: string;
  locale?: string;
  /** The member's permissions in the channel, as a bit field (the defaults for @everyone otherwise). */
  permissions?: bigint;
}

/** What a command may carry besides string and number options: a subcommand, attached files. */
export interface CommandExtras {
  /** The subcommand run (`add` of `/docs add`); the options are its options. */
  subcommand?: string;
  /** Files attached to attachment options, by option name. */
  files?: Record<string, Upload>;
}

export function slash(state: FakeState, name: string, options: Record<string, string | number>, from: Origin, extras: CommandExtras = {}): FakeInteraction {
  const given = stringOptions(options);
  // An attached file is uploaded to Discord's CDN first; the interaction names it and carries its object in `resolved`.
  const attachments: Record<string, Json> = {};
  for (const [option, file] of Object.entries(extras.files ?? {})) {
    const id = snowflake();
    state.uploads.set(id, file);
    const url = `${state.apiBaseUrl}/attachments/${id}/${encodeURIComponent(file.filename)}`;
    attachments[id] = { id, filename: file.filename, size: file.data.length, content_type: file.contentType, url, proxy_url: url, ephemeral: true };
    given.push({ name: option, type: 11, value: id });
  }
  const data = { id: commandId(state, name), name, type: 1, options: withSubcommand(given, extras.subcommand), ...(Object.keys(attachments).length > 0 && { resolved: { attachments } }) };
  return interact(state, 2, data, from);
}

export function autocomplete(state: FakeState, name: string, options: Record<string, string>, focused: string, from: Origin, extras: Pick<CommandExtras, 'subcommand'> = {}): FakeInteraction {
  const given = stringOptions(options).map((option) => (option.name === focused ? { ...option, focused: true } : option));
  const data = { id: commandId(state, name), name, type: 1, options: withSubcommand(given, extras.subcommand) };
  return interact(state, 4, data, from);
}

/** Options as Discord nests them under the subcommand that was run (type 1). */
function withSubcommand(options: Json[], subcommand: string | undefined): Json[] {
  return subcommand === undefined ? options : [{ name: subcommand, type: 1, options }];
}

export function click(state: FakeState, message: FakeMessage, customId: string, from: Pick<Origin, 'user' | 'locale' | 'permissions'>): FakeInteraction {
  const button = message.components?.flatMap((row: Json) => row.components).find((component: Json) => component.custom_id === customId);
  if (!button) throw new Error(`no button ${customId} on message ${message.id}`);
  if (button.disabled) throw new Error(`button ${customId} is disabled`);
  const { request: _request, ephemeral: _ephemeral, ...apiMessage } = message;
  return interact(state, 3, { custom_id: customId, component_type: 2 }, { ...from, dm: !message.guild_id, channelId: message.channel_id }, apiMessage);
}

/** A person picks `values` in a string select menu on a message. */
export function select(state: FakeState, message: FakeMessage, customId: string, values: string[], from: Pick<Origin, 'user' | 'locale'>): FakeInteraction {
  const menu = message.components?.flatMap((row: Json) => row.components).find((component: Json) => component.custom_id === customId);
  if (!menu || menu.type !== 3) throw new Error(`no select menu ${customId} on message ${message.id}`);
  for (const value of values) if (!menu.options.some((option: Json) => option.value === value)) throw new Error(`select menu ${customId} has no option ${value}`);
  const { request: _request, ephemeral: _ephemeral, ...apiMessage } = message;
  return interact(state, 3, { custom_id: customId, component_type: 3, values }, { ...from, dm: !message.guild_id, channelId: message.channel_id }, apiMessage);
}

export function postMessage(state: FakeState, content: string, from: { user?: FakeUser; dm?: boolean; channelId?: string; replyTo?: FakeMessage }): FakeMessage {
  const author = from.user ?? state.user('alice');
  const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => state.users.get(match[1]!)).filter((user): user is FakeUser => !!user);
  const mentionRoles = [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1]!);
  const channelId = from.dm ? state.dmChannelFor(author) : (from.channelId ?? state.guild.channels[0]!.id);
  const guildId = from.dm ? undefined : state.guildOfChannel(channelId)?.id;
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
  state.messages.set(message.id, message);
  const { request: _request, ephemeral: _ephemeral, ...payload } = message;
  for (const session of sessionsFor(state, guildId)) {
    const needed = guildId ? INTENT.guildMessages : INTENT.directMessages;
    if ((session.intents & needed) === 0) continue;
    // Without the Message Content intent, Discord blanks messages that neither mention the bot nor are DMs.
    const readable = !guildId || (session.intents & INTENT.messageContent) !== 0 || mentions.some((user) => user.id === state.bot.id);
    dispatch(session, 'MESSAGE_CREATE', { ...payload, ...(readable ? {} : { content: '', embeds: [], attachments: [] }), channel_type: guildId ? 0 : 1 });
  }
  state.changed();
  return message;
}

/** Strings as string options (type 3), numbers as integer options (type 4). */
function stringOptions(options: Record<string, string | number>): Json[] {
  return Object.entries(options).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));
}

function interact(state: FakeState, type: number, data: Json, from: Origin, message?: Json): FakeInteraction {
  const user = from.user ?? state.user('alice');
  const id = snowflake();
  const token = interactionToken();
  const locale = from.locale ?? 'ja';
  const where: Json = from.dm
    ? (() => {
        const channelId = from.channelId ?? state.dmChannelFor(user);
        return { channel_id: channelId, channel: dmChannelObject(channelId, user), user: userObject(user), context: 1 };
      })()
    : (() => {
        const channelId = from.channelId ?? state.guild.channels[0]!.id;
        const guild = state.guildOfChannel(channelId) ?? state.guild;
        const channel = guild.channels.find((candidate) => candidate.id === channelId)!;
        return {
          guild_id: guild.id,
          guild: { id: guild.id, locale: 'ja', features: [] },
          guild_locale: 'ja',
          channel_id: channelId,
          channel: channelObject(channel, guild.id, 0),
          member: { ...memberObject(user), permissions: String(from.permissions ?? BigInt(MEMBER_PERMISSIONS)) },
          context: 0,
        };
      })();
  const payload = {
    id,
    application_id: state.applicationId,
    type,
    token,
    version: 1,
    data,
    locale,
    app_permissions: BOT_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: { '0': where.guild_id ?? state.owner.id },
    attachment_size_limit: 26214400,
    ...where,
    ...(message ? { message } : {}),
  };
  const interaction = new FakeInteraction(state, id, token, type, payload, Date.now());
  state.interactions.set(id, interaction);
  const sessions = sessionsFor(state, where.guild_id);
  if (sessions.length === 0) throw new Error('no gateway session to send the interaction to');
  for (const session of sessions) dispatch(session, 'INTERACTION_CREATE', payload);
  return interaction;
}
