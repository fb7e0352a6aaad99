/**
 * The discord.js client as Shiori needs it: REST pointed at DISCORD_API_BASE_URL (the tests'
 * fake Discord, or Discord itself), the fewest intents that still deliver questions, and no pings
 * by default even for a send that forgot to say so.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
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

export function createClient(config: Pick<Config, 'askChannelIds' | 'apiBaseUrl'>): Client {
  return new Client({
    intents: intentsFor(config),
    // DM channels are not in the cache until used; without this partial a first DM is dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiBaseUrl, version: '10' },
    allowedMentions: NO_PINGS,
  });
}
