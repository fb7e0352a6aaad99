import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/core/types.ts';
import { findNumbers } from '../../../src/figures/number-search.ts';
import { extractNumbers, type NumberMention } from '../../../src/figures/numbers.ts';
import { loadFixture, type Fixture } from './corpus-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

function passage(id: string): Passage {
  const found = fixture.corpus.passages.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no passage ${id}`);
  return found;
}

const pick = (mention: NumberMention) => ({ text: mention.text, value: mention.value, unit: mention.unit, kind: mention.kind });

describe('numbers in real passages', () => {
  it('amounts of the article, with 億/元/ドル and the qualifiers as written', () => {
    const mentions = extractNumbers(passage('allforces-alibaba-ai-2025#p1').text);
    expect(mentions.filter((mention) => mention.kind === 'amount').map(pick)).toEqual([
      { text: '3800億元', value: 3800, unit: '億元', kind: 'amount' },
      { text: '約520億ドル超', value: 520, unit: '億ドル', kind: 'amount' },
    ]);
    const investment = mentions.find((mention) => mention.text === '3800億元')!;
    expect(investment.label).toBe('AlibabaがAIクラウドインフラに2028年までに');
    expect(investment.context).toContain('AlibabaがAIクラウドインフラに2028年までに3800億元（約520億ドル超）もの巨額を投じる');
    expect(mentions.find((mention) => mention.kind === 'date')).toMatchObject({ text: '2028年', date: '2028' });
    expect(mentions.find((mention) => mention.text === '20年間')).toMatchObject({ unit: '年間', kind: 'duration' });
  });

  it('the revenue mix: each share with its segment as label', () => {
    const shares = extractNumbers(passage('nri-platformers-2021#s18').text).filter((mention) => mention.kind === 'percent');
    expect(shares.map((mention) => [mention.label, mention.value])).toEqual([
      ['デジタル決済と生活サービス', 35.9],
      ['クレジット・テック', 39.4],
      ['資産運用テック', 15.6],
      ['保険テック', 8.4],
      ['イノベーション業務・その他', 0.8],
      ['デジタルFinTechサービスの売上は全体の', 63.4],
    ]);
  });

  it('counts with 社/件/個/都市 and dates in ISO form', () => {
    const slide22 = extractNumbers(passage('nri-platformers-2021#s22').text);
    expect(slide22.map(pick).slice(0, 2)).toEqual([
      { text: '2020年2月', value: 2020, unit: '', kind: 'date' },
      { text: '11の都市', value: 11, unit: '都市', kind: 'count' },
    ]);
    const slide28 = extractNumbers(passage('nri-platformers-2021#s28').text);
    expect(slide28.filter((mention) => mention.unit === '社').map((mention) => mention.value)).toEqual([26, 32, 122]);
    expect(slide28.find((mention) => mention.kind === 'date')).toMatchObject({ date: '2020-11-13' });
    const slide21 = extractNumbers(passage('nri-platformers-2021#s21').text);
    expect(slide21.map(pick)).toContainEqual({ text: '10億個', value: 10, unit: '億個', kind: 'count' });
  });

  it('the patent table rows: bare numbers labelled with company and country', () => {
    const ibm = extractNumbers(passage('nri-platformers-2021#s23').text).filter((mention) => mention.label === 'IBM アメリカ');
    expect(ibm.map((mention) => mention.value)).toEqual([169, 96]);
  });
});

describe('what is not a quantity, and what the text alone decides', () => {
  it('skips names with digits, note markers and list numbers', () => {
    const text = '注1：D30+とD90+、5GとB2B2C、O2Oは数ではない。\n1. デジタルユーザー数のさらなる増加';
    expect(extractNumbers(text)).toEqual([]);
  });

  it('gives the first number of a range the unit written after the second', () => {
    expect(extractNumbers('4~6ヵ月前から生産準備').map(pick)).toEqual([
      { text: '4', value: 4, unit: 'ヵ月', kind: 'duration' },
      { text: '6ヵ月', value: 6, unit: 'ヵ月', kind: 'duration' },
    ]);
  });

  it('reads full-width digits and signs, with offsets into the original text', () => {
    const text = 'シェアは８１．７％、１，０００件';
    const mentions = extractNumbers(text);
    expect(mentions.map(pick)).toEqual([
      { text: '８１．７％', value: 81.7, unit: '%', kind: 'percent' },
      { text: '１，０００件', value: 1000, unit: '件', kind: 'count' },
    ]);
  });

  it('any text: no throw, each mention is its own slice of the input, values are finite', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const mention of extractNumbers(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(Number.isFinite(mention.value)).toBe(true);
        }
      }),
    );
  });

  it('numbers written in any order with units: every written number comes back once', () => {
    const unit = fc.constantFrom('%', '社', '件', '個', '億元', '万元', '億ドル', '都市');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 99999 }), unit), { minLength: 1, maxLength: 6 }), (items) => {
        const text = items.map(([value, itemUnit]) => `項目は${value}${itemUnit}`).join('、');
        expect(extractNumbers(text).map((mention) => [mention.value, mention.unit])).toEqual(items);
      }),
    );
  });
});

describe('numbers outside the catalogue, found by their words', () => {
  it('finds the fine and the data centres with their passages', () => {
    const fine = findNumbers(fixture.corpus.passages, '罰金', 3);
    expect(fine[0]).toMatchObject({ text: '50万元', unit: '万元' });
    expect(fine[0]!.passage.location.slide).toBe(25);
    const valuation = findNumbers(fixture.corpus.passages, '評価額', 5).map((number) => number.text);
    expect(valuation).toContain('87億ドル');
  });

  it('finds nothing for words the documents do not use', () => {
    expect(findNumbers(fixture.corpus.passages, '気温', 5)).toEqual([]);
  });
});
