/** Discord API objects as the gateway and REST send them, with the fields discord.js reads. */
import { snowflake } from './ids.ts';
import type { Json } from './validate.ts';

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  /** The bot's managed role, as Discord creates it when the bot joins. */
  botRoleId: string;
}

/** Permissions a bot invited with View Channels, Send Messages, Embed Links, Read Message History has. */
export const BOT_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n));
/** A member's permissions in interactions: the defaults for @everyone. */
export const MEMBER_PERMISSIONS = '2248473465835073';

export function userObject(user: FakeUser): Json {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: user.bot ?? false, public_flags: 0 };
}

export function memberObject(user: FakeUser, roles: string[] = []): Json {
  return { user: userObject(user), roles, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null };
}

export function channelObject(channel: FakeChannel, guildId: string, position: number): Json {
  return { id: channel.id, type: 0, guild_id: guildId, name: channel.name, position, permission_overwrites: [], parent_id: null, topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, flags: 0 };
}

export function dmChannelObject(channelId: string, recipient: FakeUser): Json {
  return { id: channelId, type: 1, last_message_id: null, recipients: [userObject(recipient)], flags: 0 };
}

export function guildCreateObject(guild: FakeGuild, bot: FakeUser, owner: FakeUser): Json {
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
      { id: guild.botRoleId, name: bot.username, color: 0, hoist: false, position: 1, permissions: BOT_PERMISSIONS, managed: true, mentionable: false, flags: 0, tags: { bot_id: bot.id } },
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
      const { guild_id: _guildId, ...rest } = channelObject(channel, guild.id, index);
      return rest;
    }),
    threads: [],
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
