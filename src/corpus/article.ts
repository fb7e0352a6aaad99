/**
 * Paragraphs of an article (Markdown or plain text), with repeated copies folded: some saved
 * pages hold the text several times over, whole, cut mid-sentence, or run together into one line.
 * Every sentence is kept once, in the first place it appears, and a copy cut short never wins
 * over the whole sentence.
 */
import { endsWithStop, fold, splitSentences } from '../core/text.ts';

export interface ArticleParagraph {
  /** Markdown heading the paragraph sits under, if any. */
  section?: string;
  sentences: string[];
}

/** Separators between saved copies, and other lines that are not text. */
const SEPARATOR = /^(?:-{3,}\s*END\s*-{3,}|-{3,}|\*{3,}|_{3,})$/i;
const HEADING = /^#{1,6}\s+(.+?)\s*#*$/;

/** Plain text from a line of Markdown: emphasis, links, inline code and images unwrapped. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/^>\s?/, '')
    .trim();
}

/** The form two copies of a sentence share: no spaces, no markup. */
function sentenceKey(sentence: string): string {
  return fold(sentence).replace(/[\s*_`]/g, '');
}


/** Two copies of one sentence share at least this share of their bigrams (Dice's coefficient). */
const NEARLY_SAME = 0.85;
/** Sentences shorter than this are only ever copies when they are equal, or one starts the other. */
const NEARLY_SAME_MIN_LENGTH = 20;
/** How many bigram codes there are (two UTF-16 units). */
const CODES = 2 ** 32;
/** How many first characters index a sentence for finding the sentences a cut copy starts. */
const START_LENGTH = 4;

/** Whether two sentence keys' lengths allow them to be nearly the same (a word or two apart). */
function closeInLength(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= Math.max(4, 0.08 * Math.max(a.length, b.length));
}

const bigramCache = new Map<string, Uint32Array>();

/** A text's distinct bigrams, as numbers (two UTF-16 units each), ascending; the last 10,000 texts' kept. */
function bigramCodes(text: string): Uint32Array {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  if (bigramCache.size >= 10_000) bigramCache.clear();
  const codes = distinctBigrams(text);
  bigramCache.set(text, codes);
  return codes;
}

/** The bigram starting at `i`, as one number: its two UTF-16 units. */
function bigramAt(text: string, i: number): number {
  return ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
}

function distinctBigrams(text: string): Uint32Array {
  const all = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i + 1 < text.length; i++) all[i] = bigramAt(text, i);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}

/** Dice's coefficient of two ascending lists of distinct numbers. */
function dice(x: Uint32Array, y: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

interface Place {
  paragraph: number;
  index: number;
}

/** A sentence key met so far: where it is kept, when it was met (for "the first one met"), its bigrams. */
interface Known {
  place: Place;
  order: number;
  bigrams: Uint32Array;
}

/**
 * The sentences of an article met so far, by key, found again without comparing each new
 * sentence with every earlier one (which made a long page quadratic). A sentence that may be a
 * near copy of another shares with it some of the rarest bigrams of either (prefix filtering:
 * two sets with a Dice coefficient of at least 0.85 share one of each set's rarest quarter or
 * so, ranked in one fixed order); a copy cut short shares its first characters. The candidates
 * found so are checked in full, and the first one met wins, as a walk over them all would find.
 */
class SeenSentences {
  private readonly known = new Map<string, Known>();
  private met = 0;
  /** Keys by their first START_LENGTH characters. */
  private readonly byStart = new Map<string, string[]>();
  /** Keys (long enough to be near copies) by each of their rarest bigrams. */
  private readonly byRareBigram = new Map<number, string[]>();

  /**
   * `count`: how often a bigram occurs in the whole text, which orders bigrams rarest first (any
   * fixed order finds the same copies; this one looks at fewer candidates).
   */
  constructor(private readonly count: (code: number) => number) {}

  add(key: string, place: Place): void {
    const known: Known = { place, order: this.met++, bigrams: bigramCodes(key) };
    this.known.set(key, known);
    if (key.length >= START_LENGTH) push(this.byStart, key.slice(0, START_LENGTH), key);
    if (key.length >= NEARLY_SAME_MIN_LENGTH) for (const code of this.rarest(known.bigrams)) push(this.byRareBigram, code, key);
  }

  delete(key: string): void {
    this.known.delete(key);
  }

  /** The first key met that is the same sentence as `key`, whole or cut short: `key` starts it, or they are nearly the same. */
  copyOf(key: string): Place | undefined {
    const exact = this.known.get(key);
    if (exact) return exact.place;
    let first: Known | undefined;
    const consider = (candidate: string, test: (known: string, entry: Known) => boolean) => {
      const entry = this.known.get(candidate);
      if (entry && (!first || entry.order < first.order) && test(candidate, entry)) first = entry;
    };
    const startsWithKey = (known: string) => known.startsWith(key);
    if (key.length >= START_LENGTH) for (const candidate of this.byStart.get(key.slice(0, START_LENGTH)) ?? []) consider(candidate, startsWithKey);
    else for (const candidate of this.known.keys()) consider(candidate, startsWithKey);
    const bigrams = bigramCodes(key);
    const nearly = (known: string, entry: Known) => known.length >= NEARLY_SAME_MIN_LENGTH && closeInLength(known, key) && dice(entry.bigrams, bigrams) >= NEARLY_SAME;
    for (const code of this.rarest(bigrams)) for (const candidate of this.byRareBigram.get(code) ?? []) consider(candidate, nearly);
    return first?.place;
  }

  /** The first key met that starts `key` and passes `test`. */
  startOf(key: string, test: (place: Place) => boolean): [string, Place] | undefined {
    let first: [string, Known] | undefined;
    const consider = (start: string) => {
      const entry = this.known.get(start);
      if (entry && (!first || entry.order < first[1].order) && key.startsWith(start) && test(entry.place)) first = [start, entry];
    };
    // The keys shorter than the index's start, then those sharing the key's start.
    for (let length = 1; length < START_LENGTH && length <= key.length; length++) consider(key.slice(0, length));
    if (key.length >= START_LENGTH) for (const candidate of this.byStart.get(key.slice(0, START_LENGTH)) ?? []) consider(candidate);
    return first && [first[0], first[1].place];
  }

  /**
   * The rarest of a set's bigrams that any set nearly the same must share one of: a set Y with
   * Dice(X, Y) >= d shares at least d|X| / (2 - d) of X's bigrams, so it holds one of any
   * |X| - that + 1 of them (rounded to keep one more, never one fewer).
   */
  private rarest(bigrams: Uint32Array): number[] {
    const mustShare = Math.floor((NEARLY_SAME * bigrams.length) / (2 - NEARLY_SAME));
    const keep = Math.min(bigrams.length, bigrams.length - mustShare + 1);
    // Ordered by (count, code), as one number each: counts stay far below 2^21, so it is exact.
    const ordered = new Float64Array(bigrams.length);
    for (let i = 0; i < bigrams.length; i++) ordered[i] = this.count(bigrams[i]!) * CODES + bigrams[i]!;
    ordered.sort();
    const out: number[] = [];
    for (let i = 0; i < keep; i++) out.push(ordered[i]! % CODES);
    return out;
  }
}

/** How often each bigram occurs in a text: rarer bigrams find fewer candidate copies. */
function bigramCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const code = bigramAt(text, i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function splitArticleIntoParagraphs(body: string, title?: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  const counts = bigramCounts(sentenceKey(body));
  const seen = new SeenSentences((code) => counts.get(code) ?? 0);
  const titleKey = title ? sentenceKey(title) : undefined;
  let section: string | undefined;

  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const textLines: string[] = [];
    for (const line of lines) {
      const heading = HEADING.exec(line);
      if (heading) {
        section = stripMarkdown(heading[1]!);
        continue;
      }
      if (SEPARATOR.test(line)) continue;
      textLines.push(stripMarkdown(line));
    }
    if (textLines.length === 0) continue;
    let previous: Place | undefined;
    for (const sentence of splitSentences(textLines.join(''))) {
      const key = sentenceKey(sentence);
      if (!key || key === titleKey) continue;
      // The title run together with the first sentence of a copy.
      const withoutTitle = titleKey && key.startsWith(titleKey) ? key.slice(titleKey.length) : key;
      const copy = seen.copyOf(withoutTitle);
      if (copy) {
        previous = copy;
        continue;
      }
      const sentenceAt = (place: Place) => paragraphs[place.paragraph]!.sentences[place.index]!;
      const truncatedEarlier = seen.startOf(withoutTitle, (place) => !endsWithStop(sentenceAt(place)));
      if (truncatedEarlier) {
        // The earlier copy was cut mid-sentence: put the whole sentence in its place.
        const [known, place] = truncatedEarlier;
        paragraphs[place.paragraph]!.sentences[place.index] = withoutTitle === key ? sentence : sentence.slice(sentence.length - withoutTitle.length);
        seen.delete(known);
        seen.add(withoutTitle, place);
        previous = place;
        continue;
      }
      const text = withoutTitle === key ? sentence : stripTitle(sentence, title!);
      const target = previous && isLast(paragraphs, previous) ? previous.paragraph : undefined;
      if (target === undefined) {
        paragraphs.push({ section, sentences: [text] });
        previous = { paragraph: paragraphs.length - 1, index: 0 };
      } else {
        paragraphs[target]!.sentences.push(text);
        previous = { paragraph: target, index: paragraphs[target]!.sentences.length - 1 };
      }
      seen.add(withoutTitle, previous);
    }
  }
  return paragraphs.filter((p) => p.sentences.length > 0);
}

/** Whether a sentence ends its paragraph, so that what follows it in a copy may continue the paragraph. */
function isLast(paragraphs: ArticleParagraph[], place: Place): boolean {
  return place.index === paragraphs[place.paragraph]!.sentences.length - 1;
}

function stripTitle(sentence: string, title: string): string {
  return sentence.startsWith(title) ? sentence.slice(title.length).trim() : sentence;
}
