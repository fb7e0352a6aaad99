/**
 * `npm run start:sharded`: one process per shard with discord.js's ShardingManager, for when
 * one gateway connection is no longer enough (Discord requires shards from 2,500 servers).
 * Each shard process runs the start command beside this file (compiled or not) and loads its own
 * copy of the dictionary and index.
 * The count is TOTAL_SHARDS, or Discord's recommendation (asked from DISCORD_API_BASE_URL) when `auto`.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { loadConfigOrExit, type Config } from '../config.ts';
import { createLogger } from '../log.ts';

/** Discord allows one IDENTIFY per 5 s per concurrency bucket; discord.js waits 5.5 s between shards. */
const SPAWN_DELAY_MS = 5500;
/** A shard must be ready within this (it loads kuromoji and the index before connecting). */
const SHARD_READY_TIMEOUT_MS = 60_000;

const config = loadConfigOrExit('bot');
const log = createLogger({ level: config.logLevel, secrets: [config.token], base: { process: 'shard-manager' } });

/**
 * ShardingManager's own `auto` always asks discord.com; ask the configured API instead, so the
 * same setting works against a local fake. max_concurrency says how many may identify at once.
 */
async function gatewayPlan(config: Config): Promise<{ shards: number; spawnDelayMs: number }> {
  const rest = new REST({ api: config.apiBaseUrl, version: '10' }).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const shards = config.totalShards === 'auto' ? gateway.shards : config.totalShards;
  const spawnDelayMs = gateway.session_start_limit.max_concurrency >= shards ? 0 : SPAWN_DELAY_MS;
  return { shards, spawnDelayMs };
}

const plan = await gatewayPlan(config).catch((error: unknown) => {
  log.error('could not ask Discord for the gateway', { error });
  process.exit(1);
});

// Run from the compiled build (dist/cli/start-sharded.js), each shard runs dist/cli/start.js; run
// from the sources through tsx, each shard is a plain `node` child process that loads tsx too.
const compiled = import.meta.url.endsWith('.js');
const manager = new ShardingManager(fileURLToPath(new URL(compiled ? './start.js' : './start.ts', import.meta.url)), {
  totalShards: plan.shards,
  token: config.token,
  execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
  respawn: true,
});

let shuttingDown = false;
manager.on('shardCreate', (shard) => {
  log.info('shard started', { shard: shard.id, of: plan.shards });
  shard.on('death', (child) => {
    const exitCode = 'exitCode' in child ? child.exitCode : undefined;
    if (!shuttingDown) log.warn('shard exited; restarting it', { shard: shard.id, exitCode });
  });
});

async function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  manager.respawn = false;
  log.info('shutting down shards', { signal });
  // Shard#kill sends SIGTERM: each shard closes its gateway connection and flushes feedback.
  await Promise.all(
    manager.shards.map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          shard.kill();
        }),
    ),
  );
  log.info('stopped');
  process.exit(0);
}
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));

try {
  await manager.spawn({ amount: plan.shards, delay: plan.spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS });
  log.info('all shards ready', { shards: plan.shards });
} catch (error) {
  if (!shuttingDown) {
    log.error('could not start the shards', { error });
    await shutdown('SIGTERM');
  }
}
