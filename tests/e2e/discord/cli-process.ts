/**
 * Runs one of the command-line programs (`npm start`, `npm run start:sharded`,
 * `npm run deploy-commands`) as a child process the way npm does, and collects its JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Json } from './fake-discord.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Every variable the programs read, so a developer's own .env cannot leak into a test. */
export interface ProgramEnvironment {
  DISCORD_TOKEN: string;
  DISCORD_APPLICATION_ID?: string;
  DISCORD_GUILD_ID?: string;
  ASK_CHANNEL_IDS?: string;
  DISCORD_API_BASE_URL?: string;
  LOG_LEVEL?: string;
  DATA_DIR?: string;
  TOTAL_SHARDS?: string;
}

export class RunningProgram {
  readonly lines: Json[] = [];
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: (() => void)[] = [];

  constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk;
      const lines = this.stdout.split('\n');
      this.stdout = lines.pop()!;
      for (const line of lines) {
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          this.lines.push({ text: line });
        }
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolve with the log lines matching `predicate` once there are `count` of them. */
  async waitForLines(predicate: (line: Json) => boolean, count = 1, timeoutMs = 30_000): Promise<Json[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.lines.filter(predicate);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`no ${count} matching log line(s); exit ${this.child.exitCode}; stderr: ${this.stderr.slice(-2000)}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }
}

/**
 * `node --import tsx src/cli/<script>`: exactly what the npm scripts run; `compiled`: the
 * `shiori` command instead (`bin/shiori.js`, which runs dist/ when it is current).
 */
export function runProgram(script: string, environment: ProgramEnvironment, { compiled = false }: { compiled?: boolean } = {}): RunningProgram {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  for (const name of ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'ASK_CHANNEL_IDS', 'DISCORD_API_BASE_URL', 'LOG_LEVEL', 'DATA_DIR', 'TOTAL_SHARDS'] as const) {
    env[name] = environment[name] ?? '';
  }
  env.DISCORD_TOKEN = environment.DISCORD_TOKEN;
  const args = compiled ? ['bin/shiori.js', script.replace(/\.ts$/, '')] : ['--import', 'tsx', `src/cli/${script}`];
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new RunningProgram(child);
}
