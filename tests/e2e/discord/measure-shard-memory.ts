/**
 * Measures what each shard process costs, for the README: runs `npm run start:sharded` with N
 * shards against the fake Discord, waits until every shard is ready, lets them settle, asks each
 * one question, then reads each shard's resident memory from /proc (Linux) and from its log.
 *
 *   npx tsx tests/e2e/discord/measure-shard-memory.ts [shards=2] [compiled]
 *
 * `compiled` runs the `shiori` command (dist/ after `npm run build`) instead of the sources through tsx.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from './cli-process.ts';
import { FakeDiscord } from './fake-discord.ts';

const SETTLE_MS = 5000;
const shards = Number(process.argv[2] ?? 2);

async function residentMiB(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kib ? Math.round(Number(kib) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

const fake = await FakeDiscord.start({ shardCount: shards, maxConcurrency: shards });
const dataDir = await mkdtemp(join(tmpdir(), 'shiori-measure-'));
const program = runProgram('start-sharded.ts', {
  DISCORD_TOKEN: fake.token,
  DISCORD_API_BASE_URL: fake.apiBaseUrl,
  DATA_DIR: dataDir,
  TOTAL_SHARDS: String(shards),
}, { compiled: process.argv[3] === 'compiled' });
try {
  const ready = await program.waitForLines((line) => line.msg === 'ready', shards, 120_000);
  for (const guild of fake.guilds) {
    await fake.slash('ask', { question: 'アントの延滞率は？' }, { channelId: guild.channels[0]!.id }).reply(10_000);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const manager = await residentMiB(program.child.pid!);
  console.log(`shards: ${shards}; node ${process.version}; manager process: ${manager ?? '?'} MiB RSS`);
  for (const line of ready.sort((a, b) => a.shards[0] - b.shards[0])) {
    const now = await residentMiB(line.pid);
    console.log(`shard ${line.shards[0]}: ${line.rssMiB} MiB RSS at ready (heap ${line.heapUsedMiB} MiB); ${now ?? '?'} MiB RSS after a question and ${SETTLE_MS / 1000} s`);
  }
} finally {
  program.child.kill('SIGTERM');
  await program.exited;
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
}
