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
interface MiniSearchInternals {
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
}

/** Per-passage sums, reused from question to question (and left zeroed) so that a search makes no garbage the size of the corpus. */
interface Scratch {
  /** The current field's sum, then the total over fields. */
  field: Float64Array;
  total: Float64Array;
  /** How many distinct query terms each passage matched. */
  matched: Uint16Array;
  /** 1: in the current field's results; 2: in the total's. */
  state: Uint8Array;
}
const scratches = new WeakMap<object, Scratch>();

function scratchFor(index: MiniSearchInternals): Scratch {
  let scratch = scratches.get(index);
  if (!scratch || scratch.total.length < index._nextId) {
    const n = index._nextId;
    scratch = { field: new Float64Array(n), total: new Float64Array(n), matched: new Uint16Array(n), state: new Uint8Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

const IN_FIELD = 1;
const IN_TOTAL = 2;

/**
 * The first `limit` results of `miniSearch.search(query, options)`, with the same ids and scores
 * in the same order.
 */
export function topResults<T>(miniSearch: MiniSearch<T>, query: OrQuery, options: OrQueryOptions, limit: number): ScoredResult[] {
  const index = miniSearch as unknown as MiniSearchInternals;
  const { tokenize, processTerm, searchOptions } = index._options;
  const { k, b, d } = searchOptions.bm25;
  const { field: fieldSum, total, matched, state } = scratchFor(index);
  // Passages in the order they first matched: the order of search()'s results before its sort.
  const seen: number[] = [];
  // Posting lists already read for each term: a passage matching a term in two fields counts it once.
  const readFor = new Map<string, Array<Map<number, number>>>();
  for (const sub of query.queries) {
    const field = sub.fields[0];
    const fieldId = index._fieldIds[field]!;
    const fieldBoost = sub.boost[field] || 1;
    const avgFieldLength = index._avgFieldLength[fieldId]!;
    const terms = tokenize(sub.queries[0])
      .flatMap((term) => processTerm(term))
      .filter((term): term is string => !!term);
    const inField: number[] = [];
    terms.forEach((term, i) => {
      const postings = index._index.get(term)?.get(fieldId);
      if (!postings) return;
      const termBoost = options.boostTerm ? options.boostTerm(term, i, terms) : 1;
      const matchingCount = postings.size;
      const invDocFreq = Math.log(1 + (index._documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
      const earlier = readFor.get(term);
      for (const [doc, termFreq] of postings) {
        const fieldLength = index._fieldLength.get(doc)![fieldId]!;
        const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        const score = 1 * termBoost * fieldBoost * 1 * rawScore;
        if (state[doc]! & IN_FIELD) fieldSum[doc] = fieldSum[doc]! + score;
        else {
          fieldSum[doc] = score;
          state[doc] = state[doc]! | IN_FIELD;
          inField.push(doc);
        }
        if (!earlier?.some((list) => list.has(doc))) matched[doc] = matched[doc]! + 1;
      }
      if (earlier) earlier.push(postings);
      else readFor.set(term, [postings]);
    });
    for (const doc of inField) {
      if (state[doc]! & IN_TOTAL) total[doc] = total[doc]! + fieldSum[doc]!;
      else {
        total[doc] = fieldSum[doc]!;
        seen.push(doc);
      }
      state[doc] = IN_TOTAL;
      fieldSum[doc] = 0;
    }
  }
  // The best `limit`, best first; a later passage with an equal score stays after (search()'s sort is stable).
  const top: Array<{ doc: number; score: number }> = [];
  for (const doc of seen) {
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
