import { beforeAll, describe, expect, it } from 'vitest';
import { figureChoices, matchFigures, resolveFigure } from '../../../src/figures/lookup.ts';
import { loadFixture, type Fixture } from './corpus-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

const resolvedId = (query: string) => {
  const resolution = resolveFigure(fixture.figures, query);
  return resolution.kind === 'found' ? resolution.figure.id : resolution.kind;
};
const asked = (question: string) => matchFigures(fixture.figures, question).map((match) => match.figure.id);

describe('resolving a name typed to /metric or npm run metric', () => {
  it('takes ids, Japanese and English titles and aliases, in any width or case', () => {
    expect(resolvedId('ant-revenue-mix')).toBe('ant-revenue-mix');
    expect(resolvedId('アント・グループの収入構造')).toBe('ant-revenue-mix');
    expect(resolvedId('アントの収入構造')).toBe('ant-revenue-mix');
    expect(resolvedId('Ant Group revenue mix')).toBe('ant-revenue-mix');
    expect(resolvedId('REVENUE MIX')).toBe('ant-revenue-mix');
    expect(resolvedId('個人向けの延滞率')).toBe('ant-delinquency-individuals');
    expect(resolvedId('ブロックチェーン特許')).toBe('blockchain-patent-ranking');
    expect(resolvedId('ＡＩ投資')).toBe('alibaba-ai-investment');
    expect(resolvedId('delinquincy small business')).toBe('ant-delinquency-small-business');
  });

  it('asks rather than guesses when two figures fit as well', () => {
    const resolution = resolveFigure(fixture.figures, '延滞率');
    expect(resolution).toMatchObject({ kind: 'ambiguous' });
    expect(resolution.kind === 'ambiguous' && resolution.candidates.map((figure) => figure.id)).toEqual([
      'ant-delinquency-small-business',
      'ant-delinquency-individuals',
    ]);
  });

  it('offers the closest figures for an unknown name, and none for noise', () => {
    const resolution = resolveFigure(fixture.figures, '売上高');
    expect(resolution.kind === 'unknown' && resolution.suggestions[0]?.id).toBe('ant-revenue-mix');
    expect(resolveFigure(fixture.figures, 'qwerty')).toEqual({ kind: 'unknown', suggestions: [] });
  });
});

describe('questions that ask for a figure (for /ask)', () => {
  it('finds the figure a question names', () => {
    expect(asked('アントの延滞率の推移は？')).toEqual(['ant-delinquency-small-business', 'ant-delinquency-individuals']);
    expect(asked('個人向けの延滞率はどう変わった？')).toEqual(['ant-delinquency-individuals']);
    expect(asked("What is Ant's revenue mix?")).toEqual(['ant-revenue-mix']);
    expect(asked('ブロックチェーンの特許出願数で1位はどこ？')).toEqual(['blockchain-patent-ranking']);
    expect(asked('オンライン決済のシェアは？')).toEqual(['china-online-payment-share']);
    expect(asked('How much is Alibaba AI investment?')).toEqual(['alibaba-ai-investment']);
  });

  it('finds none when the question names no figure', () => {
    expect(asked('アリババとは？')).toEqual([]);
    expect(asked('テンセントの組織再編について教えて')).toEqual([]);
    expect(asked('I am fine, what is the weather?')).toEqual([]);
  });
});

describe('autocomplete choices', () => {
  it('lists the catalogue in order when nothing is typed, at most the limit', () => {
    const choices = figureChoices(fixture.figures, '', 25);
    expect(choices.length).toBe(Math.min(25, fixture.figures.length));
    expect(choices[0]!.figure.id).toBe(fixture.figures[0]!.id);
    expect(figureChoices(fixture.figures, '', 3)).toHaveLength(3);
  });

  it('puts what was typed first, in Japanese or English', () => {
    expect(figureChoices(fixture.figures, 'オンライン決済', 25)[0]!.figure.id).toBe('china-online-payment-share');
    expect(figureChoices(fixture.figures, 'patent', 25)[0]!.figure.id).toBe('blockchain-patent-ranking');
  });
});
