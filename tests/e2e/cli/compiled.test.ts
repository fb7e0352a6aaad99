import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const launcher = path.join(root, 'bin', 'shiori.js');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, args, { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SHIORI_SHOW_ENTRY: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const QUESTIONS = ['アントの延滞率は？', 'テンセント 組織再編 いつ', 'How much will Alibaba invest in AI by 2028?', 'この記事いつの？', '火星の人口は？'];

// What `npm start`, `npm run ask` and the `shiori` command run: the compiled build in dist/.
describe('the compiled build (shiori <command>)', () => {
  beforeAll(() => {
    const built = run([launcher, 'build']);
    expect(built.code, built.stderr).toBe(0);
  }, 180_000);

  it('compiles every command the package runs', () => {
    for (const command of ['ask', 'start', 'start-sharded', 'build-index', 'deploy-commands', 'metric', 'quiz', 'report', 'backup']) {
      expect(existsSync(path.join(root, 'dist', 'cli', `${command}.js`)), command).toBe(true);
    }
  });

  it('answers exactly as the sources do', () => {
    const input = QUESTIONS.join('\n') + '\n';
    const compiled = run([launcher, 'ask', '--json'], input);
    const sources = run(['--import', 'tsx', path.join(root, 'src', 'cli', 'ask.ts'), '--json'], input);
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(compiled.stderr).toContain(`shiori: ${path.join('dist', 'cli', 'ask.js')}`);
    expect(sources.code, sources.stderr).toBe(0);
    const lines = compiled.stdout.trim().split('\n');
    expect(lines).toHaveLength(QUESTIONS.length);
    expect(JSON.parse(lines[0]!).results[0].quote).toContain('延滞率');
    expect(compiled.stdout).toBe(sources.stdout);
  });

  it('says which commands exist when given one that does not', () => {
    const { code, stderr } = run([launcher, 'akс']);
    expect(code).toBe(2);
    expect(stderr).toContain('不明なコマンドです');
    expect(stderr).toContain('ask, start');
  });
});
