/**
 * BM25 with words' rarity taken within each candidate's document (search/local-weights.ts): a
 * report's own passages keep their order when unrelated documents join the index, where BM25 over
 * the whole index reorders them.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { topResults, type OrQuery } from '../../../src/search/bm25.ts';
import { MINISEARCH_OPTIONS, type IndexedFields, type IndexedPassage } from '../../../src/search/build.ts';
import { withinDocumentScores } from '../../../src/search/local-weights.ts';

interface Made {
  doc: string;
  id: string;
  words: string;
}

/**
 * A report of twenty passages: 日本企業 in fifteen of them (the report's subject), 提言 in one.
 * Every passage has two words, so BM25's length normalisation is the same everywhere.
 */
const REPORT: Made[] = Array.from({ length: 20 }, (_, i) => ({
  doc: 'report',
  id: `report#p${i + 1}`,
  words: i < 15 ? `日本企業 話題${i + 1}` : i === 15 ? '提言 自社' : `投資 話題${i + 1}`,
}));

/** Forty manual pages in which 提言 is a common word and 日本企業 never appears. */
const MANUALS: Made[] = Array.from({ length: 40 }, (_, i) => ({ doc: `man-${i}`, id: `man-${i}#p1`, words: `提言 設定${i}` }));

function indexOf(made: readonly Made[]): { miniSearch: MiniSearch<IndexedFields>; passages: Map<string, IndexedPassage> } {
  const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  miniSearch.addAll(made.map((m) => ({ id: m.id, words: m.words, bigrams: '', context: '' })));
  const passages = new Map(made.map((m, order) => [m.id, { id: m.id, doc: m.doc, order, location: {}, text: m.words, units: [], terms: [], context: [] } as IndexedPassage]));
  return { miniSearch, passages };
}

const QUERY: OrQuery = { combineWith: 'OR', queries: [{ queries: ['日本企業 提言'], fields: ['words'], boost: { words: 2 } }] };
const WITH_TERM = 'report#p1';
const WITH_PROPOSAL = 'report#p16';

describe('withinDocumentScores', () => {
  it('gives search() scores in an index of one document, with no prior', () => {
    const { miniSearch, passages } = indexOf(REPORT);
    const results = topResults(miniSearch, QUERY, {}, 30);
    const scores = withinDocumentScores(miniSearch, passages, QUERY, {}, results, 0);
    results.forEach((result, i) => expect(scores[i]).toBeCloseTo(result.score, 12));
  });

  it('keeps the order of a document’s passages when unrelated documents join the index', () => {
    const alone = indexOf(REPORT);
    const aloneResults = topResults(alone.miniSearch, QUERY, {}, 30);
    // On its own, the report's one passage with 提言 comes first: 日本企業 is in most of its passages.
    expect(aloneResults[0]!.id).toBe(WITH_PROPOSAL);

    const { miniSearch, passages } = indexOf([...REPORT, ...MANUALS]);
    const results = topResults(miniSearch, QUERY, {}, 60);
    const score = (scores: ArrayLike<number>, id: string) => scores[results.findIndex((r) => r.id === id)]!;
    // Over the whole index, 提言 is common and 日本企業 rare: BM25 now puts a 日本企業 passage first.
    const global = results.map((r) => r.score);
    expect(score(global, WITH_TERM)).toBeGreaterThan(score(global, WITH_PROPOSAL));
    // Within the report, its own counts decide, as they did alone; with the default prior too.
    for (const prior of [0, 10]) {
      const within = withinDocumentScores(miniSearch, passages, QUERY, {}, results, prior);
      expect(score(within, WITH_PROPOSAL)).toBeGreaterThan(score(within, WITH_TERM));
    }
    // With no prior, the report's passages score exactly as they do alone.
    const within = withinDocumentScores(miniSearch, passages, QUERY, {}, results, 0);
    for (const { id, score: alone } of aloneResults) expect(score(within, id)).toBeCloseTo(alone, 12);
  });

  it('leans on the whole index for a document of one passage', () => {
    const { miniSearch, passages } = indexOf([...REPORT, ...MANUALS]);
    const results = topResults(miniSearch, QUERY, {}, 60);
    const manual = results.findIndex((r) => r.id === 'man-0#p1');
    // Alone, a one-passage document would give 提言 the lowest rarity possible; the prior keeps it near the index's.
    const alone = withinDocumentScores(miniSearch, passages, QUERY, {}, results, 0)[manual]!;
    const smoothed = withinDocumentScores(miniSearch, passages, QUERY, {}, results, 10)[manual]!;
    expect(Math.abs(smoothed - results[manual]!.score)).toBeLessThan(Math.abs(alone - results[manual]!.score));
  });
});
