/**
 * kuromoji's lattice, built in linear time, and its tokens' features read once per word: the
 * analysis tokenises with this (see withFastLattice).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { KuromojiToken, Tokenizer } from './tokenizer.ts';

const require = createRequire(import.meta.url);

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
  viterbi_searcher: { search(lattice: unknown): Array<{ name: number; type: string; start_pos: number; surface_form: string }> };
  formatter: {
    formatEntry(id: number, position: number, type: string, features: string[]): KuromojiToken;
    formatUnknownEntry(id: number, position: number, type: string, features: string[], surface: string): KuromojiToken;
  };
  token_info_dictionary: { getFeatures(id: number): string | null };
  unknown_dictionary: { getFeatures(id: number): string | null };
  getLattice(sentence: string): unknown;
  tokenizeForSentence(sentence: string, tokens?: KuromojiToken[]): KuromojiToken[];
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
type LatticeClass = new () => { append(node: unknown): void; appendEos(): void };
type NodeClass = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * The same tokenizer (the same dictionaries, the same lattice, the same tokens), building each
 * sentence's lattice in time proportional to its length. kuromoji's builder converts the whole rest
 * of the sentence to UTF-8 (and scans it for surrogates) at every character, to look up the words
 * that start there: quadratic in the sentence, a fifth of its time on prose. Here the sentence is
 * converted once, and the dictionary's trie is walked from each character until it has no
 * continuation, which gives the same words in the same order. Sentences with a surrogate pair
 * (rare: emoji, rare kanji) go through kuromoji's own builder. Each dictionary entry's features
 * are read and split once, not at every token. The tokenizer given is left as it
 * is: it stays kuromoji as shipped, the floor the benchmarks compare with. A test compares the
 * tokens of both on real text.
 */
export function withFastLattice(tokenizer: Tokenizer): Tokenizer {
  const kuromojiDir = path.dirname(require.resolve('kuromoji/package.json'));
  const ViterbiLattice = require(path.join(kuromojiDir, 'src', 'viterbi', 'ViterbiLattice.js')) as LatticeClass;
  const ViterbiNode = require(path.join(kuromojiDir, 'src', 'viterbi', 'ViterbiNode.js')) as NodeClass;
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
  (fast as unknown as KuromojiInternals).getLattice = (sentence: string) => {
    if (SURROGATE.test(sentence)) return builder.build(sentence);
    const lattice = new ViterbiLattice();
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
        const word = sentence.slice(pos, charEndingAt[b + 1]!);
        const ids = known.target_map[-base[leaf]! - 1]!;
        for (let i = 0; i < ids.length; i++) {
          const id = Number(ids[i]);
          lattice.append(new ViterbiNode(id, shortAt(knownBytes, id + 4), pos + 1, word.length, 'KNOWN', shortAt(knownBytes, id), shortAt(knownBytes, id + 2), word));
        }
        found = true;
      }
      // Unknown words, as kuromoji reads them: the character, or the run of its class when its class groups.
      const headClass = classes[pos]!;
      if (!found || headClass.is_always_invoke === 1) {
        const word = headClass.is_grouping === 1 ? sentence.slice(pos, runEnd[pos]) : sentence[pos]!;
        const ids = unknown.target_map[headClass.class_id]!;
        for (let j = 0; j < ids.length; j++) {
          const id = Number(ids[j]);
          lattice.append(new ViterbiNode(id, shortAt(unknownBytes, id + 4), pos + 1, word.length, 'UNKNOWN', shortAt(unknownBytes, id), shortAt(unknownBytes, id + 2), word));
        }
      }
    }
    lattice.appendEos();
    return lattice;
  };
  // kuromoji's tokenizeForSentence, with each dictionary entry's features read and split once, not
  // at every token: most words recur. The tokens are the same objects kuromoji's formatter makes.
  const internals = tokenizer as unknown as KuromojiInternals;
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
  (fast as unknown as KuromojiInternals).tokenizeForSentence = function (this: KuromojiInternals, sentence: string, tokens: KuromojiToken[] = []) {
    const path = internals.viterbi_searcher.search(this.getLattice(sentence));
    const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
    for (const node of path) {
      const position = last + node.start_pos;
      if (node.type === 'KNOWN') tokens.push(internals.formatter.formatEntry(node.name, position, node.type, featuresOf(knownFeatures, internals.token_info_dictionary, node.name)));
      else if (node.type === 'UNKNOWN') tokens.push(internals.formatter.formatUnknownEntry(node.name, position, node.type, featuresOf(unknownFeatures, internals.unknown_dictionary, node.name), node.surface_form));
      else tokens.push(internals.formatter.formatEntry(node.name, position, node.type, []));
    }
    return tokens;
  };
  return fast;
}

/** Split features kept per dictionary entry, at most (a few MB; the words a corpus uses are far fewer). */
const FEATURES_KEPT = 200_000;

