/**
 * The best few results of a MiniSearch OR query, scored from MiniSearch's own posting lists as its
 * `search()` scores them (BM25+ per field, boosts, the result multiplied by how many of the query's
 * terms it matched), without what `search()` makes for every matching passage: a result object
 * with its matched terms and fields, kept, filtered and sorted whole. A question's bigrams match
 * thousands of passages in a large corpus, and ranking reads only the first thirty.
 *
 * It follows MiniSearch 7's `executeQuery`, `termResults` and OR combination exactly, the order of
 * additions included, so scores are equal to the last bit and ties keep MiniSearch's order (the
 * passage that matched first, first). Exact terms only: no prefix or fuzzy matching. A test
 * compares it with `search()` on the same queries, so a MiniSearch that scores differently is noticed.
 */
import type MiniSearch from 'minisearch';

/** One field searched for the terms of a text (MiniSearch's tokenizer and term processor apply), with the field's boost. */
export interface FieldQuery {
  queries: [string];
  fields: [string];
  boost: Record<string, number>;
}

/** The query ranking sends, in the shape MiniSearch's `search()` takes: fields searched one by one, results added together. */
export interface OrQuery {
  combineWith: 'OR';
  queries: FieldQuery[];
}

export interface OrQueryOptions {
  boostTerm?: (term: string, i: number, terms: string[]) => number;
  /** Only results this keeps (called with the result's id, as `search()`'s filter is). */
  filter?: (result: { id: unknown }) => boolean;
}

export interface ScoredResult {
  id: string;
  score: number;
}

/** What MiniSearch 7 keeps and scores with (protected fields: read, never written). */
export interface MiniSearchInternals {
  _options: {
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: { bm25: { k: number; b: number; d: number } };
  };
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _idToShortId: Map<unknown, number>;
}

/** Per-passage sums, reused from question to question (and left zeroed) so that a search makes no garbage the size of the corpus. */
interface Scratch {
  /** The current field's sum, then the total over fields. */
  field: Float64Array;
  total: Float64Array;
  /** How many distinct query terms each passage matched. */
  matched: Uint16Array;
  /** 1 for the passages that have counted the term being read. */
  counted: Uint8Array;
  /** Passages in the order they first matched: in the total, in the current field. */
  order: Int32Array;
  fieldOrder: Int32Array;
  /** 1: in the current field's results; 2: in the total's. */
  state: Uint8Array;
  /** For each field (by id) and passage, BM25's length normalisation `k(1 − b + b·length/average)`: a property of the index. */
  norms: Float64Array[];
}
const scratches = new WeakMap<object, Scratch>();

/** One posting list a query reads: a term in one field, with the term's boost times the field's. */
export interface PlannedTerm {
  term: string;
  postings: Map<number, number>;
  boost: number;
}

/** One field of a query as it is scored: the terms that have postings there, in the query's order. */
export interface PlannedField {
  /** BM25's length normalisation `k(1 − b + b·length/average)` of each passage (by short id) in this field. */
  norm: Float64Array;
  terms: PlannedTerm[];
}

/**
 * The posting lists a query reads, field by field and term by term, in the order search() reads
 * them: each sub-query's text through MiniSearch's tokenizer and term processor (empty terms
 * dropped), `boostTerm` called as search() calls it, terms without postings in the field skipped.
 */
export function queryPlan<T>(miniSearch: MiniSearch<T>, query: OrQuery, options: OrQueryOptions): PlannedField[] {
  const index = miniSearch as unknown as MiniSearchInternals;
  const { tokenize, processTerm } = index._options;
  const { norms } = scratchFor(index);
  return query.queries.map((sub) => {
    const field = sub.fields[0];
    const fieldId = index._fieldIds[field]!;
    const fieldBoost = sub.boost[field] || 1;
    const terms = tokenize(sub.queries[0])
      .flatMap((term) => processTerm(term))
      .filter((term): term is string => !!term);
    const planned: PlannedTerm[] = [];
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const postings = index._index.get(term)?.get(fieldId);
      if (!postings) continue;
      const termBoost = options.boostTerm ? options.boostTerm(term, i, terms) : 1;
      planned.push({ term, postings, boost: termBoost * fieldBoost });
    }
    return { norm: norms[fieldId]!, terms: planned };
  });
}

function scratchFor(index: MiniSearchInternals): Scratch {
  let scratch = scratches.get(index);
  if (!scratch || scratch.total.length < index._nextId) {
    const n = index._nextId;
    const { k, b } = index._options.searchOptions.bm25;
    const norms = index._avgFieldLength.map(() => new Float64Array(n));
    for (const [doc, lengths] of index._fieldLength) {
      norms.forEach((norm, fieldId) => {
        norm[doc] = k * (1 - b + (b * lengths[fieldId]!) / index._avgFieldLength[fieldId]!);
      });
    }
    scratch = { field: new Float64Array(n), total: new Float64Array(n), matched: new Uint16Array(n), counted: new Uint8Array(n), state: new Uint8Array(n), order: new Int32Array(n), fieldOrder: new Int32Array(n), norms };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** A posting list as arrays: the passages, in MiniSearch's order, and the term's BM25+ score in each (before boosts). */
interface ScoredPostings {
  docs: Int32Array;
  scores: Float64Array;
}
/**
 * Kept for the posting lists searched: a score depends only on the term, the field and the passage,
 * so it is computed once, not on every question that has the term (common bigrams are in thousands
 * of passages). Dropped with the index; the index must not change after it is first searched.
 */
const scoredLists = new WeakMap<Map<number, number>, ScoredPostings>();

function scoredPostings(index: MiniSearchInternals, postings: Map<number, number>, norm: Float64Array): ScoredPostings {
  let scored = scoredLists.get(postings);
  if (scored) return scored;
  scored = { docs: new Int32Array(postings.size), scores: new Float64Array(postings.size) };
  const invDocFreq = idf(index._documentCount, postings.size);
  let j = 0;
  for (const [doc, termFreq] of postings) {
    scored.docs[j] = doc;
    scored.scores[j++] = termScore(index, invDocFreq, termFreq, norm[doc]!);
  }
  scoredLists.set(postings, scored);
  return scored;
}

/** Inverse document frequency as MiniSearch's BM25+ computes it; a term no passage has weighs the most. */
export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** A term's BM25+ score in one passage (before boosts), as MiniSearch computes it, from the term's rarity. */
export function termScore(index: MiniSearchInternals, invDocFreq: number, termFreq: number, norm: number): number {
  const { k, d } = index._options.searchOptions.bm25;
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norm));
}

