/** Snowflakes as Discord makes them: milliseconds since 2015 shifted left 22 bits, plus a counter. */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | counter).toString();
}

/** The shard a guild's events go to: (guild_id >> 22) % shard_count. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that lands on `shard` of `shardCount`. */
export function guildIdForShard(shard: number, shardCount: number): string {
  let at = Date.now() - 1000;
  while (Number(BigInt(at) - DISCORD_EPOCH) % shardCount !== shard) at++;
  return snowflake(at);
}

export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}
