/**
 * MiniSearch's index (what `toJSON` writes and `loadJS` reads), composed directly from each
 * passage's analysed fields. Adding 10,000 passages to a MiniSearch and serialising it takes
 * seconds, because every term goes through its radix tree; an index build only needs the posting
 * lists, which typed arrays give in a fraction of that, so a build that reuses the analysis of
 * unchanged documents need not pay for the whole corpus again.
 *
 * Composing is done in two steps, so that a rebuild after one file changed is a merge: the
 * postings of a block of consecutive documents (one corpus document's passages) are counted once
 * (`blockPostings`, kept by the caller with the document), then the blocks are put together with
 * their documents' short ids (`composeBlocks`). Both are flat arrays of numbers (a million
 * postings for 500 manual pages), which the index file encodes (search/index-file.ts);
 * `toMiniSearchJson` gives MiniSearch's own serialised form, for tests that compare with it.
 *
 * It follows MiniSearch 7's `add` exactly: a field's length is its number of distinct tokens, the
 * average field length is updated document by document in the same order and arithmetic, and a
 * token the term processor drops is not indexed. A test compares the result with MiniSearch's own
 * `toJSON` for the same documents, so a MiniSearch that changes its format is noticed.
 */

import { resized } from '../core/typed-array.ts';

/** The options the index is built and loaded with (see MINISEARCH_OPTIONS). */
export interface ComposeOptions<F extends string> {
  fields: readonly F[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** MiniSearch 7's serialised index, version 2. */
export interface MiniSearchJson {
  documentCount: number;
  nextId: number;
  documentIds: Record<number, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<number, number[]>;
  averageFieldLength: number[];
  /** Always empty: the index stores no fields. */
  storedFields: Record<number, never>;
  dirtCount: number;
  index: Array<[term: string, postings: Record<number, Record<number, number>>]>;
  serializationVersion: 2;
}

/**
 * Terms numbered in the order this process first met them, for every index it composes: a block's
 * terms are numbered once, when its postings are counted, so that putting blocks together looks
 * no term up. It only grows, by the terms of the documents the process reads.
 */
const termNumbers = new Map<string, number>();
const numberedTerms: string[] = [];

function numberOf(term: string): number {
  let n = termNumbers.get(term);
  if (n === undefined) {
    termNumbers.set(term, (n = numberedTerms.length));
    numberedTerms.push(term);
  }
  return n;
}

/**
 * The postings of consecutive documents, counted with their positions in the block (0, 1, 2…):
 * what a block adds to the index wherever its documents' short ids start. Laid flat, as the
 * composed index is (see PostingTable): a block's k-th term is numbered `terms[k]`, and its
 * [position, frequency] pairs in a field are `pairs[field][starts[field][k] … starts[field][k + 1]]`.
 */
export interface BlockPostings {
  ids: string[];
  /** Per document, each field's length (its number of distinct tokens, as MiniSearch counts it). */
  lengths: number[][];
  terms: Uint32Array;
  starts: Uint32Array[];
  pairs: Uint32Array[];
}

/**
 * Scratch space for counting, by a token's or term's process-wide number: stamps say which
 * document field (or which call) a slot was last written for, so nothing is cleared between them.
 */
let scratchSize = 0;
let tokenStamp = new Uint32Array(0);
let termStamp = new Uint32Array(0);
let termCount = new Uint32Array(0);
let callStamp = new Uint32Array(0);
let tokenTerm = new Int32Array(0);
let localIndex = new Uint32Array(0);
let stamp = 0;

/** A new stamp; near the end of the stamps' range, all are cleared and counting starts again. */
function nextStamp(): number {
  if (stamp >= 0xfffffff0) {
    tokenStamp.fill(0);
    termStamp.fill(0);
    callStamp.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

function ensureScratch(size: number): void {
  if (size <= scratchSize) return;
  const grown = Math.max(size, scratchSize * 2, 1024);
  tokenStamp = resized(tokenStamp, grown);
  termStamp = resized(termStamp, grown);
  termCount = resized(termCount, grown);
  callStamp = resized(callStamp, grown);
  tokenTerm = resized(tokenTerm, grown);
  localIndex = resized(localIndex, grown);
  scratchSize = grown;
}

/** A term's process-wide number, with room for it in the scratch space. */
function numberedWithRoom(term: string): number {
  const n = numberOf(term);
  if (n >= scratchSize) ensureScratch(numberedTerms.length);
  return n;
}

/** Count the postings of consecutive documents (see BlockPostings). */
export function blockPostings<F extends string>(documents: Iterable<{ id: string } & Record<F, string>>, options: ComposeOptions<F>): BlockPostings {
  const ids: string[] = [];
  const lengths: number[][] = [];
  const fieldCount = options.fields.length;
  // Per term of the block (its number in `order`), per field, [position, frequency] pairs; terms in the order first seen.
  const order: number[] = [];
  const lists: number[][][] = [];
  // A call's stamp marks what processTerm made of each token and which terms the block has.
  const call = nextStamp();
  const firstSeen: number[] = [];
  // Tokens that are not their own term (dropped, or made another term): rare, counted by string,
  // so that only terms get process-wide numbers (in the order first met, which orders the index).
  const others = new Set<string>();
  for (const document of documents) {
    const position = ids.length;
    ids.push(document.id);
    const documentLengths: number[] = [];
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      // A field's length is its number of distinct tokens (MiniSearch's Set of them); each token
      // the term processor keeps counts for its term, terms listed in the order first met.
      const field = nextStamp();
      let distinct = 0;
      firstSeen.length = 0;
      others.clear();
      for (const token of options.tokenize(document[options.fields[fieldId]!])) {
        let tokenNumber = termNumbers.get(token);
        let termNumber = -1;
        if (tokenNumber === undefined) {
          const term = options.processTerm(token);
          if (!term || term !== token) {
            if (!others.has(token)) {
              others.add(token);
              distinct++;
            }
            if (!term) continue;
            termNumber = numberedWithRoom(term);
          } else {
            tokenNumber = numberedWithRoom(token);
            tokenTerm[tokenNumber] = tokenNumber;
            callStamp[tokenNumber] = call;
            termNumber = tokenNumber;
          }
        }
        if (tokenNumber !== undefined) {
          if (tokenStamp[tokenNumber] !== field) {
            tokenStamp[tokenNumber] = field;
            // Unless it was counted unnumbered earlier in the field (numbered since as another token's term).
            if (others.size === 0 || !others.has(token)) distinct++;
          }
          if (callStamp[tokenNumber] !== call) {
            // What the term processor makes of a numbered token, asked once per call.
            const term = options.processTerm(token);
            // Numbered first: numbering may grow the scratch arrays, tokenTerm among them.
            const processed = term ? numberedWithRoom(term) : -1;
            tokenTerm[tokenNumber] = processed;
            callStamp[tokenNumber] = call;
          }
          termNumber = tokenTerm[tokenNumber]!;
        }
        if (termNumber < 0) continue;
        if (termStamp[termNumber] !== field) {
          termStamp[termNumber] = field;
          termCount[termNumber] = 0;
          firstSeen.push(termNumber);
        }
        termCount[termNumber]!++;
      }
      documentLengths[fieldId] = distinct;
      for (const termNumber of firstSeen) {
        let k = localIndex[termNumber]!;
        if (k >= order.length || order[k] !== termNumber) {
          k = order.length;
          localIndex[termNumber] = k;
          order.push(termNumber);
          lists.push([]);
        }
        (lists[k]![fieldId] ??= []).push(position, termCount[termNumber]!);
      }
    }
    lengths.push(documentLengths);
  }
  const terms = Uint32Array.from(order);
  const starts = options.fields.map(() => new Uint32Array(order.length + 1));
  const pairs = options.fields.map((_field, fieldId) => {
    const start = starts[fieldId]!;
    lists.forEach((byField, k) => (start[k + 1] = start[k]! + (byField[fieldId]?.length ?? 0)));
    const out = new Uint32Array(start[lists.length]!);
    lists.forEach((byField, k) => {
      const list = byField[fieldId];
      if (list) out.set(list, start[k]);
    });
    return out;
  });
  return { ids, lengths, terms, starts, pairs };
}

/**
 * The posting lists of the whole index, laid flat: per field, each term's [short id, frequency]
 * pairs (short ids ascending) are `pairs[field][starts[field][t] … starts[field][t + 1]]`, for the
 * term numbered `t` in `terms`. A million postings are a few typed arrays, not a million objects.
 */
export interface PostingTable {
  terms: string[];
  /** Per field: where each term's pairs start, and where the last ends (terms.length + 1 offsets). */
  starts: Uint32Array[];
  /** Per field: the pairs. */
  pairs: Uint32Array[];
}

/** Each of a term's posting lists: the field, and its pairs laid flat. */
export function* listsOf(table: PostingTable, t: number): Generator<[field: number, pairs: Uint32Array]> {
  for (let field = 0; field < table.starts.length; field++) {
    const start = table.starts[field]![t]!;
    const end = table.starts[field]![t + 1]!;
    if (end > start) yield [field, table.pairs[field]!.subarray(start, end)];
  }
}

/**
 * An index as composed: MiniSearch's per-document figures, and the posting lists (what the index
 * file encodes), not the millions of small objects of the serialised form.
 */
export interface ComposedIndex {
  documentCount: number;
  /** By short id (0, 1, 2…). */
  documentIds: string[];
  fieldIds: Record<string, number>;
  /** By short id: each field's length. */
  fieldLength: number[][];
  averageFieldLength: number[];
  postings: PostingTable;
}

/**
 * The index of blocks of documents, in order (short ids 0, 1, 2… across the blocks). Two passes
 * over typed arrays: the first counts each term's postings per field, the second copies them
 * where the counts say, with the block's first short id added.
 */
export function composeBlocks(blocks: readonly BlockPostings[], fields: readonly string[]): ComposedIndex {
  const fieldIds = Object.fromEntries(fields.map((field, i) => [field, i])) as Record<string, number>;
  const documentIds: string[] = [];
  const fieldLength: number[][] = [];
  const averageFieldLength: number[] = [];
  const firsts: number[] = [];
  for (const block of blocks) {
    firsts.push(documentIds.length);
    block.ids.forEach((id, position) => {
      const count = documentIds.length;
      const lengths = block.lengths[position]!;
      documentIds.push(id);
      fieldLength.push(lengths);
      // MiniSearch's running average, with its arithmetic, so that scores come out the same.
      lengths.forEach((length, fieldId) => {
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * count + length) / (count + 1);
      });
    });
  }
  // Per field, how many numbers each term (by its process-wide number) has.
  const known = numberedTerms.length;
  const counts = fields.map(() => new Uint32Array(known));
  const used = new Uint8Array(known);
  for (const block of blocks) {
    fields.forEach((_field, f) => {
      const count = counts[f]!;
      const start = block.starts[f]!;
      for (let k = 0; k < block.terms.length; k++) {
        const n = block.terms[k]!;
        count[n]! += start[k + 1]! - start[k]!;
        used[n] = 1;
      }
    });
  }
  // The index's terms, in the order of their numbers, and where each one's pairs go.
  const terms: string[] = [];
  const indexOf = new Uint32Array(known);
  for (let n = 0; n < known; n++) {
    if (!used[n]) continue;
    indexOf[n] = terms.length;
    terms.push(numberedTerms[n]!);
  }
  const starts = counts.map((count) => {
    const out = new Uint32Array(terms.length + 1);
    for (let n = 0, t = 0; n < known; n++) {
      if (!used[n]) continue;
      out[t + 1] = out[t]! + count[n]!;
      t++;
    }
    return out;
  });
  const pairs = starts.map((start) => new Uint32Array(start[terms.length]!));
  const next = starts.map((start) => start.slice(0, terms.length));
  blocks.forEach((block, b) => {
    const first = firsts[b]!;
    fields.forEach((_field, f) => {
      const from = block.pairs[f]!;
      const start = block.starts[f]!;
      const into = pairs[f]!;
      const cursor = next[f]!;
      for (let k = 0; k < block.terms.length; k++) {
        const end = start[k + 1]!;
        const t = indexOf[block.terms[k]!]!;
        let at = cursor[t]!;
        // Blocks come in order and positions ascend within a block: the short ids ascend.
        for (let i = start[k]!; i < end; i += 2) {
          into[at++] = first + from[i]!;
          into[at++] = from[i + 1]!;
        }
        cursor[t] = at;
      }
    });
  });
  return { documentCount: documentIds.length, documentIds, fieldIds, fieldLength, averageFieldLength, postings: { terms, starts, pairs } };
}

/** MiniSearch's serialised form of a composed index, as `toJSON` writes it and `loadJS` reads it. */
export function toMiniSearchJson(composed: ComposedIndex): MiniSearchJson {
  const { documentCount, fieldIds, averageFieldLength } = composed;
  const index: MiniSearchJson['index'] = [];
  composed.postings.terms.forEach((term, t) => {
    const entry: Record<number, Record<number, number>> = {};
    for (const [field, pairs] of listsOf(composed.postings, t)) {
      const frequencies: Record<number, number> = {};
      for (let i = 0; i < pairs.length; i += 2) frequencies[pairs[i]!] = pairs[i + 1]!;
      entry[field] = frequencies;
    }
    index.push([term, entry]);
  });
  return {
    documentCount,
    nextId: documentCount,
    documentIds: { ...composed.documentIds },
    fieldIds,
    fieldLength: { ...composed.fieldLength },
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

/** The serialised index of `documents`, in order (short ids 0, 1, 2…), with no stored fields. */
export function composeMiniSearchJson<F extends string>(documents: Iterable<{ id: string } & Record<F, string>>, options: ComposeOptions<F>): MiniSearchJson {
  return toMiniSearchJson(composeBlocks([blockPostings(documents, options)], options.fields));
}
