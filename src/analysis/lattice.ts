/**
 * kuromoji's lattice, built in linear time over typed arrays and searched there, and its tokens'
 * features read once per word: the analysis tokenises with this (see withFastLattice).
 */
import { resized } from '../core/typed-array.ts';
import type { KuromojiToken, Tokenizer } from './tokenizer.ts';

/** kuromoji's internals that `withFastLattice` uses and replaces (not in its type declarations). */
interface KuromojiInternals {
  viterbi_builder: {
    trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
    token_info_dictionary: { target_map: Record<number, ArrayLike<number>>; dictionary: { buffer: Uint8Array } };
    unknown_dictionary: {
      lookup(ch: string): CharacterClass;
      target_map: Record<number, ArrayLike<number>>;
      dictionary: { buffer: Uint8Array };
    };
    build(sentence: string): unknown;
  };
  viterbi_searcher: {
    search(lattice: unknown): Array<{ name: number; type: string; start_pos: number; surface_form: string }>;
    connection_costs: { buffer: Int16Array; backward_dimension: number };
  };
  formatter: {
    formatEntry(id: number, position: number, type: string, features: string[]): KuromojiToken;
    formatUnknownEntry(id: number, position: number, type: string, features: string[], surface: string): KuromojiToken;
  };
  token_info_dictionary: { getFeatures(id: number): string | null };
  unknown_dictionary: { getFeatures(id: number): string | null };
  tokenizeForSentence(sentence: string, tokens?: KuromojiToken[]): KuromojiToken[];
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * The same tokenizer (the same dictionaries, the same lattice, the same tokens), building each
 * sentence's lattice in time proportional to its length. kuromoji's builder converts the whole rest
 * of the sentence to UTF-8 (and scans it for surrogates) at every character, to look up the words
 * that start there: quadratic in the sentence, a fifth of its time on prose. Here the sentence is
 * converted once, and the dictionary's trie is walked from each character until it has no
 * continuation, which gives the same words in the same order. Sentences with a surrogate pair
 * (rare: emoji, rare kanji) go through kuromoji's own builder and search. The lattice's nodes are
 * numbers in typed arrays reused from sentence to sentence, not an object each, and the shortest
 * path is found there (see Lattice). Each dictionary entry's features are read and split once,
 * not at every token. The tokenizer given is left as it
 * is: it stays kuromoji as shipped, the floor the benchmarks compare with. A test compares the
 * tokens of both on real text.
 */
export function withFastLattice(tokenizer: Tokenizer): Tokenizer {
  const builder = (tokenizer as unknown as Partial<KuromojiInternals>).viterbi_builder;
  // Not kuromoji's tokenizer (a test's stand-in): nothing to make faster.
  if (!builder) return tokenizer;
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  // The double array's own buffers: DoubleArray.traverse, inlined.
  const base = trie.bc.getBaseBuffer();
  const check = trie.bc.getCheckBuffer();
  const child = (parent: number, code: number): number => {
    const next = base[parent]! + code;
    return next >= 0 && next < check.length && check[next] === parent ? next : -1;
  };
  const encoder = new TextEncoder();
  // A character's class, looked up once per character code (the path has no surrogates).
  const classByCode: Array<CharacterClass | undefined> = [];
  const classOf = (ch: string): CharacterClass => {
    const code = ch.charCodeAt(0);
    return (classByCode[code] ??= unknown.lookup(ch));
  };
  // ByteBuffer.getShort, inlined: a little-endian signed 16-bit number.
  const knownBytes = known.dictionary.buffer;
  const unknownBytes = unknown.dictionary.buffer;
  const shortAt = (bytes: Uint8Array, index: number): number => {
    if (bytes.length < index + 2) return 0;
    const value = bytes[index]! | (bytes[index + 1]! << 8);
    return value & 0x8000 ? value - 0x10000 : value;
  };
  const fast = Object.create(tokenizer) as Tokenizer;
  const internals = tokenizer as unknown as KuromojiInternals;
  const { buffer: connection, backward_dimension: backwardDimension } = internals.viterbi_searcher.connection_costs;
  const lattice = new Lattice();

  /**
   * The lattice of a sentence without surrogates, into `lattice`: kuromoji's nodes, in the order
   * its builder appends them (each position's dictionary words, shortest first, then its unknown
   * words), as numbers rather than an object each.
   */
  const build = (sentence: string): void => {
    lattice.reset(sentence.length);
    const bytes = encoder.encode(sentence);
    // Where each character starts in `bytes`, and which character ends at each byte offset.
    const byteStart = new Int32Array(sentence.length + 1);
    const charEndingAt = new Int32Array(bytes.length + 1).fill(-1);
    for (let i = 0, offset = 0; i < sentence.length; i++) {
      byteStart[i] = offset;
      const code = sentence.charCodeAt(i);
      offset += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      charEndingAt[offset] = i + 1;
    }
    byteStart[sentence.length] = bytes.length;
    // Each character's class, and where the run of its class that starts there ends (an unknown word's extent).
    const classes = Array.from(sentence, classOf);
    const runEnd = new Int32Array(sentence.length);
    for (let i = sentence.length - 1; i >= 0; i--) runEnd[i] = i + 1 < sentence.length && classes[i + 1]!.class_name === classes[i]!.class_name ? runEnd[i + 1]! : i + 1;
    for (let pos = 0; pos < sentence.length; pos++) {
      let found = false;
      // kuromoji's DoubleArray.commonPrefixSearch, from this character on, without the copy.
      for (let b = byteStart[pos]!, parent = 0; b < bytes.length; b++) {
        const next = child(parent, bytes[b]!);
        if (next === -1) break;
        parent = next;
        const leaf = child(next, 0);
        if (leaf === -1) continue;
        const length = charEndingAt[b + 1]! - pos;
        const ids = known.target_map[-base[leaf]! - 1]!;
        for (let i = 0; i < ids.length; i++) {
          const id = Number(ids[i]);
          lattice.append(id, shortAt(knownBytes, id + 4), pos + 1, length, KNOWN, shortAt(knownBytes, id), shortAt(knownBytes, id + 2));
        }
        found = true;
      }
      // Unknown words, as kuromoji reads them: the character, or the run of its class when its class groups.
      const headClass = classes[pos]!;
      if (!found || headClass.is_always_invoke === 1) {
        const length = headClass.is_grouping === 1 ? runEnd[pos]! - pos : 1;
        const ids = unknown.target_map[headClass.class_id]!;
        for (let j = 0; j < ids.length; j++) {
          const id = Number(ids[j]);
          lattice.append(id, shortAt(unknownBytes, id + 4), pos + 1, length, UNKNOWN, shortAt(unknownBytes, id), shortAt(unknownBytes, id + 2));
        }
      }
    }
  };

  // kuromoji's tokenizeForSentence, with each dictionary entry's features read and split once, not
  // at every token: most words recur. The tokens are the same objects kuromoji's formatter makes.
  const knownFeatures = new Map<number, string[]>();
  const unknownFeatures = new Map<number, string[]>();
  const featuresOf = (memo: Map<number, string[]>, dictionary: { getFeatures(id: number): string | null }, id: number): string[] => {
    let features = memo.get(id);
    if (!features) {
      const line = dictionary.getFeatures(id);
      features = line == null ? [] : line.split(',');
      if (memo.size < FEATURES_KEPT) memo.set(id, features);
    }
    return features;
  };
  /** kuromoji's token for a dictionary word (its features from the memo) or an unknown word (its surface too). */
  const tokenOf = (name: number, position: number, type: string, surface: string): KuromojiToken => {
    if (type === 'KNOWN') return internals.formatter.formatEntry(name, position, type, featuresOf(knownFeatures, internals.token_info_dictionary, name));
    if (type === 'UNKNOWN') return internals.formatter.formatUnknownEntry(name, position, type, featuresOf(unknownFeatures, internals.unknown_dictionary, name), surface);
    return internals.formatter.formatEntry(name, position, type, []);
  };
  (fast as unknown as KuromojiInternals).tokenizeForSentence = function (sentence: string, tokens: KuromojiToken[] = []) {
    const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
    if (SURROGATE.test(sentence)) {
      // kuromoji's own builder and search (rare: emoji, rare kanji).
      for (const node of internals.viterbi_searcher.search(builder.build(sentence))) tokens.push(tokenOf(node.name, last + node.start_pos, node.type, node.surface_form));
      return tokens;
    }
    build(sentence);
    for (const node of lattice.search(connection, backwardDimension)) {
      const start = lattice.start[node]!;
      // Only an unknown word's token holds its surface (a known word's comes from the dictionary).
      const known = lattice.type[node] === KNOWN;
      tokens.push(tokenOf(lattice.name[node]!, last + start, known ? 'KNOWN' : 'UNKNOWN', known ? '' : sentence.slice(start - 1, start - 1 + lattice.length[node]!)));
    }
    return tokens;
  };
  return fast;
}

/** Split features kept per dictionary entry, at most (a few MB; the words a corpus uses are far fewer). */
const FEATURES_KEPT = 200_000;


const KNOWN = 0;
const UNKNOWN = 1;
/** Nodes' room kept between sentences, at most (about 10 MB); a longer sentence's is let go after it. */
const NODES_KEPT = 1 << 18;

/**
 * kuromoji's lattice (ViterbiLattice, ViterbiNode) and its search (ViterbiSearcher), over typed
 * arrays reused from sentence to sentence: the same nodes in the same order, the same costs, the
 * same ties (the first of equal costs wins), the same path. kuromoji makes an object per node,
 * and a sentence has several per character: most of what analysis allocated.
 * Node 0 is the beginning of the sentence; nodes ending at a position keep the order they came in.
 */
class Lattice {
  size = 0;
  private sentenceLength = 0;
  name = new Int32Array(1024);
  cost = new Int32Array(1024);
  /** kuromoji's start_pos: the position of the node's first character, from 1. */
  start = new Int32Array(1024);
  length = new Int32Array(1024);
  type = new Uint8Array(1024);
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  private shortest = new Float64Array(1024);
  private previous = new Int32Array(1024);
  /** Nodes by the position of their last character: `byEnd[endStart[p] … endStart[p + 1]]`. */
  private byEnd = new Int32Array(1024);
  private endStart = new Int32Array(1024);
  private cursor = new Int32Array(1024);

