/**
 * kuromoji's lattice, built in linear time: the analysis tokenises with this (see withFastLattice).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Tokenizer } from './tokenizer.ts';

const require = createRequire(import.meta.url);

/** kuromoji's internals that `withFastLattice` uses (not in its type declarations). */
interface KuromojiInternals {
  viterbi_builder: {
    trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
    token_info_dictionary: { target_map: Record<number, ArrayLike<number>>; dictionary: { getShort(offset: number): number } };
    unknown_dictionary: {
      lookup(ch: string): { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number };
      target_map: Record<number, ArrayLike<number>>;
      dictionary: { getShort(offset: number): number };
    };
    build(sentence: string): unknown;
  };
  getLattice(sentence: string): unknown;
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
 * (rare: emoji, rare kanji) go through kuromoji's own builder. The tokenizer given is left as it
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
    const classes = Array.from(sentence, (ch) => unknown.lookup(ch));
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
          const dictionary = known.dictionary;
          lattice.append(new ViterbiNode(id, dictionary.getShort(id + 4), pos + 1, word.length, 'KNOWN', dictionary.getShort(id), dictionary.getShort(id + 2), word));
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
          const dictionary = unknown.dictionary;
          lattice.append(new ViterbiNode(id, dictionary.getShort(id + 4), pos + 1, word.length, 'UNKNOWN', dictionary.getShort(id), dictionary.getShort(id + 2), word));
        }
      }
    }
    lattice.appendEos();
    return lattice;
  };
  return fast;
}
