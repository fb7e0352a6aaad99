/**
 * Romaji: Japanese typed in Latin letters (aribaba no AI toushi ikura?, soshiki saihen). A word is
 * read as romaji only when it could be (Hepburn letters only, wholly convertible to kana by
 * `wanakana`), and its kana form is then only a candidate: the question reader keeps it only when
 * it reaches a word of the corpus, and only adds it beside the Latin word, never in its place, so
 * English ("How much will Alibaba invest") is never turned into kana.
 */
import { toHiragana } from 'wanakana';
import { toKatakana } from './readings.ts';

/** Letters romaji does not use (l, q, x, v), or c outside ch. */
const NOT_HEPBURN = /[lqxv]|c(?!h)/;
/** Particles and question words typed in romaji: evidence that a question is romaji, never terms. */
export const ROMAJI_FUNCTION_WORDS = new Set([
  'no', 'wa', 'wo', 'ga', 'ni', 'de', 'to', 'mo', 'ka', 'ha', 'he', 'ya', 'yo', 'ne', 'kara', 'made', 'desu', 'masu',
  'ikura', 'nani', 'nan', 'itsu', 'dare', 'doko', 'naze', 'dou', 'doushite', 'ikutsu', 'nanpa-sento', 'tte',
  'nansha', 'nanko', 'nannin', 'nankai', 'nannen', 'nanbai', 'nanji',
]);

/** The katakana a Latin word spells as romaji, or undefined when it cannot be romaji. */
export function romajiToKatakana(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z-]+$/.test(lower) || NOT_HEPBURN.test(lower) || lower.length < 2) return undefined;
  const kana = toHiragana(lower);
  if (/[a-z]/.test(kana)) return undefined;
  return toKatakana(kana.replace(/-/g, 'ー'));
}

/** Vowels after a kana of the same row, as katakana loanwords write them: ユニコオン → ユニコーン. */
const DOUBLED_VOWEL = /(?<=[アカガサザタダナハバパマヤャラワ])ア|(?<=[イキギシジチヂニヒビピミリ])イ|(?<=[ウクグスズツヅヌフブプムユュル])ウ|(?<=[エケゲセゼテデネヘベペメレ])[エイ]|(?<=[オコゴソゾトドノホボポモヨョロ])[オウ]/g;

/** The katakana spellings a romaji word may stand for: as typed, and with long vowels as ー. */
export function romajiSpellings(katakana: string): string[] {
  const long = katakana.replace(DOUBLED_VOWEL, 'ー');
  return long === katakana ? [katakana] : [katakana, long];
}

/**
 * The particles and question words of a question typed in romaji, in hiragana (ikura → いくら,
 * itsu → いつ), so that what kind of answer it asks for is read as in a question typed in kana.
 */
export function romajiFunctionWordsAsKana(normalized: string): string {
  return (normalized.match(/[a-z-]+/g) ?? []).filter((word) => ROMAJI_FUNCTION_WORDS.has(word)).map((word) => toHiragana(word)).join(' ');
}
