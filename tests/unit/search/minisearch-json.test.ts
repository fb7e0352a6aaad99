/**
 * The index build composes MiniSearch's serialised index itself (search/minisearch-json.ts): it
 * must be what MiniSearch's own `add` + `toJSON` give for the same documents, or loaded indexes
 * would score differently. Passages as the build gives them: analysed terms joined by spaces.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../src/search/build.ts';
import { blockPostings, composeBlocks, composeMiniSearchJson, toMiniSearchJson } from '../../../src/search/minisearch-json.ts';

const PASSAGES: Array<IndexedFields & Record<string, string>> = [
  { id: 'nri#s1', words: 'アリババ テンセント 戦略 転換', bigrams: 'アリ リバ バ・ ・テ テン ンセ セン ント', context: 'プラットフォーマー 戦略' },
  { id: 'nri#s2', words: '決済 事業 規模 超える 事業 柱', bigrams: '決済 済事 事業 業の 規模', context: 'アント グループ アント' },
  // A field with nothing in it, and a term repeated within a field (its frequency counts).
  { id: 'nri#s3', words: '延滞 率 延滞 零細 企業', bigrams: '', context: '' },
  { id: 'alibaba#p1', words: 'Alibaba AI 投資 3800億 元', bigrams: 'al li ib ba AI 投資', context: 'Alibaba 巨額 AI 投資' },
];

function viaMiniSearch(passages: readonly IndexedFields[]) {
  const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  for (const passage of passages) miniSearch.add(passage);
  return JSON.parse(JSON.stringify(miniSearch)) as ReturnType<typeof composeMiniSearchJson>;
}

describe('the composed MiniSearch index', () => {
  it('holds what MiniSearch serialises: ids, field lengths, averages and every posting', () => {
    const composed = composeMiniSearchJson(PASSAGES, MINISEARCH_OPTIONS);
    const expected = viaMiniSearch(PASSAGES);
    const { index: composedIndex, ...composedRest } = composed;
    const { index: expectedIndex, ...expectedRest } = expected;
    expect(composedRest).toEqual(expectedRest);
    // MiniSearch writes terms in its radix tree's order; what matters is the same postings per term.
    expect(new Map(JSON.parse(JSON.stringify(composedIndex)))).toEqual(new Map(expectedIndex));
  });

  it('loads into MiniSearch and scores every query as MiniSearch’s own index does', () => {
    const composed = MiniSearch.loadJS<IndexedFields>(composeMiniSearchJson(PASSAGES, MINISEARCH_OPTIONS) as never, MINISEARCH_OPTIONS);
    const own = MiniSearch.loadJS<IndexedFields>(viaMiniSearch(PASSAGES) as never, MINISEARCH_OPTIONS);
    for (const query of ['アリババ 戦略', '延滞', '事業', 'AI 投資', 'アント', '存在しない']) {
      expect(composed.search(query)).toEqual(own.search(query));
    }
    expect(composed.search('延滞')[0]?.id).toBe('nri#s3');
  });

  it('is the same whatever was composed before it in the process (terms are numbered once per process)', () => {
    const alone = toMiniSearchJson(composeBlocks([blockPostings(PASSAGES, MINISEARCH_OPTIONS)], MINISEARCH_OPTIONS.fields));
    const other = [{ id: 'x#1', words: '全く 別の 語彙 アリババ', bigrams: '全く く別', context: '' }];
    composeBlocks([blockPostings(other, MINISEARCH_OPTIONS)], MINISEARCH_OPTIONS.fields);
    const again = toMiniSearchJson(composeBlocks([blockPostings(PASSAGES, MINISEARCH_OPTIONS)], MINISEARCH_OPTIONS.fields));
    const { index: aloneIndex, ...aloneRest } = alone;
    const { index: againIndex, ...againRest } = again;
    expect(againRest).toEqual(aloneRest);
    expect(new Map(againIndex)).toEqual(new Map(aloneIndex));
    // Only the index's own terms, none of the other block's.
    expect(againIndex.map(([term]) => term)).not.toContain('語彙');
  });

  it('follows MiniSearch with a term processor that drops tokens and makes two tokens one term', () => {
    // Lowercased, stop words and empty tokens dropped: 'The' and 'the' count as one term; a field's
    // length is still its number of distinct tokens, as MiniSearch counts them.
    const options = {
      ...MINISEARCH_OPTIONS,
      processTerm: (term: string) => (['the', 'of', ''].includes(term.toLowerCase()) ? null : term.toLowerCase()),
    };
    const passages = [
      { id: 'a', words: 'The Cloud the cloud  of AI', bigrams: 'Cl cl ou', context: 'THE Report' },
      { id: 'b', words: 'ai AI Ai', bigrams: '', context: 'report of the cloud' },
    ];
    const miniSearch = new MiniSearch<IndexedFields>(options);
    for (const passage of passages) miniSearch.add(passage);
    const expected = JSON.parse(JSON.stringify(miniSearch)) as ReturnType<typeof composeMiniSearchJson>;
    const composed = toMiniSearchJson(composeBlocks([blockPostings(passages, options)], options.fields));
    const { index: composedIndex, ...composedRest } = composed;
    const { index: expectedIndex, ...expectedRest } = expected;
    expect(composedRest).toEqual(expectedRest);
    expect(new Map(JSON.parse(JSON.stringify(composedIndex)))).toEqual(new Map(expectedIndex));
    expect(composedIndex.map(([term]) => term)).not.toContain('The');
  });

  it('numbers only terms, in the order first met: a dropped token is not a term, even when another token later becomes it', () => {
    const options = { fields: ['f'], tokenize: (text: string) => text.split(' '), processTerm: (term: string) => (term === 'xq' ? null : term === 'yq' ? 'xq' : term) };
    const composed = composeBlocks([blockPostings([{ id: 'd', f: 'xq bq yq' }], options)], options.fields);
    expect(composed.postings.terms).toEqual(['bq', 'xq']);
    expect(composed.fieldLength).toEqual([[3]]);
  });

  it('is the same composed from blocks of consecutive passages (a build merging the postings of each document)', () => {
    const blocks = [PASSAGES.slice(0, 1), PASSAGES.slice(1, 3), [], PASSAGES.slice(3)].map((block) => blockPostings(block, MINISEARCH_OPTIONS));
    expect(toMiniSearchJson(composeBlocks(blocks, MINISEARCH_OPTIONS.fields))).toEqual(composeMiniSearchJson(PASSAGES, MINISEARCH_OPTIONS));
  });
});
