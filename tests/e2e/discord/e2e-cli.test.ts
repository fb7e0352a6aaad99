/**
 * The programs as an operator runs them: `npm run deploy-commands`, `npm start` (answer, then
 * shut down cleanly on SIGTERM), `npm run start:sharded` with two shards, and a configuration
 * mistake. Each runs as its own process against the fake Discord.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from './cli-process.ts';
import { FakeDiscord } from './fake-discord.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shiori-cli-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run deploy-commands', () => {
  it('registers the commands in the guild, or globally without DISCORD_GUILD_ID', async () => {
    const fake = await FakeDiscord.start();
    try {
      const base = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE_URL: fake.apiBaseUrl };
      const inGuild = runProgram('deploy-commands.ts', { ...base, DISCORD_GUILD_ID: fake.guild.id });
      expect((await inGuild.exited).code).toBe(0);
      const registered = fake.commands.guild.get(fake.guild.id)!;
      expect(registered.map((command) => command.name)).toEqual(expect.arrayContaining(['ask', 'search', 'source', 'help']));
      expect(registered.find((command) => command.name === 'ask').name_localizations).toEqual({ ja: '質問' });
      expect(inGuild.lines.find((line) => line.msg === 'commands registered')).toMatchObject({ scope: 'guild', guild: fake.guild.id });

      const global = runProgram('deploy-commands.ts', base);
      expect((await global.exited).code).toBe(0);
      expect(fake.commands.global.map((command) => command.name)).toEqual(registered.map((command) => command.name));
      expect(fake.rejections).toEqual([]);
      expect(inGuild.stdout + global.stdout + JSON.stringify([...inGuild.lines, ...global.lines])).not.toContain(fake.token);
    } finally {
      await fake.close();
    }
  }, 30_000);

  it('says which variable to set when the application id is missing', async () => {
    const program = runProgram('deploy-commands.ts', { DISCORD_TOKEN: 'a-token-of-sorts' });
    expect((await program.exited).code).toBe(78);
    expect(program.stderr).toContain('DISCORD_APPLICATION_ID が設定されていません（コマンドの登録に必要です）。');
    expect(program.stderr).toContain('\n    DISCORD_APPLICATION_ID is not set (registering commands needs it).');
  });
});

describe('npm start', () => {
  it('refuses to start without a token, naming DISCORD_TOKEN, with a non-zero exit', async () => {
    const program = runProgram('start.ts', { DISCORD_TOKEN: '' });
    expect((await program.exited).code).toBe(78);
    const lines = program.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Shiori を起動できません。.env または環境変数の次の設定を直して、もう一度実行してください。',
      'Shiori cannot start: fix this setting in .env or the environment, then run it again.',
    ]);
    expect(lines[2]).toMatch(/^ {2}• DISCORD_TOKEN が設定されていません。Discord Developer Portal/);
    expect(lines[3]).toMatch(/^ {4}DISCORD_TOKEN is not set\. Set it to the bot token:/);
  });

  it('answers /ask, then disconnects and exits 0 on SIGTERM', async () => {
    const fake = await FakeDiscord.start();
    try {
      const program = runProgram('start.ts', { DISCORD_TOKEN: fake.token, DISCORD_API_BASE_URL: fake.apiBaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info' });
      const [ready] = await program.waitForLines((line) => line.msg === 'ready', 1, 60_000);
      expect(ready).toMatchObject({ level: 'info', guilds: 1, documents: 2 });
      expect(fake.identifies[0].intents & (1 << 15)).toBe(0);

      const reply = await fake.slash('ask', { question: 'アントの延滞率は？' }).reply();
      expect(reply.embeds[0].description).toContain('**延滞率**');

      program.child.kill('SIGTERM');
      const exit = await program.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(program.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
      await fake.waitFor(() => (fake.sessions.size === 0 ? true : undefined), 5000, 'the gateway connection to close');
      expect(program.stdout + JSON.stringify(program.lines)).not.toContain(fake.token);
      expect(fake.rejections).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 90_000);
});

describe('npm run start:sharded', () => {
  it('runs one process per shard; each answers its own guild; SIGTERM stops them all', async () => {
    // max_concurrency 2: Discord lets both shards identify at once, so no 5.5 s wait between them.
    const fake = await FakeDiscord.start({ shardCount: 2, maxConcurrency: 2 });
    try {
      const program = runProgram('start-sharded.ts', {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        DATA_DIR: dataDir,
        TOTAL_SHARDS: '2',
      });
      const ready = await program.waitForLines((line) => line.msg === 'ready', 2, 90_000);
      expect(ready.map((line) => line.shards).sort()).toEqual([[0], [1]]);
      expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([[0, 2], [1, 2]]);
      // Memory per shard process after ready (each loads kuromoji and the index): for the README.
      console.info(`RSS per shard after ready: ${ready.map((line) => `shard ${line.shards[0]}: ${line.rssMiB} MiB`).join(', ')}`);

      for (const guild of fake.guilds) {
        const reply = await fake.slash('ask', { question: 'テンセントの戦略は？' }, { channelId: guild.channels[0]!.id }).reply();
        expect(reply.guild_id).toBe(guild.id);
        expect(reply.embeds[0].title).toBe('Q. テンセントの戦略は？');
      }

      program.child.kill('SIGTERM');
      expect((await program.exited).code).toBe(0);
      await fake.waitFor(() => (fake.sessions.size === 0 ? true : undefined), 5000, 'both gateway connections to close');
      expect(program.lines.filter((line) => line.msg === 'stopped').length).toBeGreaterThanOrEqual(2);
      expect(fake.rejections).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 120_000);
});
