/**
 * BM25 over a document's own passages. A word's rarity over every passage mixes two things: how
 * few documents use it (日本企業 in a study group's report among 500 manual pages) and how few of
 * a document's passages do. Only the second tells which of a document's passages answers; with the
 * first in it, adding unrelated documents reorders a document's own passages (日本企業, in every
 * other passage of that report, outweighs the words that pick the passage).
 *
 * So candidates are also scored as MiniSearch scores them (BM25+ per field, boosts, times the
 * number of the query's terms matched) but with each term's rarity among the passages of the
 * candidate's document, smoothed toward its rarity among all passages by `prior` passages' worth
 * (a Dirichlet prior): a long document speaks for itself, a one-passage manual page mostly through
 * the index.
 */
import type MiniSearch from 'minisearch';
import { queryPlan, type MiniSearchInternals, type OrQuery, type OrQueryOptions } from './bm25.ts';
import type { IndexedFields, IndexedPassage } from './build.ts';
import { idf } from './question.ts';

/** For one index: each passage's document (by MiniSearch's short id) and each document's passages. */
interface DocumentsOfPassages {
  numbers: Map<string, number>;
  /** Document number of each short id; -1 for ids no passage has (removed ones). */
  documentOf: Int32Array;
  /** The short ids of each document's passages. */
  members: Int32Array[];
  total: number;
  /** Scratch marks by document number, left all 0. */
  wanted: Uint8Array;
}

const byIndex = new WeakMap<object, DocumentsOfPassages>();

function documentsOfPassages(index: MiniSearchInternals, passages: ReadonlyMap<string, IndexedPassage>): DocumentsOfPassages {
  let found = byIndex.get(index);
  if (found) return found;
  const numbers = new Map<string, number>();
  const documentOf = new Int32Array(index._nextId).fill(-1);
  const members: number[][] = [];
  let total = 0;
  for (const [shortId, id] of index._documentIds) {
    const passage = passages.get(String(id));
    if (!passage) continue;
    let n = numbers.get(passage.doc);
    if (n === undefined) {
      numbers.set(passage.doc, (n = numbers.size));
      members.push([]);
    }
    documentOf[shortId] = n;
    members[n]!.push(shortId);
    total++;
  }
  found = { numbers, documentOf, members: members.map((list) => Int32Array.from(list)), total, wanted: new Uint8Array(members.length) };
  byIndex.set(index, found);
  return found;
}

/**
 * In how many passages of each document a posting list has an entry, for the documents counted so
 * far: kept with the list, as bm25.ts keeps its scores (the index must not change after it is first
 * searched). A bot's questions share most of their words, so most counts are found here.
 */
const countsByList = new WeakMap<Map<number, number>, Map<number, number>>();

/**
 * In how many passages of each of `documents` a posting list has an entry, into `counts` (by
 * document number): kept ones, else through the list once or through the documents' passages,
 * whichever is shorter.
 */
function countWithin(postings: Map<number, number>, documents: readonly number[], docs: DocumentsOfPassages, counts: Int32Array): void {
  let kept = countsByList.get(postings);
  if (!kept) countsByList.set(postings, (kept = new Map()));
  const missing: number[] = [];
  let members = 0;
  for (const document of documents) {
    const n = kept.get(document);
    if (n !== undefined) counts[document] = n;
    else {
      missing.push(document);
      members += docs.members[document]!.length;
    }
  }
  if (missing.length === 0) return;
  if (postings.size <= members) {
    const wanted = docs.wanted;
    for (const document of missing) {
      counts[document] = 0;
      wanted[document] = 1;
    }
    for (const shortId of postings.keys()) {
      const document = docs.documentOf[shortId]!;
      if (document >= 0 && wanted[document] === 1) counts[document]!++;
    }
    for (const document of missing) wanted[document] = 0;
  } else {
    for (const document of missing) {
      const list = docs.members[document]!;
      let n = 0;
      for (let i = 0; i < list.length; i++) if (postings.has(list[i]!)) n++;
      counts[document] = n;
    }
  }
  for (const document of missing) kept.set(document, counts[document]!);
}

/**
 * Each candidate's BM25+ score for `query` (as `search()` would give it, see bm25.ts) with terms'
 * rarity taken within the candidate's own document, in the candidates' order. `plan` as for topResults.
 */
export function withinDocumentScores(
  miniSearch: MiniSearch<IndexedFields>,
  passages: ReadonlyMap<string, IndexedPassage>,
  query: OrQuery,
  options: OrQueryOptions,
  candidates: ReadonlyArray<{ id: string }>,
  prior: number,
  plan = queryPlan(miniSearch, query, options),
): Float64Array {
  const index = miniSearch as unknown as MiniSearchInternals;
  const docs = documentsOfPassages(index, passages);
  const { k, d } = index._options.searchOptions.bm25;
  const shortIds = candidates.map((c) => index._idToShortId.get(c.id) ?? -1);
  const documents = shortIds.map((s) => (s >= 0 ? docs.documentOf[s]! : -1));
  const scores = new Float64Array(candidates.length);
  // How many distinct query terms each candidate matched (a term in two fields counts once), and
  // for each term the candidates that have counted it.
  const matched = new Uint16Array(candidates.length);
  const countedFor = new Map<string, Uint8Array>();
  const counts = new Int32Array(docs.members.length);
  const frequencies = new Int32Array(candidates.length);
  const holding: number[] = [];
  for (const { norm, terms } of plan) {
    for (const { term, postings, boost } of terms) {
      // The documents of the candidates that have the term: its rarity is counted in each, once.
      holding.length = 0;
      for (let c = 0; c < candidates.length; c++) {
        // A candidate the document table does not know (none, unless the index changed) scores 0.
        const termFreq = documents[c]! >= 0 ? postings.get(shortIds[c]!) : undefined;
        frequencies[c] = termFreq ?? 0;
        if (termFreq === undefined || docs.wanted[documents[c]!] === 1) continue;
        docs.wanted[documents[c]!] = 1;
        holding.push(documents[c]!);
      }
      if (holding.length === 0) continue;
      for (const document of holding) docs.wanted[document] = 0;
      countWithin(postings, holding, docs, counts);
      const shareOfAll = postings.size / Math.max(1, docs.total);
      let counted = countedFor.get(term);
      if (!counted) countedFor.set(term, (counted = new Uint8Array(candidates.length)));
      for (let c = 0; c < candidates.length; c++) {
        const termFreq = frequencies[c]!;
        if (termFreq === 0) continue;
        const document = documents[c]!;
        const invDocFreq = idf(docs.members[document]!.length + prior, counts[document]! + prior * shareOfAll);
        scores[c] = scores[c]! + boost * invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norm[shortIds[c]!]!));
        if (counted[c] === 0) {
          counted[c] = 1;
          matched[c]!++;
        }
      }
    }
  }
  for (let c = 0; c < candidates.length; c++) scores[c] = scores[c]! * (matched[c]! || 1);
  return scores;
}

