import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CatalogueError, verifyFigure, type CorpusForVerification } from '../../../src/figures/verify.ts';
import { DEFAULT_CORPUS_DIR as defaultCorpusDir } from '../../../src/core/paths.ts';
import { loadCheckedCatalogue, parseCatalogue } from '../../../src/figures/catalogue.ts';
import type { Figure } from '../../../src/figures/schema.ts';
import { loadFixture, type Fixture } from './corpus-fixture.ts';

let fixture: Fixture;
let corpusForVerification: CorpusForVerification;
beforeAll(async () => {
  fixture = await loadFixture();
  const documentTexts = new Map<string, string>();
  for (const document of fixture.corpus.documents) {
    documentTexts.set(document.id, await readFile(path.join(defaultCorpusDir, document.file), 'utf8'));
  }
  corpusForVerification = { documentTexts, passages: fixture.corpus.passages };
});

/** A deep copy of a real figure with one change. */
function edited(id: string, change: (figure: Figure) => void): Figure {
  const copy = structuredClone(fixture.figure(id));
  change(copy);
  return copy;
}

describe('the catalogue against the corpus', () => {
  it('validates and every figure is found in its document and passage', () => {
    for (const figure of fixture.figures) expect(verifyFigure(figure, corpusForVerification), figure.id).toEqual([]);
  });

  it('holds every chart and table of the deck and headline numbers of both documents', () => {
    const kinds = new Set(fixture.figures.map((figure) => figure.kind));
    expect([...kinds].sort()).toEqual(['breakdown', 'ranking', 'series', 'value']);
    const ids = fixture.figures.map((figure) => figure.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ant-revenue-mix',
        'ant-delinquency-small-business',
        'ant-delinquency-individuals',
        'blockchain-patent-ranking',
        'china-online-payment-share',
        'unicorn-valuation-share-alibaba',
        'unicorn-valuation-share-tencent',
        'unicorn-investee-counts',
        'alibaba-ai-investment',
      ]),
    );
    expect(new Set(fixture.figures.map((figure) => figure.source.doc))).toEqual(new Set(['nri-platformers-2021', 'allforces-alibaba-ai-2025']));
  });

  it('has the delinquency charts whole: two series at four dates', () => {
    const individuals = fixture.figure('ant-delinquency-individuals');
    expect(individuals.columns.map((column) => column.ja)).toEqual(['D30+', 'D90+']);
    expect(individuals.rows.map((row) => [row.date, ...row.values])).toEqual([
      ['2017-12-31', 1.08, 0.68],
      ['2018-12-31', 1.43, 1.01],
      ['2019-12-31', 1.56, 1.05],
      ['2020-07-31', 2.97, 2.15],
    ]);
    const smallBusiness = fixture.figure('ant-delinquency-small-business');
    expect(smallBusiness.rows.map((row) => row.values)).toEqual([[1.29, 1.1], [2.17, 1.67], [2.03, 1.57], [2.65, 2.02]]);
    // 90 days overdue is a part of 30 days overdue: a swapped series would break this.
    for (const row of [...individuals.rows, ...smallBusiness.rows]) expect(row.values[0]).toBeGreaterThan(row.values[1]!);
  });

  it('has the patent ranking whole: twenty ranks, both years', () => {
    const ranking = fixture.figure('blockchain-patent-ranking');
    expect(ranking.rows.map((row) => row.rank)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(ranking.rows[0]).toMatchObject({ label: 'アリババ（アント）', group: '中国', values: [1005, 155] });
    expect(ranking.rows[19]).toMatchObject({ label: 'Accenture', group: 'アイルランド', values: [68, 30] });
  });

  it('has shares that add up to a whole (within rounding)', () => {
    for (const figure of fixture.figures.filter((candidate) => candidate.kind === 'breakdown')) {
      const total = figure.rows.reduce((sum, row) => sum + row.values[0]!, 0);
      expect(Math.abs(total - 100), figure.id).toBeLessThanOrEqual(0.15);
    }
  });
});

