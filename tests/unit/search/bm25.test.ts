/**
 * Ranking scores its query from MiniSearch's posting lists itself (search/bm25.ts) instead of
 * calling `search()`: the first results must be `search()`'s, to the last bit of every score and
 * in the same order, ties included. Passages as the build gives them: analysed terms joined by spaces.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { scoresOf, topResults, type OrQuery, type OrQueryOptions } from '../../../src/search/bm25.ts';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../src/search/build.ts';

const PASSAGES: IndexedFields[] = [
  { id: 'nri#s1', words: 'アリババ テンセント 戦略 転換', bigrams: 'アリ リバ ババ テン ンセ セン ント 戦略 転換', context: 'プラットフォーマー 戦略' },
  { id: 'nri#s2', words: '決済 事業 規模 超える 事業 柱', bigrams: '決済 事業 規模 超え える 事業', context: 'アント グループ アント' },
  { id: 'nri#s3', words: '延滞 率 延滞 零細 企業', bigrams: '延滞 滞率 零細 企業', context: 'アント 延滞率' },
  // The same text twice: equal scores, which must keep search()'s order.
  { id: 'nri#s4', words: '延滞 率 上昇', bigrams: '延滞 滞率 上昇', context: '' },
  { id: 'nri#s5', words: '延滞 率 上昇', bigrams: '延滞 滞率 上昇', context: '' },
  { id: 'alibaba#p1', words: 'Alibaba AI 投資 3800億 元', bigrams: 'al li ib ba AI 投資', context: 'Alibaba 巨額 AI 投資' },
  { id: 'alibaba#p2', words: 'AI クラウド 投資 戦略', bigrams: 'AI クラ ラウ ウド 投資 戦略', context: 'Alibaba クラウド' },
];

const miniSearch = MiniSearch.loadJS<IndexedFields>(
  (() => {
    const built = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
    built.addAll(PASSAGES);
    return JSON.parse(JSON.stringify(built)) as never;
  })(),
  MINISEARCH_OPTIONS,
);

/** Words in the word and context fields, bigrams in the bigram field, added together: the query ranking sends. */
function query(words: string, bigrams: string): OrQuery {
  return {
    combineWith: 'OR',
    queries: [
      { queries: [words], fields: ['words'], boost: { words: 2 } },
      { queries: [bigrams], fields: ['bigrams'], boost: { bigrams: 0.6 } },
      { queries: [words], fields: ['context'], boost: { context: 0.5 } },
    ],
  };
}

function expectSameAsSearch(q: OrQuery, options: OrQueryOptions, limit: number): void {
  const expected = miniSearch.search(q, { prefix: false, fuzzy: false, ...options }).slice(0, limit).map((r) => ({ id: r.id as string, score: r.score }));
  expect(topResults(miniSearch, q, options, limit)).toEqual(expected);
}

describe('topResults', () => {
  it('scores as search() does: every field, a term matched in two fields counted once, ties in search() order', () => {
    expectSameAsSearch(query('延滞 率', '延滞 滞率'), {}, 10);
    expectSameAsSearch(query('アント 延滞率 戦略', 'アン ント 延滞 戦略'), {}, 10);
    expectSameAsSearch(query('AI 投資 Alibaba', 'AI 投資 al'), {}, 10);
  });

  it('keeps only the first results, and those the filter keeps', () => {
    expectSameAsSearch(query('延滞 率 戦略 AI', '延滞 戦略'), {}, 2);
    expectSameAsSearch(query('延滞 率 戦略 AI', '延滞 戦略'), { filter: (r) => String(r.id).startsWith('nri#') }, 3);
  });

  it('weighs terms by boostTerm, and reads empty and unknown parts as search() does', () => {
    const boostTerm = (term: string) => (term === '延滞率' ? 0.7 : 1);
    expectSameAsSearch(query('延滞 延滞率 存在しない', ''), { boostTerm }, 10);
    expectSameAsSearch(query('', '延滞 滞率'), {}, 10);
    expect(topResults(miniSearch, query('', ''), {}, 10)).toEqual([]);
  });

  it('gives the same results asked again (what it keeps between questions is left clean)', () => {
    const q = query('アント 延滞 率', '延滞 滞率');
    expect(topResults(miniSearch, q, {}, 5)).toEqual(topResults(miniSearch, q, {}, 5));
    expectSameAsSearch(q, {}, 5);
  });
});

describe('scoresOf', () => {
  it('gives each passage the score topResults gives it, to the last bit, and 0 to one that matches nothing', () => {
    const boostTerm = (term: string) => (term === '延滞率' ? 0.7 : 1);
    for (const [q, options] of [
      [query('アント 延滞率 戦略', 'アン ント 延滞 戦略'), {}],
      [query('延滞 延滞率 投資', '延滞 滞率 投資'), { boostTerm }],
      [query('AI 投資 Alibaba', 'AI 投資 al'), {}],
    ] as Array<[OrQuery, OrQueryOptions]>) {
      const all = topResults(miniSearch, q, options, PASSAGES.length);
      const ids = PASSAGES.map((p) => p.id).reverse();
      const expected = ids.map((id) => ({ id, score: all.find((r) => r.id === id)?.score ?? 0 }));
      expect(scoresOf(miniSearch, q, options, ids)).toEqual(expected);
    }
    expect(scoresOf(miniSearch, query('延滞', ''), {}, ['nri#s1', 'no-such-id'])).toEqual([
      { id: 'nri#s1', score: 0 },
      { id: 'no-such-id', score: 0 },
    ]);
  });
});
