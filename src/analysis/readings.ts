/**
 * Readings: how the corpus's words sound, so that a question that spells a word in kana
 * (えんたいりつ, しょゆうしゃ) or in romaji (toushi, soshiki saihen) still finds it. The table maps a
 * katakana reading to the terms that read so; it is built from the index's own vocabulary at build
 * time (each term read by kuromoji on its own) and stored in the index.
 *
 * Short readings collide (キ is 機 気 期 記 …): only readings of at least four kana are looked up
 * inside a longer run, three when the run is exactly that reading, never fewer.
 */
import type { KuromojiToken } from './tokenizer.ts';

/** Readings shorter than this are too ambiguous to look up inside a longer run of kana. */
export const READING_MIN_KANA = 4;
/** A run of kana that is exactly one reading may be this short. */
export const READING_WHOLE_RUN_MIN_KANA = 3;
/** Terms sharing a reading beyond this many are not worth offering (ソウ: 層 総 創 想 …). */
const READING_MAX_TERMS = 4;

const KATAKANA = /^[\u30a1-\u30fa\u30fc]+$/;
const HAS_KANJI = /[\u3005\u4e00-\u9fff]/;

/** Hiragana → katakana (ぁ-ゖ are ァ-ヶ shifted by 0x60). */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** A term's reading from its tokens, or undefined when a token has none (an unknown word in kanji). */
export function readingOf(tokens: readonly KuromojiToken[]): string | undefined {
  let reading = '';
  for (const token of tokens) {
    const piece = token.reading && token.reading !== '*' ? token.reading : KATAKANA.test(token.surface_form) ? token.surface_form : undefined;
    if (piece === undefined) return undefined;
    reading += piece;
  }
  return reading || undefined;
}

/** Build the table from terms with their readings (only terms written with kanji need one). */
export function buildReadingTable(readings: Iterable<[term: string, reading: string | undefined]>): Record<string, string[]> {
  const table = new Map<string, Set<string>>();
  for (const [term, reading] of readings) {
    if (!reading || !HAS_KANJI.test(term) || [...reading].length < READING_WHOLE_RUN_MIN_KANA) continue;
    const set = table.get(reading) ?? new Set<string>();
    set.add(term);
    table.set(reading, set);
  }
  const out: Record<string, string[]> = {};
  for (const [reading, terms] of table) if (terms.size <= READING_MAX_TERMS) out[reading] = [...terms].sort();
  return out;
}

/** A reading found in a run of kana, with where it is in the run. */
export interface ReadingHit {
  terms: string[];
  start: number;
  end: number;
}

export class ReadingTable {
  private readonly table: Map<string, string[]>;
  /** The longest piece of a run worth looking up: the longest reading, or a katakana word of up to 24 kana. */
  readonly longestPiece: number;

  constructor(readonly entries: Readonly<Record<string, string[]>>) {
    this.table = new Map(Object.entries(entries));
    this.longestPiece = Math.max(24, ...[...this.table.keys()].map((r) => r.length));
  }

  /** The terms a piece of katakana reads as, or the piece itself when `isWord` says the corpus writes it so. */
  lookup(katakana: string, isWord: (katakana: string) => boolean = () => false): string[] | undefined {
    return this.table.get(katakana) ?? (isWord(katakana) ? [katakana] : undefined);
  }

  /**
   * The words a run of kana spells, longest first and without overlaps: えんたいりつはなんぱーせんと
   * → 延滞率. `isWord` tells katakana words the corpus writes as they are (すもーるすたーと →
   * スモールスタート), which need no reading.
   */
  find(kana: string, isWord: (katakana: string) => boolean = () => false): ReadingHit[] {
    const run = toKatakana(kana);
    const lookup = (piece: string) => this.lookup(piece, isWord);
    if (run.length === READING_WHOLE_RUN_MIN_KANA) {
      const whole = lookup(run);
      return whole ? [{ terms: whole, start: 0, end: run.length }] : [];
    }
    const hits: ReadingHit[] = [];
    for (let start = 0; start + READING_MIN_KANA <= run.length; ) {
      let found: ReadingHit | undefined;
      for (let end = Math.min(run.length, start + this.longestPiece); end - start >= READING_MIN_KANA; end--) {
        const terms = lookup(run.slice(start, end));
        if (terms) {
          found = { terms, start, end };
          break;
        }
      }
      if (found) {
        hits.push(found);
        start = found.end;
      } else {
        start++;
      }
    }
    return hits;
  }
}
