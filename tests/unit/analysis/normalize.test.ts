import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kanjiNumeralToDigits, normalize, normalizeWithMap, stripInvisible } from '../../../src/analysis/normalize.ts';

describe('normalize', () => {
  it.each([
    ['三千八百億元', '3800億元'],
    ['３，８００億元', '3800億元'],
    ['一千五件', '1005件'],
    ['十一の都市', '11の都市'],
    ['２．９７パーセント', '2.97%'],
    ['二・九七％', '2.97%'],
    ['７,百一', '7101'],
    ['380 billion yuan', '3800億 yuan'],
    ['$52 billion', '$520億'],
    ['1.5 million', '150万'],
    ['ｱﾘﾊﾞﾊﾞ', 'アリババ'],
    ['ＡＬＩＢＡＢＡ　AIクラウド', 'alibaba aiクラウド'],
    ['4〜6ヵ月', '4~6ヵ月'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('leaves kanji that are words, not numbers, alone', () => {
    for (const word of ['一貫性', '一本化', '二者択一', '統一', '第三者決済機関', '一気通貫']) expect(normalize(word)).toBe(word);
  });

  it('reads kanji numerals with large units as digits', () => {
    expect(kanjiNumeralToDigits('三千八百億')).toBe('3800億');
    expect(kanjiNumeralToDigits('一万二千')).toBe('1万2000');
    expect(kanjiNumeralToDigits('二〇二一')).toBe('2021');
    expect(kanjiNumeralToDigits('三四百')).toBeUndefined();
  });

  it('compares Latin letters without accents, and drops bullets that lost their layout', () => {
    expect(normalize('Résumé Café')).toBe('resume cafe');
    expect(normalize('A\u0300B')).toBe(normalize(normalize('A\u0300B')));
    expect(normalize('•国内EC')).toBe(' 国内ec');
  });

  it('drops zero-width and control characters', () => {
    expect(stripInvisible('アン\u200bト\u0007の\ufeff延滞率')).toBe('アント の延滞率');
  });

  // A rewritten run (三千八百億 → 3800億) maps each of its characters to the whole run.
  it('maps every normalized character back into the original text', () => {
    const original = '５，０００億ドルと三千八百億元（ｶﾞｲﾄﾞ）';
    const { text, starts, ends } = normalizeWithMap(original);
    expect(text).toBe('5000億ドルと3800億元(ガイド)');
    expect(original.slice(starts[text.indexOf('3800')]!, ends[text.indexOf('3800') + 3]!)).toBe('三千八百億');
    expect(original.slice(starts[text.indexOf('ガ')]!, ends[text.indexOf('ガ')]!)).toBe('ｶﾞ');
  });
});

describe('normalize properties', () => {
  it('normalizing twice changes nothing', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 500 });
  });

  it('is idempotent on Japanese-looking text with numbers', () => {
    const japanese = fc.string({ unit: fc.constantFrom(...'一二三四五六七八九十百千万億円件社アリババ延滞率０１２３４５６７８９,，.．%％ 　ｰｱ'), maxLength: 40 });
    fc.assert(fc.property(japanese, (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 500 });
  });

  it('returns a map as long as the text, pointing inside the input, for any Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const { text, starts, ends } = normalizeWithMap(s);
        return (
          starts.length === text.length &&
          ends.length === text.length &&
          starts.every((start, i) => start >= 0 && start <= ends[i]! && ends[i]! <= s.length)
        );
      }),
      { numRuns: 500 },
    );
  });
});
