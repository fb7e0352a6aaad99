/**
 * Comparing what a person typed with figure names: `アントの収入構造`, `Ant's revenue mix`,
 * `ｄ３０＋`. Japanese is compared by characters (no spaces between words), English by words.
 */
import { fold } from '../core/text.ts';

/** NFKC, lower case, without spaces and punctuation that names are written with or without. */
export function foldName(text: string): string {
  return fold(text)
    .replace(/['’]s\b/g, '')
    .replace(/[\s・･、。,.:：;；!?！？「」『』()（）[\]【】"'“”‘’\-_/]/g, '');
}

/** Lower-case English words, possessives dropped: `Ant's revenue mix?` → `ant revenue mix`. */
export function englishWords(text: string): string[] {
  return (
    fold(text)
      .replace(/['’]s\b/g, '')
      .match(/[a-z0-9+]+/g) ?? []
  );
}

/** Names written in Latin letters only are matched as whole words, so `ant` does not match `want`. */
export function isLatinName(name: string): boolean {
  return /^[\x20-\x7e]+$/.test(fold(name));
}

function bigrams(folded: string): Map<string, number> {
  const grams = new Map<string, number>();
  if (folded.length === 1) grams.set(folded, 1);
  for (let index = 0; index + 1 < folded.length; index += 1) {
    const gram = folded.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character pairs, 0..1: tolerant of typos and of word order. */
export function diceSimilarity(a: string, b: string): number {
  const first = bigrams(foldName(a));
  const second = bigrams(foldName(b));
  let total = 0;
  let shared = 0;
  for (const count of first.values()) total += count;
  for (const [gram, count] of second) {
    total += count;
    shared += Math.min(count, first.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The share of `query`'s character pairs found in `text`, 0..1: does the text talk about the query? */
export function bigramCoverage(query: string, text: string): number {
  const wanted = bigrams(foldName(query));
  const present = bigrams(foldName(text));
  let total = 0;
  let found = 0;
  for (const [gram, count] of wanted) {
    total += count;
    found += Math.min(count, present.get(gram) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}