const IN_FIELD = 1;
const IN_TOTAL = 2;

/**
 * The first `limit` results of `miniSearch.search(query, options)`, with the same ids and scores
 * in the same order. `plan`: the query's, when the caller has made it (one question's query is
 * read several times).
 */
export function topResults<T>(miniSearch: MiniSearch<T>, query: OrQuery, options: OrQueryOptions, limit: number, plan = queryPlan(miniSearch, query, options)): ScoredResult[] {
  const index = miniSearch as unknown as MiniSearchInternals;
  const { field: fieldSum, total, matched, counted, state, order, fieldOrder } = scratchFor(index);
  // Passages in the order they first matched (the order of search()'s results before its sort), `seen` of them.
  let seen = 0;
  // The passages of each term read so far: a passage matching a term in two fields counts it once.
  const readFor = new Map<string, Int32Array[]>();
  for (const { norm, terms } of plan) {
    let inField = 0;
    for (const { term, postings, boost } of terms) {
      const { docs, scores } = scoredPostings(index, postings, norm);
      // Posting lists already read for the term: a passage in one of them has counted it.
      const earlier = readFor.get(term);
      if (earlier) for (const list of earlier) for (let j = 0; j < list.length; j++) counted[list[j]!] = 1;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        const score = boost * scores[j]!;
        if (state[doc]! & IN_FIELD) fieldSum[doc] = fieldSum[doc]! + score;
        else {
          fieldSum[doc] = score;
          state[doc] = state[doc]! | IN_FIELD;
          fieldOrder[inField++] = doc;
        }
        if (counted[doc] === 0) matched[doc] = matched[doc]! + 1;
      }
      if (earlier) {
        for (const list of earlier) for (let j = 0; j < list.length; j++) counted[list[j]!] = 0;
        earlier.push(docs);
      } else readFor.set(term, [docs]);
    }
    for (let j = 0; j < inField; j++) {
      const doc = fieldOrder[j]!;
      if (state[doc]! & IN_TOTAL) total[doc] = total[doc]! + fieldSum[doc]!;
      else {
        total[doc] = fieldSum[doc]!;
        order[seen++] = doc;
      }
      state[doc] = IN_TOTAL;
      fieldSum[doc] = 0;
    }
  }
  // The best `limit`, best first; a later passage with an equal score stays after (search()'s sort is stable).
  const top: Array<{ doc: number; score: number }> = [];
  for (let j = 0; j < seen; j++) {
    const doc = order[j]!;
    const score = total[doc]! * (matched[doc]! || 1);
    total[doc] = 0;
    matched[doc] = 0;
    state[doc] = 0;
    if (top.length === limit && !(score > top[limit - 1]!.score)) continue;
    if (options.filter && !options.filter({ id: index._documentIds.get(doc) })) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { doc, score });
    if (top.length > limit) top.pop();
  }
  return top.map(({ doc, score }) => ({ id: String(index._documentIds.get(doc)), score }));
}

/**
 * The scores `topResults` (and `search()`) give the passages `ids` for `query`, equal to the last
 * bit, found by looking each passage up in the query's posting lists instead of reading the lists
 * whole: for scoring a few passages found some other way (no filter applies). A passage that
 * matches nothing scores 0. `plan` as for topResults.
 */
export function scoresOf<T>(miniSearch: MiniSearch<T>, query: OrQuery, options: OrQueryOptions, ids: readonly string[], plan = queryPlan(miniSearch, query, options)): ScoredResult[] {
  const index = miniSearch as unknown as MiniSearchInternals;
  const shortIds = ids.map((id) => index._idToShortId.get(id));
  const totals = ids.map(() => 0);
  const seen = ids.map(() => false);
  const matched = ids.map(() => new Set<string>());
  for (const { norm, terms } of plan) {
    const sums = ids.map(() => 0);
    const inField = ids.map(() => false);
    for (const { term, postings, boost } of terms) {
      const invDocFreq = idf(index._documentCount, postings.size);
      shortIds.forEach((shortId, j) => {
        const termFreq = shortId === undefined ? undefined : postings.get(shortId);
        if (termFreq === undefined) return;
        // The same operations as scoredPostings and topResults, in the same order: the same bits.
        const score = boost * termScore(index, invDocFreq, termFreq, norm[shortId!]!);
        sums[j] = inField[j] ? sums[j]! + score : score;
        inField[j] = true;
        matched[j]!.add(term);
      });
    }
    ids.forEach((_, j) => {
      if (!inField[j]) return;
      totals[j] = seen[j] ? totals[j]! + sums[j]! : sums[j]!;
      seen[j] = true;
    });
  }
  return ids.map((id, j) => ({ id, score: totals[j]! * (matched[j]!.size || 1) }));
}
