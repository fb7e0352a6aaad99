/**
 * The discord.js client as Shiori needs it: REST pointed at DISCORD_API_BASE_URL (the tests'
 * fake Discord, or Discord itself), the fewest intents that still deliver questions, and no pings
 * by default even for a send that forgot to say so.
 */
import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Config } from '../config.ts';
import { NO_PINGS } from './respond.ts';

/**
 * Guilds: the channel cache that guild messages need. GuildMessages / DirectMessages: mentions
 * and DMs (their content arrives without the privileged intent). MessageContent only when
 * ASK_CHANNEL_IDS is set, because only then must Shiori read messages that do not mention it.
 */
export function intentsFor(config: Pick<Config, 'askChannelIds'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** Messages discord.js keeps per channel (see createClient). */
const MESSAGES_CACHED_PER_CHANNEL = 10;

export function createClient(config: Pick<Config, 'askChannelIds' | 'apiBaseUrl'>): Client {
  return new Client({
    intents: intentsFor(config),
    // DM channels are not in the cache until used; without this partial a first DM is dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiBaseUrl, version: '10' },
    allowedMentions: NO_PINGS,
    // Shiori answers from each event's own payload and never reads a channel's past messages:
    // keep few of them (discord.js keeps 200 per channel by default, and every thread Shiori
    // opens is a channel), and let go of the ones older than a quarter of an hour.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: MESSAGES_CACHED_PER_CHANNEL }),
    sweepers: { ...Options.DefaultSweeperSettings, messages: { interval: 300, lifetime: 900 } },
  });
}
