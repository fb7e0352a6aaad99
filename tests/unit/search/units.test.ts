/**
 * A passage's units (src/search/units.ts): a slide's lines or prose's sentences, with their
 * ranges in the passage text, which of them are table rows or source lines, and what a row is
 * read with.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/core/types.ts';
import { UNIT_SOURCE_LINE, UNIT_TABLE_ROW, passageUnits, readsByLine } from '../../../src/search/units.ts';
import { PROSE, RANKING_SLIDE } from './made-up.ts';

const slide = (text: string): Passage => ({ id: 'deck#s9', doc: 'deck', order: 0, location: { slide: 9 }, text });
const texts = (passage: Passage) => passageUnits(passage).map((u) => passage.text.slice(u.start, u.end));

describe('passageUnits', () => {
  it('cuts a slide into its lines; a table row is read with the header above it, never with a source line', () => {
    expect(UNIT_TABLE_ROW).toBe(1);
    expect(UNIT_SOURCE_LINE).toBe(2);
    expect(passageUnits(RANKING_SLIDE)).toEqual([
      { start: 0, end: 15 }, // ブロックチェーン特許の出願件数
      { start: 16, end: 27 }, // 順位 会社名 国 件数
      { start: 28, end: 42, flags: 1, with: [1] }, // 1 アリババ 中国 1005
      { start: 43, end: 57, flags: 1, with: [1] }, // 2 IBM アメリカ 169
      { start: 58, end: 69, flags: 2 }, // 出所：IPRdaily
    ]);
  });

  it('reads rows with the line under the table too when it is a title, and trims the lines', () => {
    const passage = slide('  順位 会社名 件数\n1 アリババ 1005\n2 IBM 169\n世界の特許出願件数ランキング  \n\n注：2019年');
    expect(texts(passage)).toEqual(['順位 会社名 件数', '1 アリババ 1005', '2 IBM 169', '世界の特許出願件数ランキング', '注：2019年']);
    expect(passageUnits(passage).map(({ flags, with: readWith }) => [flags ?? 0, readWith ?? []])).toEqual([
      [0, []],
      [1, [0, 3]],
      [1, [0, 3]],
      [0, []],
      [0, []], // a note is not a source line: only 出所 and 出典 are
    ]);
  });

  it('cuts prose into whole sentences, stops included; a decimal point or a ! inside a word ends none', () => {
    expect(texts(PROSE)).toEqual(['テンセントは2018年に組織再編を行った。', '狙いは二つある。', '一つは法人向け事業の強化である。', 'もう一つはクラウドの拡大である。']);
    const mixed: Passage = { id: 'blog#p3', doc: 'blog', order: 1, location: { paragraph: 3 }, text: 'Delinquency rose to 2.97%. Yahoo!Japan grew.  延滞率は2.97%だった。' };
    expect(texts(mixed)).toEqual(['Delinquency rose to 2.97%.', 'Yahoo!Japan grew.', '延滞率は2.97%だった。']);
    expect(passageUnits(mixed)[2]).toEqual({ start: 46, end: 59 });
  });

  it('reads a slide and a document\'s details line by line, prose sentence by sentence', () => {
    expect(readsByLine(RANKING_SLIDE)).toBe(true);
    expect(readsByLine({ ...PROSE, location: { front: true } })).toBe(true);
    expect(readsByLine(PROSE)).toBe(false);
  });
});
