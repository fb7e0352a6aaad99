/**
 * The index file (search/index-file.ts): an index opened from its bytes holds what was built and
 * searches as MiniSearch's own loader would; a damaged or cut file is refused when opened.
 */
import MiniSearch, { type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT, MINISEARCH_OPTIONS, type IndexData, type IndexedFields, type IndexedPassage } from '../../../src/search/build.ts';
import { encodeIndex, openIndex, passageWith } from '../../../src/search/index-file.ts';
import { blockPostings, composeBlocks, toMiniSearchJson } from '../../../src/search/minisearch-json.ts';

function passage(id: string, order: number, text: string, terms: string[], context: string[], extra: Partial<IndexedPassage> = {}): IndexedPassage {
  let at = 0;
  return {
    id,
    doc: id.split('#')[0]!,
    order,
    location: { slide: order + 1 },
    text,
    units: [{ start: 0, end: text.length }],
    terms: terms.map((term) => [term, at, (at += term.length)]),
    context,
    ...extra,
  };
}

const PASSAGES = [
  passage('nri#s1', 0, 'アリババとテンセントの戦略転換', ['アリババ', 'テンセント', '戦略', '転換'], ['プラットフォーマー']),
  passage('nri#s2', 1, '決済事業の規模', ['決済', '事業', '規模', '事業'], ['アント', 'グループ'], { heading: '決済' }),
  passage('nri#s3', 2, '延滞率、延滞', ['延滞', '率', '延滞'], [], { alsoIn: [{ doc: 'copy', id: 'copy#s1', order: 0, location: { slide: 1 } }] }),
  passage('alibaba#p1', 0, 'Alibaba AI 投資', ['Alibaba', 'AI', '投資', 'with space'], ['Alibaba', '投資']),
];

const DATA: IndexData = {
  format: INDEX_FORMAT,
  version: 'v',
  corpusHash: 'c',
  builtAt: '2026-01-01T00:00:00.000Z',
  documents: [
    { id: 'nri', title: 'NRI', author: '李', date: '2021-04-05', kind: 'slides', file: 'nri.pdf' },
    { id: 'alibaba', title: 'Alibaba', author: 'Reuters', date: '2025-02-24', kind: 'article', file: 'alibaba.html' },
  ],
  passages: PASSAGES,
  titles: { nri: ['nri'], alibaba: ['alibaba'] },
  aliasGroups: [['アント', 'ant']],
  synonyms: [['規模', 'スケール']],
  readings: { エンタイ: ['延滞'] },
  miniSearch: composeBlocks(
    [
      blockPostings(
        PASSAGES.map((p) => ({ id: p.id, words: [...new Set(p.terms.map(([t]) => t))].join(' '), bigrams: [...p.text].join(' '), context: p.context.join(' ') })),
        MINISEARCH_OPTIONS,
      ),
    ],
    MINISEARCH_OPTIONS.fields,
  ),
};

/** An index of these passages alone (their words, their characters as bigrams, their context). */
function dataOf(passages: IndexedPassage[]): IndexData {
  const fields = passages.map((p) => ({ id: p.id, words: [...new Set(p.terms.map(([t]) => t))].join(' '), bigrams: [...p.text].join(' '), context: p.context.join(' ') }));
  return { ...DATA, passages, miniSearch: composeBlocks([blockPostings(fields, MINISEARCH_OPTIONS)], MINISEARCH_OPTIONS.fields) };
}

describe('an index opened from its file', () => {
  it('holds what was built, passages with their text and analysis', () => {
    const { data } = openIndex(encodeIndex(DATA));
    const { miniSearch: _miniSearch, ...content } = DATA;
    expect(data).toEqual(content);
    // A spread copy has every field, and so has a passage as another document holds it.
    const opened = openIndex(encodeIndex(DATA)).data.passages[2]!;
    expect({ ...opened }).toEqual(PASSAGES[2]);
    const copy = { doc: 'copy', id: 'copy#s1', order: 0, alsoIn: [] };
    expect(passageWith(openIndex(encodeIndex(DATA)).data.passages[2]!, copy)).toEqual({ ...PASSAGES[2], ...copy });
  });

  it('searches as MiniSearch loaded from its serialised form does', () => {
    const opened = openIndex(encodeIndex(DATA)).miniSearch;
    const own = MiniSearch.loadJS<IndexedFields>(JSON.parse(JSON.stringify(toMiniSearchJson(DATA.miniSearch))) as never, MINISEARCH_OPTIONS);
    const boostTerm = (term: string) => (term === '延滞' ? 0.5 : 1);
    for (const query of ['アリババ 戦略', '延滞', '事業 決済', 'AI 投資', 'アント', '存在しない', '投 資 延']) {
      const search: Query = {
        combineWith: 'OR',
        queries: [
          { queries: [query], fields: ['words'], boost: { words: 2 } },
          { queries: [query], fields: ['bigrams'], boost: { bigrams: 0.5 } },
          { queries: [query], fields: ['context'] },
        ],
      };
      expect(opened.search(search, { boostTerm })).toEqual(own.search(search, { boostTerm }));
    }
  });

  it('counts the passages each term of their text is in', () => {
    const { documentFrequency } = openIndex(encodeIndex(DATA));
    expect(['事業', '延滞', 'アリババ', 'with space', 'プラットフォーマー', 'ない'].map(documentFrequency)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('knows a term held as a word or in what a passage is about, not one only its bigrams hold', () => {
    const { indexed } = openIndex(encodeIndex(DATA));
    // The bigram field here holds each character of the text: ア is in it, as a word nowhere.
    expect(['アリババ', 'プラットフォーマー', 'ア', 'ない'].map(indexed)).toEqual([true, true, false, false]);
  });

  it('counts a term the words field splits, and not the parts it splits into', () => {
    const passages = [
      passage('d#s1', 0, 'a b a', ['a b', 'a'], []),
      passage('d#s2', 1, 'a', ['a'], []),
      passage('d#s3', 2, 'b c', ['b c'], []),
    ];
    const data = dataOf(passages);
    const { documentFrequency } = openIndex(encodeIndex(data));
    expect(['a b', 'a', 'b', 'b c', 'c', 'with'].map(documentFrequency)).toEqual([1, 2, 0, 1, 0, 0]);
  });

  it('is the same bytes whatever index was encoded before it (terms kept sorted from one encoding to the next)', () => {
    const alone = encodeIndex(DATA);
    // Other terms, some sorting before and after DATA's, then DATA again.
    encodeIndex(dataOf([passage('x#s1', 0, 'あ ん 事業 zz', ['あ', 'ん', '事業', 'zz', '0'], [])]));
    const after = encodeIndex(DATA);
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
    const { documentFrequency } = openIndex(after);
    expect(['事業', '延滞', 'アリババ', 'Alibaba', 'あ', 'zz'].map(documentFrequency)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('is refused when a byte changed or the file was cut short', () => {
    const bytes = encodeIndex(DATA);
    const changed = new Uint8Array(bytes);
    changed[changed.length - 10]! ^= 1;
    expect(() => openIndex(changed)).toThrow(/checksum/);
    expect(() => openIndex(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    expect(() => openIndex(bytes.subarray(0, 20))).toThrow(/header/);
  });
});
