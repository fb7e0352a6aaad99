import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function ask(args: string[], input?: string) {
  const result = spawnSync(tsx, [path.join(root, 'src', 'cli', 'ask.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints a quoted, cited answer with the matched words marked', () => {
    const { code, stdout } = ask(['アントの延滞率は？']);
    expect(code).toBe(0);
    expect(stdout).toContain('**延滞率**');
    expect(stdout).toContain('『アリババ・テンセント・アントグループの戦略転換』');
    expect(stdout).toContain('スライド 20');
    expect(stdout).toContain('ほかの候補');
  });

  it('--json prints one object with plain-text results, best first', () => {
    const { code, stdout } = ask(['--json', 'How much will Alibaba invest in AI by 2028?']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['question', 'confident', 'results', 'figures']);
    expect(parsed.confident).toBe(true);
    expect(Array.isArray(parsed.figures)).toBe(true);
    expect(parsed.results).toHaveLength(3);
    expect(Object.keys(parsed.results[0])).toEqual(['id', 'doc', 'title', 'location', 'quote', 'text', 'score']);
    expect(parsed.results[0].quote).toContain('3800億元');
    expect(parsed.results[0].text).toContain(parsed.results[0].quote);
    expect(parsed.results[0].score).toBeGreaterThanOrEqual(parsed.results[1].score);
  }, 20_000);

  it('--document limits the answer to one document; an unknown id is refused with the ids there are', () => {
    const anywhere = JSON.parse(ask(['--json', 'テンセントの戦略は？']).stdout);
    expect(anywhere.results[0].doc).toBe('nri-platformers-2021');
    const within = ask(['--json', '--document', 'allforces-alibaba-ai-2025', 'テンセントの戦略は？']);
    expect(within.code).toBe(0);
    const parsed = JSON.parse(within.stdout);
    expect(parsed.results.length).toBeGreaterThan(0);
    expect(parsed.results.map((result: { doc: string }) => result.doc)).toEqual(parsed.results.map(() => 'allforces-alibaba-ai-2025'));
    const unknown = ask(['--document', 'no-such-id', 'テンセントの戦略は？']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('「no-such-id」という ID の資料はありません。資料の ID：allforces-alibaba-ai-2025、nri-platformers-2021');
  }, 30_000);

  it('--json without a question reads one question per line and answers each in order', () => {
    const { code, stdout } = ask(['--json'], 'IBMの順位は？\n\nテンセントの組織再編\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['IBMの順位は？', '', 'テンセントの組織再編']);
    expect(lines[1].error.code).toBe('blank');
    expect(lines[2].results[0].doc).toBe('nri-platformers-2021');
  }, 20_000);

  it('a blank or over-long question is a clear message and exit code 2, never a stack trace', () => {
    const blank = ask(['  ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('質問が空です');
    const long = ask(['why '.repeat(130)]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('The question is too long');
    expect(long.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 20_000);

  it('an unknown option is a usage message and exit code 2', () => {
    const { code, stderr } = ask(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('使い方');
  });
});
