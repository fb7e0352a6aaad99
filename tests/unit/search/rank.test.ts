/**
 * Scoring the lines of a passage (src/search/rank.ts `scoreUnits`) on the made-up ranking slide:
 *
 *   0 ブロックチェーン特許の出願件数
 *   1 順位 会社名 国 件数
 *   2 1 アリババ 中国 1005      (a table row, read with the header)
 *   3 2 IBM アメリカ 169        (a table row, read with the header)
 *   4 出所：IPRdaily            (a source line)
 *
 * The slots are written by hand so that every number can be checked by hand: ibm weighs 2,
 * 件数 weighs 1, 特許 only adds precision.
 */
import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../src/search/question.ts';
import { passageLayout, scoreUnits, writtenInCapitals, type UnitScore } from '../../../src/search/rank.ts';
import { RANKING_SLIDE, indexed } from './made-up.ts';

const slot = (term: string, weight: number, optional = false): Slot => ({ terms: new Set([term]), alternatives: new Map(), weight, optional, unknown: false });
const SLOTS = [slot('ibm', 2), slot('件数', 1), slot('特許', 1, true)];

const layout = passageLayout(indexed(RANKING_SLIDE));
const rounded = (units: UnitScore[]) => units.map((u) => [u.unit.text, Number(u.coverage.toFixed(4)), Number(u.lineCoverage.toFixed(4)), u.hasKind, u.matched]);

describe('scoreUnits', () => {
  it('reads a table row with its header, and counts a word found on many lines less for choosing the line', () => {
    // coverage: the squares of the weights matched, over 2² + 1² = 5 (特許 only adds precision).
    // lineCoverage: 件数 is on four lines (its own, the header, and both rows through the header),
    // so it counts 1 / (1 + ln 4) = 0.4191 against ibm's 4: 0.4191 / 4.4191 = 0.0948 on its own.
    expect(rounded(scoreUnits(layout, SLOTS, 'rank', { withinPassageSpread: 1 }))).toEqual([
      ['ブロックチェーン特許の出願件数', 0.2, 0.0948, false, [1, 2]],
      ['順位 会社名 国 件数', 0.2, 0.0948, true, [1]], // 順位 is the evidence of a rank
      ['1 アリババ 中国 1005', 0.2, 0.0948, true, []], // 件数 through the header; its own text matches nothing
      ['2 IBM アメリカ 169', 1, 1, true, [0]],
      ['出所：IPRdaily', 0, 0, false, []],
    ]);
  });

  it('without the spread discount, a line scores as it covers the question', () => {
    const units = scoreUnits(layout, SLOTS, 'rank', { withinPassageSpread: 0 });
    expect(units.map((u) => Number(u.lineCoverage.toFixed(4)))).toEqual([0.2, 0.2, 0.2, 1, 0]);
  });

  it('lets lines compete only on the words the passage has', () => {
    // ファーウェイ (weight 3) is on no line: it lowers every line's coverage alike (now over 5 + 9 = 14),
    // and does not count at all in choosing between them.
    const units = scoreUnits(layout, [...SLOTS, slot('ファーウェイ', 3)], 'rank', { withinPassageSpread: 1 });
    expect(units.map((u) => [Number(u.coverage.toFixed(4)), Number(u.lineCoverage.toFixed(4))])).toEqual([
      [0.0714, 0.0948],
      [0.0714, 0.0948],
      [0.0714, 0.0948],
      [0.3571, 1],
      [0, 0],
    ]);
  });

  it('counts a match through another spelling at its share, the best one a line is read with', () => {
    // Neither spelling the asker wrote is on the slide: ibm counts 0.5 (its row), 件数 0.3 (its lines and the rows under its header).
    const spelled: Slot = { terms: new Set(['アイビーエム']), alternatives: new Map([['ibm', 0.5], ['件数', 0.3]]), weight: 1, optional: false, unknown: false };
    const units = scoreUnits(layout, [spelled], 'any', { withinPassageSpread: 0 });
    expect(units.map((u) => [u.coverage, u.matched])).toEqual([[0.3, [0]], [0.3, [0]], [0.3, []], [0.5, [0]], [0, []]]);
  });

  it('looks for the evidence of the kind asked for: a percentage is on no line of this slide', () => {
    expect(scoreUnits(layout, SLOTS, 'percentage', { withinPassageSpread: 1 }).map((u) => u.hasKind)).toEqual([false, false, false, false, false]);
    expect(scoreUnits(layout, SLOTS, 'any', { withinPassageSpread: 1 }).map((u) => u.hasKind)).toEqual([false, false, false, false, false]);
  });
});

describe('writtenInCapitals', () => {
  /** A question's terms as the analyser gives them, with their places in the text. */
  const question = (text: string, words: string[]) => ({
    text,
    terms: words.map((word) => {
      const start = text.indexOf(word);
      return { term: word.normalize('NFKC').toLowerCase(), kind: 'word' as const, noun: true, start, end: start + word.length };
    }),
  });

  it('finds acronyms the question writes in capitals, full-width ones too', () => {
    expect([...writtenInCapitals(question('LSTとは？', ['LST']))]).toEqual(['lst']);
    expect([...writtenInCapitals(question('ＯＭＯって何', ['ＯＭＯ']))]).toEqual(['omo']);
    expect([...writtenInCapitals(question("what does AT stand for in 'we live in AT'", ['AT', 'live']))]).toEqual(['at']);
    // A question that is the acronym alone asks for it; so does one with its possessive.
    expect([...writtenInCapitals(question('LST?', ['LST']))]).toEqual(['lst']);
    expect([...writtenInCapitals(question("LST's role", ["LST's", 'role']))]).toEqual(["lst's"]);
  });

  it('finds none in words written small or capitalised only at the start, nor in a question of several words in capitals throughout', () => {
    expect(writtenInCapitals(question('lstとは？', ['lst'])).size).toBe(0);
    expect(writtenInCapitals(question('What is Alibaba investing in?', ['Alibaba', 'investing'])).size).toBe(0);
    expect(writtenInCapitals(question('WHAT IS LST', ['LST'])).size).toBe(0);
  });
});
