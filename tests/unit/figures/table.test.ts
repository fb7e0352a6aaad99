import { beforeAll, describe, expect, it } from 'vitest';
import { figureLines, figureTable, formatCell, renderTextTable, displayWidth } from '../../../src/figures/table.ts';
import { loadFixture, type Fixture } from './corpus-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

describe('figure tables', () => {
  it('prints numbers as the document does (1.10%, 81.70%, 約520億ドル超)', () => {
    const smallBusiness = fixture.figure('ant-delinquency-small-business');
    expect(formatCell(smallBusiness, smallBusiness.rows[0]!, 1)).toBe('1.10%');
    const payments = fixture.figure('china-online-payment-share');
    expect(payments.rows.map((row) => formatCell(payments, row, 0))).toEqual(['81.70%', '16.70%', '1.60%']);
    const investment = fixture.figure('alibaba-ai-investment');
    expect(investment.rows.map((row) => formatCell(investment, row, 0))).toEqual(['3800億元', '約520億ドル超']);
  });

  it('lays out a breakdown in the terminal, CJK counted as two columns', () => {
    const text = renderTextTable(figureTable(fixture.figure('ant-revenue-mix'), 'ja'));
    expect(text).toBe(
      [
        '内訳                        売上に占める割合',
        '──────────────────────────  ────────────────',
        'デジタル決済と生活サービス             35.9%',
        'クレジット・テック                     39.4%',
        '資産運用テック                         15.6%',
        '保険テック                              8.4%',
        'イノベーション業務・その他              0.8%',
      ].join('\n'),
    );
    for (const line of text.split('\n')) expect(displayWidth(line)).toBe(44);
  });

  it('gives a ranking its rank and country columns, in English too', () => {
    const table = figureTable(fixture.figure('blockchain-patent-ranking'), 'en');
    expect(table.headers).toEqual(['Rank', 'Name', 'Country/region', '2019 (applications)', '2018 (applications)']);
    expect(table.rows[7]).toEqual(['8', 'IBM', 'United States', '169件', '96件']);
    expect(table.rows).toHaveLength(20);
  });

  it('writes compact lines for embeds, column names once for long tables', () => {
    const ranking = figureLines(fixture.figure('blockchain-patent-ranking'), 'ja');
    expect(ranking[0]).toBe('2019年（件） ／ 2018年（件）');
    expect(ranking[1]).toBe('1. アリババ（アント）（中国）　1005件 ／ 155件');
    expect(ranking).toHaveLength(21);
    expect(figureLines(fixture.figure('ant-delinquency-individuals'), 'ja')[0]).toBe('2017/12/31　D30+ 1.08% ／ D90+ 0.68%');
    expect(figureLines(fixture.figure('china-unicorn-count'), 'en')).toEqual(['Chinese unicorns  122社']);
  });
});
