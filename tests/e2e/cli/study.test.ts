/** `npm run quiz` (JSON and playing in the terminal) and `npm run report`, as processes. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/store.ts';
import { gatherReport, reportMarkdown } from '../../../src/study/report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(tsx, [path.join(root, 'src', 'cli', script), ...args], { cwd: root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonItem {
  id: string;
  kind: string;
  question: string;
  choices: string[];
  answer: number;
  source: { doc: string; passage: string; location: string; quote: string };
}

describe('npm run quiz', () => {
  let first: ReturnType<typeof run>;

  it('--json prints the items, the same for the same seed, each traceable to its passage', () => {
    first = run('quiz.ts', ['--json', '--count', '6', '--seed', '42']);
    expect(first.code).toBe(0);
    const items = JSON.parse(first.stdout) as JsonItem[];
    expect(items).toHaveLength(6);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(['id', 'kind', 'question', 'choices', 'answer', 'source']);
      expect(item.choices).toHaveLength(4);
      expect(item.answer).toBeGreaterThanOrEqual(0);
      expect(item.answer).toBeLessThan(4);
      expect(item.source.passage.startsWith(`${item.source.doc}#`)).toBe(true);
      expect(item.source.location).not.toBe('');
    }
    expect(run('quiz.ts', ['--json', '--count', '6', '--seed', '42']).stdout).toBe(first.stdout);
  }, 60_000);

  it('plays in the terminal: A–D in, the verdict with the quote and citation out, and the score', () => {
    // A shorter quiz with the same seed asks the first questions of the longer one.
    const items = (JSON.parse(first.stdout) as JsonItem[]).slice(0, 3);
    const letters = ['A', 'B', 'C', 'D'];
    // Right, then a typo, then wrong, then right.
    const input = [letters[items[0]!.answer], 'E', letters[(items[1]!.answer + 1) % 4], letters[items[2]!.answer]].join('\n');
    const played = run('quiz.ts', ['--count', '3', '--seed', '42'], { input: `${input}\n` });
    expect(played.code).toBe(0);
    expect(played.stdout).toContain(`第1問／全3問\n${items[0]!.question}`);
    expect(played.stdout).toContain(`○ ${letters[items[0]!.answer]}「${items[0]!.choices[items[0]!.answer]}」で正解です。`);
    expect(played.stdout).toContain('A、B、C、D のどれかを入力してください。');
    expect(played.stdout).toContain(`正解は ${letters[items[1]!.answer]}「${items[1]!.choices[items[1]!.answer]}」`);
    expect(played.stdout).toContain(`「${items[0]!.source.quote}」`);
    expect(played.stdout).toContain('結果：3問中 2問正解');
  }, 60_000);

  it('mistakes in the options exit with 2 and say why', () => {
    expect(run('quiz.ts', ['--count', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--count には 1 から 20 の数') });
    expect(run('quiz.ts', ['--seed', 'abc'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--seed には 0 以上の整数') });
    const unknown = run('quiz.ts', ['--json', '--document', 'no-such-doc']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('「no-such-doc」という資料はありません。資料：allforces-alibaba-ai-2025、nri-platformers-2021');
  }, 60_000);
});

describe('npm run report', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shiori-report-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes the report in Markdown from DATA_DIR/shiori.db', () => {
    const { store } = openStore(dataDir);
    store.unanswered.record({ at: '2025-06-03T10:00:00.000Z', question: '火星の人口は？', language: 'ja', origin: 'slash', guildId: '111' });
    store.unanswered.record({ at: '2025-06-04T10:00:00.000Z', question: '火星の人口は？ ', language: 'ja', origin: 'mention', guildId: '222' });
    const created = store.quizzes.create({
      guildId: '111',
      channelId: 'c',
      mode: 'group',
      starterId: 'u',
      starterName: 'Aiko',
      language: 'ja',
      seconds: 20,
      seed: 1,
      startedAt: Date.parse('2025-06-03T10:00:00Z'),
      questions: [{ itemId: 'figure-x', item: JSON.stringify({ question: '「アント・グループの収入構造」で、最も大きな割合を占めるのは？', choices: ['保険テック', 'クレジット・テック', 'x', 'y'], answer: 1 }), doc: 'nri-platformers-2021', chapter: '事業モデルの再構築が迫れるアント・グループ' }],
    });
    if (!created.created) throw new Error('quiz not created');
    for (const [userId, choice] of [['a', 0], ['b', 1]] as const) {
      store.quizzes.answer({ quizId: created.quiz.id, position: 0, userId, displayName: userId, choice, correct: choice === 1, points: choice === 1 ? 12 : 0, elapsedMs: 1000, answeredAt: Date.parse('2025-06-03T10:01:00Z') });
    }
    store.close();

    const all = run('report.ts', [], { env: { DATA_DIR: dataDir } });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('# Shiori 学習レポート');
    expect(all.stdout).toContain('1. 火星の人口は？（答えなし 2回・👎 0人）');
    expect(all.stdout).toContain('### 事業モデルの再構築が迫れるアント・グループ\n\n- 「アント・グループの収入構造」で、最も大きな割合を占めるのは？ → 正解「クレジット・テック」（1/2人が不正解）');
    expect(all.stdout).toContain('- 事業モデルの再構築が迫れるアント・グループ: 50% (1/2)');
    expect(all.stdout).toContain('| 2025-06-02 | 1 | 2 | 2 | 2 |');
    // One server's report (in process: --guild only narrows the queries).
    const { store: reopened } = openStore(dataDir);
    const other = reportMarkdown(gatherReport({ store: reopened, documents: [], chapterOrder: () => [], guildId: '222' }), 'ja');
    reopened.close();
    expect(other).toContain('作成：');
    expect(other).toContain('対象：このサーバー');
    expect(other).toContain('1. 火星の人口は？（答えなし 1回・👎 0人）');
    expect(other).toContain('## よく間違えられた問題（章ごと）\n\nまだありません。');

    // npm run backup: a copy that opens with the same rows; it never overwrites a file.
    const copy = path.join(dataDir, 'backup', 'shiori.db');
    const backup = run('backup.ts', [copy], { env: { DATA_DIR: dataDir } });
    expect(backup.code, backup.stderr).toBe(1);
    mkdirSync(path.dirname(copy));
    expect(run('backup.ts', [copy], { env: { DATA_DIR: dataDir } }).code).toBe(0);
    const restored = openStore(path.dirname(copy));
    expect(restored.store.unanswered.count()).toBe(2);
    restored.store.close();
    expect(run('backup.ts', [copy], { env: { DATA_DIR: dataDir } })).toMatchObject({ code: 2, stderr: expect.stringContaining('すでにあります') });
  }, 60_000);
});
