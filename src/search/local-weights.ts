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
import { idf, termScore, type MiniSearchInternals, type PlannedField } from './bm25.ts';
import type { IndexedFields, IndexedPassage } from './build.ts';

/**
 * For one index and its passages: each passage's documents (by MiniSearch's short id) and each
 * document's passages, a passage indexed once for several documents (alsoIn) counted in each.
 */
interface DocumentsOfPassages {
  numbers: Map<string, number>;
  /** Document number of each short id; -1 for ids with no passage in the map. */
  documentOf: Int32Array;
  /** The other documents of a passage indexed once for several, by short id. */
  alsoIn: Map<number, number[]>;
  /** The short ids of each document's passages. */
  members: Int32Array[];
  total: number;
  /** Scratch marks by document number, left all 0. */
  wanted: Uint8Array;
}

const byIndex = new WeakMap<object, { passages: ReadonlyMap<string, IndexedPassage>; docs: DocumentsOfPassages }>();

function documentsOfPassages(index: MiniSearchInternals, passages: ReadonlyMap<string, IndexedPassage>): DocumentsOfPassages {
  const kept = byIndex.get(index);
  if (kept?.passages === passages) return kept.docs;
  const numbers = new Map<string, number>();
  const members: number[][] = [];
  const numberOf = (doc: string) => {
    let n = numbers.get(doc);
    if (n === undefined) {
      numbers.set(doc, (n = numbers.size));
      members.push([]);
    }
    return n;
  };
  const documentOf = new Int32Array(index._nextId).fill(-1);
  const alsoIn = new Map<number, number[]>();
  let total = 0;
  for (const [shortId, id] of index._documentIds) {
    const passage = passages.get(String(id));
    if (!passage) continue;
    const n = numberOf(passage.doc);
    documentOf[shortId] = n;
    members[n]!.push(shortId);
    const others = [...new Set((passage.alsoIn ?? []).map((copy) => numberOf(copy.doc)))].filter((other) => other !== n);
    for (const other of others) members[other]!.push(shortId);
    if (others.length > 0) alsoIn.set(shortId, others);
    total++;
  }
  const docs = { numbers, documentOf, alsoIn, members: members.map((list) => Int32Array.from(list)), total, wanted: new Uint8Array(members.length) };
  byIndex.set(index, { passages, docs });
  return docs;
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
      const others = docs.alsoIn.size > 0 ? docs.alsoIn.get(shortId) : undefined;
      if (others) for (const other of others) if (wanted[other] === 1) counts[other]!++;
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
 * Each candidate's BM25+ score for the query `plan` reads (as `search()` would give it, see
 * bm25.ts) with terms' rarity taken among the passages of the candidate's document, in the
 * candidates' order. A candidate's document is `candidate.doc` (a passage indexed once for several
 * documents is read as one of each).
 */
export function withinDocumentScores(
  miniSearch: MiniSearch<IndexedFields>,
  passages: ReadonlyMap<string, IndexedPassage>,
  plan: readonly PlannedField[],
  candidates: ReadonlyArray<{ id: string; doc: string }>,
  prior: number,
): Float64Array {
  const index = miniSearch as unknown as MiniSearchInternals;
  const docs = documentsOfPassages(index, passages);
  const shortIds = candidates.map((c) => index._idToShortId.get(c.id) ?? -1);
  const documents = candidates.map((c, i) => (shortIds[i]! >= 0 && docs.documentOf[shortIds[i]!]! >= 0 ? (docs.numbers.get(c.doc) ?? -1) : -1));
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
        // A candidate with no passage in the map, or not in MiniSearch, scores 0.
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
        scores[c] = scores[c]! + boost * termScore(index, invDocFreq, termFreq, norm[shortIds[c]!]!);
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
