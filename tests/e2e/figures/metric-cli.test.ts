import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FigureJson } from '../../../src/figures/json.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');

/** `npm run metric -- …` without npm's banner: the same script through tsx. */
async function metric(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/metric.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run metric', () => {
  it('--json prints the whole catalogue with every value and its source', async () => {
    const { code, stdout } = await metric('--json');
    expect(code).toBe(0);
    const figures = JSON.parse(stdout) as FigureJson[];
    const ids = figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const figure of figures) {
      expect(Object.keys(figure)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'unit', 'asOf', 'values', 'source']));
      expect(Object.keys(figure.source)).toEqual(expect.arrayContaining(['doc', 'location', 'quote']));
      expect(figure.values.length).toBeGreaterThan(0);
    }
    const ranking = figures.find((figure) => figure.id === 'blockchain-patent-ranking')!;
    expect(ranking.values).toHaveLength(40);
    expect(ranking.values[0]).toEqual({
      label: 'アリババ（アント）',
      labelEn: 'Alibaba (Ant)',
      rank: 1,
      group: '中国',
      groupEn: 'China',
      series: '2019年（件）',
      seriesEn: '2019 (applications)',
      value: 1005,
      unit: '件',
      text: '1005件',
    });
    expect(ranking.source).toMatchObject({ doc: 'nri-platformers-2021', location: { slide: 23 } });
    const investment = figures.find((figure) => figure.id === 'alibaba-ai-investment')!;
    expect(investment.values.map((value) => value.text)).toEqual(['3800億元', '約520億ドル超']);
    expect(investment.source.quote).toBe('AlibabaがAIクラウドインフラに2028年までに3800億元（約520億ドル超）もの巨額を投じる');
  });

  it('prints one figure as a table and writes its chart', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'shiori-metric-')), 'chart.png');
    const { code, stdout } = await metric('オンライン決済 シェア', '--chart', file);
    expect(code).toBe(0);
    expect(stdout).toContain('中国のオンライン決済市場の提供主体別シェア  [china-online-payment-share · 内訳]');
    expect(stdout).toContain('第三者決済機関          81.70%');
    expect(stdout).toContain('スライド 26');
    expect((await readFile(file)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('offers the closest figures for an unknown name and exits non-zero', async () => {
    const { code, stdout, stderr } = await metric('売上高');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('「売上高」という図表は見つかりませんでした。近いもの：アント・グループの収入構造（ant-revenue-mix）');
    const english = await metric('weather forecast');
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('There is no figure called “weather forecast”.');
  });
});