describe('drift from the documents fails, naming the figure', () => {
  it('a value that is not in the quote', () => {
    const figure = edited('ant-delinquency-individuals', (f) => (f.rows[0]!.values[0] = 1.09));
    expect(verifyFigure(figure, corpusForVerification)).toEqual([
      'value 1.09% (2017/12/31 / D30+) is not in the quote',
      'value 1.09% (2017/12/31 / D30+) is not in the passage at slide 20',
    ]);
  });

  it('a value written once but used twice', () => {
    const figure = edited('blockchain-patent-ranking', (f) => (f.rows[1]!.values[1] = 155));
    // 155 is written twice (Alibaba, Nchain); a third 155 has no number of its own left.
    expect(verifyFigure(figure, corpusForVerification)).toEqual(['value 155件 (Nchain / 2018年（件）) is not in the quote']);
  });

  it('a quote that is not in the document', () => {
    const figure = edited('china-unicorn-count', (f) => (f.source.quote = ['2020年11月時点で、中国のユニコーン企業が123社']));
    const problems = verifyFigure(figure, corpusForVerification);
    expect(problems[0]).toMatch(/^quote 1 is not in nri-platformers-2021/);
    expect(problems).toContain('value 122社 (中国のユニコーン企業 / 社数) is not in the quote');
  });

  it('a location that holds other numbers', () => {
    const figure = edited('ant-revenue-mix', (f) => (f.source.location.slide = 20));
    expect(verifyFigure(figure, corpusForVerification)).toContain('value 35.9% (デジタル決済と生活サービス / 売上に占める割合) is not in the passage at slide 20');
  });

  it('a unit that differs from the document', () => {
    const figure = edited('alibaba-ai-investment', (f) => (f.rows[0]!.unit = '億ドル'));
    expect(verifyFigure(figure, corpusForVerification)).toContain('value 3800億ドル (人民元 / 投資額) is not in the quote');
  });

  it('a chart label that is not the document’s', () => {
    const figure = edited('china-online-payment-share', (f) => (f.rows[2]!.label = 'その他の機関'));
    expect(verifyFigure(figure, corpusForVerification)).toEqual(['label «その他の機関» is not in the quote']);
  });

  it('a document that is not in the corpus', () => {
    const figure = edited('china-unicorn-count', (f) => (f.source.doc = 'missing-doc'));
    expect(verifyFigure(figure, corpusForVerification)).toEqual(['document missing-doc is not in the corpus']);
  });

  it('the loader rejects a drifted catalogue file with the figure id in the message', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shiori-figures-'));
    for (const document of fixture.corpus.documents) {
      await copyFile(path.join(defaultCorpusDir, document.file), path.join(dir, document.file));
      await copyFile(path.join(defaultCorpusDir, `${document.id}.meta.yaml`), path.join(dir, `${document.id}.meta.yaml`));
    }
    const data = parse(await readFile(path.join(defaultCorpusDir, 'figures.yaml'), 'utf8')) as Array<{ id: string; rows: Array<{ values: number[] }> }>;
    data.find((figure) => figure.id === 'ant-revenue-mix')!.rows[1]!.values[0] = 39.5;
    await writeFile(path.join(dir, 'figures.yaml'), stringify(data));
    const failure = await loadCheckedCatalogue(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CatalogueError);
    expect((failure as CatalogueError).problems).toContain('ant-revenue-mix: value 39.5% (クレジット・テック / 売上に占める割合) is not in the quote');
  });
});

describe('the schema', () => {
  const minimal = {
    id: 'example',
    kind: 'value',
    title: { ja: '例', en: 'Example' },
    unit: '社',
    asOf: ['2020'],
    columns: [{ ja: '数', en: 'Count' }],
    rows: [{ label: '例', values: [1] }],
    source: { doc: 'nri-platformers-2021', location: { slide: 1 }, quote: '1社' },
  };

  it('accepts a minimal figure and turns a single quote into a list of excerpts', () => {
    expect(parseCatalogue(stringify([minimal]))[0]!.source.quote).toEqual(['1社']);
  });

  it('names the figure whose row has the wrong number of values', () => {
    const broken = { ...minimal, rows: [{ label: '例', values: [1, 2] }] };
    expect(() => parseCatalogue(stringify([broken]))).toThrow(/example: .*row 1 \(例\) has 2 values for 1 columns/);
  });

  it('refuses duplicate ids, series without dates, rankings without ranks and unknown keys', () => {
    expect(() => parseCatalogue(stringify([minimal, minimal]))).toThrow(/duplicate figure id example/);
    const series = { ...minimal, id: 'series', kind: 'series', rows: [{ label: 'a', values: [1] }, { label: 'b', values: [2] }] };
    expect(() => parseCatalogue(stringify([series]))).toThrow(/series: every row of a series needs its date/);
    const ranking = { ...minimal, id: 'ranking', kind: 'ranking' };
    expect(() => parseCatalogue(stringify([ranking]))).toThrow(/ranking: every row of a ranking needs its rank/);
    expect(() => parseCatalogue(stringify([{ ...minimal, colour: 'red' }]))).toThrow(/example: .*colour/);
  });

  it('wants exactly one of slide or paragraph', () => {
    const both = { ...minimal, source: { ...minimal.source, location: { slide: 1, paragraph: 2 } } };
    expect(() => parseCatalogue(stringify([both]))).toThrow(/exactly one of slide or paragraph/);
  });
});