  reset(sentenceLength: number): void {
    // A very long sentence's arrays are not kept for the short ones after it (search sizes its own again).
    if (this.name.length > NODES_KEPT) {
      this.resize(1024, false);
      this.shortest = resized(this.shortest, 1025, false);
      this.previous = resized(this.previous, 1025, false);
      this.byEnd = resized(this.byEnd, 1024, false);
    }
    if (this.endStart.length > NODES_KEPT) {
      this.endStart = resized(this.endStart, 1024, false);
      this.cursor = resized(this.cursor, 1024, false);
    }
    this.sentenceLength = sentenceLength;
    this.size = 1; // the beginning: name -1, cost 0, ending at 0, ids 0
    this.name[0] = -1;
    this.cost[0] = 0;
    this.start[0] = 0;
    this.length[0] = 0;
    this.left[0] = 0;
    this.right[0] = 0;
  }

  append(name: number, cost: number, start: number, length: number, type: number, left: number, right: number): void {
    if (this.size === this.name.length) this.resize(2 * this.size, true);
    const n = this.size++;
    this.name[n] = name;
    this.cost[n] = cost;
    this.start[n] = start;
    this.length[n] = length;
    this.type[n] = type;
    this.left[n] = left;
    this.right[n] = right;
  }

  /** The shortest path's nodes, from the first word to the last; empty when none reaches the end (as kuromoji). */
  search(connection: Int16Array, backwardDimension: number): number[] {
    const { size, sentenceLength: n } = this;
    if (this.endStart.length < n + 2) {
      this.endStart = new Int32Array(2 * (n + 2));
      this.cursor = new Int32Array(2 * (n + 2));
    }
    if (this.byEnd.length < size) this.byEnd = new Int32Array(this.name.length);
    // One more for the end of the sentence.
    if (this.shortest.length < size + 1) {
      this.shortest = new Float64Array(this.name.length + 1);
      this.previous = new Int32Array(this.name.length + 1);
    }
    const { endStart, cursor, byEnd, start, length, cost, left, right, shortest, previous } = this;
    // Group the nodes by the position of their last character (the beginning ends at 0): a
    // counting sort, stable, so that each group keeps the nodes' order.
    const endOf = (node: number) => (node === 0 ? 0 : start[node]! + length[node]! - 1);
    endStart.fill(0, 0, n + 2);
    for (let node = 0; node < size; node++) endStart[endOf(node) + 1]!++;
    for (let p = 0; p <= n; p++) endStart[p + 1]! += endStart[p]!;
    cursor.set(endStart.subarray(0, n + 1));
    for (let node = 0; node < size; node++) byEnd[cursor[endOf(node)]!++] = node;
    // endStart[p] … endStart[p + 1]: the nodes ending at p.
    shortest[0] = 0;
    previous[0] = -1;
    const relax = (node: number, nodeLeft: number, nodeCost: number, before: number): number => {
      // ViterbiSearcher.forward for one node: the first of the cheapest nodes ending just before it.
      let best = Number.MAX_VALUE;
      let from = -1;
      const column = nodeLeft + 2;
      for (let k = endStart[before]!, end = endStart[before + 1]!; k < end; k++) {
        const candidate = byEnd[k]!;
        const total = shortest[candidate]! + connection[right[candidate]! * backwardDimension + column]! + nodeCost;
        if (total < best) {
          best = total;
          from = candidate;
        }
      }
      previous[node] = from;
      return best;
    };
    for (let p = 1; p <= n; p++) {
      for (let k = endStart[p]!, end = endStart[p + 1]!; k < end; k++) {
        const node = byEnd[k]!;
        const before = start[node]! - 1;
        if (endStart[before + 1]! === endStart[before]!) {
          // No node ends just before: kuromoji leaves it unreached.
          shortest[node] = Number.MAX_VALUE;
          previous[node] = -1;
          continue;
        }
        shortest[node] = relax(node, left[node]!, cost[node]!, before);
      }
    }
    // The end of the sentence: starts after the last position, ids and cost 0.
    const endNode = size;
    if (n === 0 || endStart[n + 1]! === endStart[n]!) return [];
    relax(endNode, 0, 0, n);
    const path: number[] = [];
    for (let node = previous[endNode]!; node !== 0; node = previous[node]!) {
      if (node === -1) return [];
      path.push(node);
    }
    return path.reverse();
  }

  /** Room for `capacity` nodes, keeping those appended so far when `keep`. */
  private resize(capacity: number, keep: boolean): void {
    this.name = resized(this.name, capacity, keep);
    this.cost = resized(this.cost, capacity, keep);
    this.start = resized(this.start, capacity, keep);
    this.length = resized(this.length, capacity, keep);
    this.type = resized(this.type, capacity, keep);
    this.left = resized(this.left, capacity, keep);
    this.right = resized(this.right, capacity, keep);
  }
}
