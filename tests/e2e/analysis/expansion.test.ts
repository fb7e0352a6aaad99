/**
 * The methods that carry answers over to words the documents do not use: synonyms from Sudachi's
 * dictionary, readings (words spelled in kana, kanji typos of the same sound) and romaji. Real
 * dictionaries, real Japanese text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/analyzer.ts';
import { buildReadingTable, ReadingTable, toKatakana } from '../../../src/analysis/readings.ts';
import { romajiToKatakana } from '../../../src/analysis/romaji.ts';
import { compileSynonyms, SynonymTable } from '../../../src/analysis/synonyms.ts';
import { loadAnalyzer } from '../../../src/answer/engine.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
});

/** A corpus vocabulary: the terms of a few sentences as the index would hold them. */
function vocabularyOf(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => analyzer.analyze(text).map((t) => t.term)));
}

describe('synonyms compiled from Sudachi for a corpus', () => {
  it('keeps the groups that touch the corpus, so the asker\'s everyday word reaches the document\'s term', () => {
    const vocabulary = vocabularyOf('ディレクトリを削除する', 'ファイルの所有者を変更する', '収入の内訳');
    const table = new SynonymTable(compileSynonyms(analyzer, vocabulary));
    const reach = (word: string) => table.synonyms(word).map((s) => s.term);
    expect(reach('フォルダ')).toContain('ディレクトリ');
    expect(reach('持ち主')).toContain('所有者');
    expect(reach('消す')).toContain('削除');
    expect(reach('delete')).toContain('削除');
    expect(reach('稼ぎ')).toContain('収入');
  });

  it('marks the links Sudachi says not to expand from as weak', () => {
    const table = new SynonymTable(compileSynonyms(analyzer, vocabularyOf('ディレクトリを削除する')));
    expect(table.synonyms('消す').find((s) => s.term === '削除')?.weak).toBe(true);
    expect(table.synonyms('delete').find((s) => s.term === '削除')?.weak).toBe(false);
  });

  it('leaves out groups the corpus never touches and ambiguous spellings', () => {
    const groups = compileSynonyms(analyzer, vocabularyOf('ディレクトリを削除する'));
    expect(groups.some((group) => group.includes('所有者'))).toBe(false);
    // MB abbreviates three company names in the dictionary, never megabyte: not a key anywhere.
    expect(groups.flat().some((key) => key.replace(/^~/, '') === 'mb')).toBe(false);
    // One character keys (金, 店) say too little to expand.
    expect(groups.flat().every((key) => [...key.replace(/^~/, '')].length >= 2)).toBe(true);
  });
});

describe('readings', () => {
  const table = new ReadingTable(buildReadingTable([
    ['延滞率', 'エンタイリツ'],
    ['所有者', 'ショユウシャ'],
    ['組織再編', 'ソシキサイヘン'],
    ['機', 'キ'],
  ]));

  it('finds a word spelled in hiragana inside a longer run, longest first', () => {
    expect(table.find('えんたいりつはなんぱーせんと').map((hit) => hit.terms)).toEqual([['延滞率']]);
    expect(table.find('しょゆうしゃをかえたい')[0]).toEqual({ terms: ['所有者'], start: 0, end: 6 });
    expect(table.find('そしきさいへん')[0]?.terms).toEqual(['組織再編']);
  });

  it('never looks up readings too short to tell words apart', () => {
    expect(table.find('きのう')).toEqual([]);
    expect(Object.keys(buildReadingTable([['機', 'キ'], ['気', 'キ']]))).toEqual([]);
  });

  it('checks the corpus\'s own katakana words for a spelling in hiragana', () => {
    const isWord = (katakana: string) => katakana === 'スモールスタート' || katakana === 'アジャイル';
    expect(table.find('すもーるすたーとあじゃいる', isWord).map((hit) => hit.terms)).toEqual([['スモールスタート'], ['アジャイル']]);
  });

  it('kuromoji reads the corpus\'s terms; a compound read as a whole', () => {
    expect(analyzer.reading('延滞率')).toBe('エンタイリツ');
    expect(toKatakana('えんたいりつ')).toBe('エンタイリツ');
  });

  it('any text is searched without throwing', () => {
    fc.assert(fc.property(fc.string(), (text) => Array.isArray(table.find(text))));
  });
});

describe('romaji', () => {
  it('reads Hepburn romaji as katakana', () => {
    expect(romajiToKatakana('toushi')).toBe('トウシ');
    expect(romajiToKatakana('aribaba')).toBe('アリババ');
  });

  it('does not read what cannot be romaji (l, q, x, v, a c outside ch)', () => {
    for (const word of ['delete', 'cloud', 'invest', 'value', 'x']) expect(romajiToKatakana(word)).toBeUndefined();
  });
});
