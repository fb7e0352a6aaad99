/** Discord API objects as the gateway and REST send them, with the fields discord.js reads. */
import { snowflake } from './ids.ts';
import type { Json } from './validate.ts';

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

/** A text channel (type 0) or a forum channel (type 15) of a guild. */
export interface FakeChannel {
  id: string;
  name: string;
  type?: 0 | 15;
  /** Permissions a channel overwrite denies the bot's role here. */
  denyBot?: bigint;
}

/** A public thread (type 11): started from a message, or a forum post (then its starter message has the thread's id). */
export interface FakeThread {
  id: string;
  name: string;
  parentId: string;
  ownerId: string;
  /** Messages sent in it, as Discord counts them. */
  messageCount: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  /** Active threads, in any of its channels. */
  threads: FakeThread[];
  /** The bot's managed role, as Discord creates it when the bot joins. */
  botRoleId: string;
}

/** Discord's permission bits the fake checks or grants. */
export const PERMISSION = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  createPublicThreads: 1n << 35n,
  sendMessagesInThreads: 1n << 38n,
} as const;

/** What the README's invite URL grants: view, send, embed links, attach files, read history, create public threads, send in threads. */
export const BOT_PERMISSIONS = Object.values(PERMISSION).reduce((all, bit) => all | bit, 0n);
/** A member's permissions in interactions: the defaults for @everyone. */
export const MEMBER_PERMISSIONS = '2248473465835073';

export function userObject(user: FakeUser): Json {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: user.bot ?? false, public_flags: 0 };
}

export function memberObject(user: FakeUser, roles: string[] = []): Json {
  return { user: userObject(user), roles, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null };
}

export function channelObject(channel: FakeChannel, guildId: string, position: number, botRoleId?: string): Json {
  const overwrites = channel.denyBot && botRoleId ? [{ id: botRoleId, type: 0, allow: '0', deny: String(channel.denyBot) }] : [];
  const forum = channel.type === 15 ? { available_tags: [], default_reaction_emoji: null, default_sort_order: null, default_forum_layout: 0, default_thread_rate_limit_per_user: 0 } : {};
  return { id: channel.id, type: channel.type ?? 0, guild_id: guildId, name: channel.name, position, permission_overwrites: overwrites, parent_id: null, topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, flags: 0, ...forum };
}

export function threadObject(thread: FakeThread, guildId: string): Json {
  return {
    id: thread.id,
    type: 11,
    guild_id: guildId,
    parent_id: thread.parentId,
    owner_id: thread.ownerId,
    name: thread.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    message_count: thread.messageCount,
    member_count: 1,
    total_message_sent: thread.messageCount,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
  };
}

export function dmChannelObject(channelId: string, recipient: FakeUser): Json {
  return { id: channelId, type: 1, last_message_id: null, recipients: [userObject(recipient)], flags: 0 };
}

export function guildCreateObject(guild: FakeGuild, bot: FakeUser, owner: FakeUser, botPermissions: bigint = BOT_PERMISSIONS): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: owner.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: guild.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: MEMBER_PERMISSIONS, managed: false, mentionable: false, flags: 0 },
      { id: guild.botRoleId, name: bot.username, color: 0, hoist: false, position: 1, permissions: String(botPermissions), managed: true, mentionable: false, flags: 0, tags: { bot_id: bot.id } },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'ja',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [memberObject(bot, [guild.botRoleId])],
    channels: guild.channels.map((channel, index) => {
      const { guild_id: _guildId, ...rest } = channelObject(channel, guild.id, index, guild.botRoleId);
      return rest;
    }),
    threads: guild.threads.map((thread) => threadObject(thread, guild.id)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message object, with every array field Discord always sends. */
export function messageObject(fields: Json): Json {
  return {
    id: snowflake(),
    type: 0,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...fields,
  };
}
