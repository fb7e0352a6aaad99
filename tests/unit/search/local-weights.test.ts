/**
 * BM25 with words' rarity taken within each candidate's document (search/local-weights.ts): a
 * report's own passages keep their order when unrelated documents join the index, where BM25 over
 * the whole index reorders them.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { queryPlan, topResults, type OrQuery } from '../../../src/search/bm25.ts';
import { MINISEARCH_OPTIONS, type IndexedFields, type IndexedPassage } from '../../../src/search/build.ts';
import { withinDocumentScores } from '../../../src/search/local-weights.ts';
import type { Question, Slot } from '../../../src/search/question.ts';
import { DocumentTitles, rank, RANKING_DEFAULTS, type SearchIndex } from '../../../src/search/rank.ts';

interface Made {
  doc: string;
  id: string;
  words: string;
  /** Another document the passage is indexed once for. */
  alsoIn?: string;
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

function indexOf(made: readonly Made[]): SearchIndex & { miniSearch: MiniSearch<IndexedFields>; passages: Map<string, IndexedPassage> } {
  const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  miniSearch.addAll(made.map((m) => ({ id: m.id, words: m.words, bigrams: '', context: '' })));
  const passages = new Map(
    made.map((m, order) => {
      // The passage's terms with their places, as the build stores them: here its words, one line.
      let at = 0;
      const terms = m.words.split(' ').map((term): [string, number, number] => {
        const start = m.words.indexOf(term, at);
        at = start + term.length;
        return [term, start, at];
      });
      const passage: IndexedPassage = { id: m.id, doc: m.doc, order, location: {}, text: m.words, units: [{ start: 0, end: m.words.length }], terms, context: [] };
      if (m.alsoIn) passage.alsoIn = [{ id: `${m.alsoIn}#copy`, doc: m.alsoIn, order: 99, location: {} }];
      return [m.id, passage];
    }),
  );
  return { miniSearch, passages, titles: new DocumentTitles(new Map()) };
}

/** Candidates read as passages of their own documents. */
const inOwn = (passages: ReadonlyMap<string, IndexedPassage>, results: ReadonlyArray<{ id: string }>) => results.map((r) => ({ id: r.id, doc: passages.get(r.id)!.doc }));

/** A question of two words, weighing the same: only BM25 tells the passages that hold one of them apart. */
function question(...words: string[]): Question {
  const slot = (term: string): Slot => ({ terms: new Set([term]), alternatives: new Map(), weight: 1, unknown: false, optional: false });
  return {
    text: words.join(' '),
    normalized: words.join(' '),
    language: 'ja',
    kind: 'any',
    terms: words.map((term, i) => ({ term, start: i, end: i + 1, kind: 'word', noun: true, pos: '名詞' })),
    bigrams: [],
    slots: words.map(slot),
    documents: new Set(),
  } as unknown as Question;
}

const QUERY: OrQuery = { combineWith: 'OR', queries: [{ queries: ['日本企業 提言'], fields: ['words'], boost: { words: 2 } }] };
const WITH_TERM = 'report#p1';
const WITH_PROPOSAL = 'report#p16';

describe('withinDocumentScores', () => {
  it('gives search() scores in an index of one document, with no prior', () => {
    const { miniSearch, passages } = indexOf(REPORT);
    const results = topResults(miniSearch, QUERY, {}, 30);
    const scores = withinDocumentScores(miniSearch, passages, queryPlan(miniSearch, QUERY, {}), inOwn(passages, results), 0);
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
      const within = withinDocumentScores(miniSearch, passages, queryPlan(miniSearch, QUERY, {}), inOwn(passages, results), prior);
      expect(score(within, WITH_PROPOSAL)).toBeGreaterThan(score(within, WITH_TERM));
    }
    // With no prior, the report's passages score exactly as they do alone.
    const within = withinDocumentScores(miniSearch, passages, queryPlan(miniSearch, QUERY, {}), inOwn(passages, results), 0);
    for (const { id, score: alone } of aloneResults) expect(score(within, id)).toBeCloseTo(alone, 12);
  });

  it('leans on the whole index for a document of one passage', () => {
    const { miniSearch, passages } = indexOf([...REPORT, ...MANUALS]);
    const results = topResults(miniSearch, QUERY, {}, 60);
    const manual = results.findIndex((r) => r.id === 'man-0#p1');
    // Alone, a one-passage document would give 提言 the lowest rarity possible; the prior keeps it near the index's.
    const alone = withinDocumentScores(miniSearch, passages, queryPlan(miniSearch, QUERY, {}), inOwn(passages, results), 0)[manual]!;
    const smoothed = withinDocumentScores(miniSearch, passages, queryPlan(miniSearch, QUERY, {}), inOwn(passages, results), 10)[manual]!;
    expect(Math.abs(smoothed - results[manual]!.score)).toBeLessThan(Math.abs(alone - results[manual]!.score));
  });
});

describe('rank among many documents', () => {
  const reportPassages = (ranked: ReturnType<typeof rank>) => ranked.filter((r) => r.passage.doc === 'report').map((r) => r.passage.id);

  it('orders a document’s passages by its own words’ rarity, the documents by the whole index’s', () => {
    const index = indexOf([...REPORT, ...MANUALS]);
    const asked = question('日本企業', '提言');
    const options = { ...RANKING_DEFAULTS, candidates: 60 };
    // Every candidate covers one of the two words: BM25 decides.
    expect(reportPassages(rank(asked, index, options))[0]).toBe(WITH_PROPOSAL);
    // With the whole index's rarity alone, a passage that only repeats the report's subject wins.
    expect(reportPassages(rank(asked, index, { ...options, withinDocumentPrior: Infinity }))[0]).not.toBe(WITH_PROPOSAL);
    // The report alone gives the same first passage.
    expect(reportPassages(rank(asked, indexOf(REPORT), options))[0]).toBe(WITH_PROPOSAL);
  });

  it('reads a passage indexed once for two documents as one of the document asked within', () => {
    const made: Made[] = [
      { id: 'd1#p1', doc: 'd1', words: 'X v', alsoIn: 'd2' },
      { id: 'd1#p2', doc: 'd1', words: 'a b' },
      { id: 'd2#p1', doc: 'd2', words: 'Y z' },
      ...Array.from({ length: 40 }, (_, i): Made => ({ id: `d2#q${i + 1}`, doc: 'd2', words: `X w${i + 1}` })),
      ...Array.from({ length: 100 }, (_, i): Made => ({ id: `f${i}#p1`, doc: `f${i}`, words: `Y f${i}` })),
    ];
    const ranked = rank(question('X', 'Y'), indexOf(made), { ...RANKING_DEFAULTS, candidates: 60 }, 'd2');
    const bm25 = (id: string) => ranked.find((r) => r.passage.id === id)!.parts['bm25']!;
    // Within d2, the shared passage is one of d2's forty-one with X, as rare as d2#q1 is there.
    expect(bm25('d1#p1')).toBeCloseTo(bm25('d2#q1'), 12);
    expect(bm25('d2#p1')).toBe(1);
  });
});
