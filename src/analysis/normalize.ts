/**
 * Text normalization shared by documents and questions: NFKC and width folding, lowercase,
 * invisible characters dropped, numbers written one way (三千八百億 → 3800億, ３，８００ → 3800).
 *
 * Every normalized character remembers the range of the original text it came from, so that a
 * term found in normalized text can be marked in the text a person reads.
 */

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset in the original string. */
  starts: number[];
  /** For each UTF-16 unit of `text`, the end offset (exclusive) in the original string. */
  ends: number[];
}

/** Zero-width characters, bidi controls, the BOM, soft hyphen, variation selectors. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u3164\uffa0\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]|\udb40[\udc00-\udfff]/;
/**
 * C0/C1 controls other than tab and newline, private-use glyphs (lost bullets in PDF text), and a
 * lone UTF-16 surrogate (half of a pair, never a character: kuromoji throws on one).
 */
const CONTROL_OR_PRIVATE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ue000-\uf8ff]|[\udb80-\udbff][\udc00-\udfff]|^[\ud800-\udfff]$/;

/** Characters folded to one spelling after NFKC. */
const FOLD: Record<string, string> = {
  '〜': '~', '～': '~', '∼': '~',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '“': '"', '”': '"', '‘': "'", '’': "'", '„': '"',
  '　': ' ', '\t': ' ', '\r': ' ',
  '･': '・',
  // Bullets lost their meaning with the layout; kuromoji would read them as nouns (•国内).
  '•': ' ', '∙': ' ', '‣': ' ', '⁃': ' ',
};

/** Latin letters with accents (résumé, café): compared without them, as people type them. */
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Strip what a person cannot see or type: controls, zero-width characters, private-use glyphs.
 * Used on raw questions before anything else, and by normalize().
 */
export function stripInvisible(input: string): string {
  let out = '';
  for (const ch of input) {
    if (INVISIBLE.test(ch)) continue;
    out += CONTROL_OR_PRIVATE.test(ch) ? ' ' : ch;
  }
  return out;
}

/**
 * Whether a character is its own search form: lowercase ASCII letters and digits, hiragana,
 * katakana and the common CJK ideographs, which NFKC, lowercasing and the folds above leave as
 * they are (a unit test checks every one of them against the full path). Most of a Japanese
 * text is these, and asking ICU for each of them was most of the time spent normalizing.
 */
function isOwnSearchForm(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x3041 && code <= 0x3096) || // hiragana
    (code >= 0x30a1 && code <= 0x30fa) || // katakana
    code === 0x30fc || // ー
    (code >= 0x4e00 && code <= 0x9fff) // CJK unified ideographs
  );
}

/** Normalize one original code point (or a base + combining mark) to its search form. */
export function normalizeChunk(chunk: string): string {
  if (chunk.length === 1 && isOwnSearchForm(chunk.charCodeAt(0))) return chunk;
  return normalizeChunkFully(chunk);
}

/** normalizeChunk without the shortcut for characters that are their own search form. */
export function normalizeChunkFully(chunk: string): string {
  if (INVISIBLE.test(chunk)) return '';
  if (CONTROL_OR_PRIVATE.test(chunk)) return ' ';
  // NFKC turns ㍻ or ㈱ into several characters, which is what we want; map each back to the chunk.
  // What NFKC produces is checked again, so that normalizing twice changes nothing (ﾠ → ㅤ → ᅠ).
  let folded = '';
  const composed = chunk.normalize('NFKC');
  const base = ACCENTED_LATIN.test(composed) ? composed.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC') : composed;
  for (const ch of base.toLowerCase()) {
    if (INVISIBLE.test(ch)) continue;
    folded += CONTROL_OR_PRIVATE.test(ch) ? ' ' : (FOLD[ch] ?? ch);
  }
  return folded;
}

/**
 * Whether a character joins the one before it in what NFKC must see together (a chunk): combining
 * marks and half-width (semi-)voiced sound marks (ｶﾞ → ガ).
 */
function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f;
}

const KANJI_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const KANJI_SMALL_UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const KANJI_LARGE_UNIT = new Set(['万', '億', '兆']);
/** English magnitudes as a factor of a Japanese unit: a billion is 10億. */
const ENGLISH_MAGNITUDES: Record<string, [number, string]> = {
  million: [100, '万'],
  billion: [10, '億'],
  bn: [10, '億'],
  trillion: [1, '兆'],
};
const KANJI_NUMERAL_RUN = /[〇零一二三四五六七八九十百千万億兆]+/g;
/** What may follow a kanji numeral for it to be read as a number (counters and units). */
const COUNTER_AFTER = /^[件社個人年月日回位倍台つ%元円ドル都市番割名カ箇か所]/;

/** Value of a run of kanji digits and 十百千 (below 万), e.g. 三千八百 → 3800, 二〇二一 → 2021. */
function smallKanjiNumber(run: string): number | undefined {
  if (!run) return undefined;
  if ([...run].every((ch) => ch in KANJI_DIGIT)) {
    return Number([...run].map((ch) => KANJI_DIGIT[ch]).join(''));
  }
  let total = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in KANJI_DIGIT) {
      if (digit !== undefined) return undefined; // 三四百 is not a number
      digit = KANJI_DIGIT[ch];
    } else {
      const unit = KANJI_SMALL_UNIT[ch];
      if (unit === undefined) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

/**
 * Rewrite a kanji numeral as digits, keeping 万/億/兆 as units: 三千八百億 → 3800億,
 * 一万二千 → 1万2000. Returns undefined when the run is not a number.
 */
export function kanjiNumeralToDigits(run: string): string | undefined {
  let out = '';
  let pending = '';
  for (const ch of run) {
    if (KANJI_LARGE_UNIT.has(ch)) {
      const value = smallKanjiNumber(pending);
      if (value === undefined) return undefined;
      out += `${value}${ch}`;
      pending = '';
    } else {
      pending += ch;
    }
  }
  if (pending) {
    const value = smallKanjiNumber(pending);
    if (value === undefined) return undefined;
    out += String(value);
  }
  return out;
}

/**
 * Whether a run of kanji numerals in context is a number rather than part of a word
 * (一貫, 一本化, 統一, 二者択一 stay as they are).
 */
function isNumeral(run: string, before: string, after: string): boolean {
  if (/[0-9]$/.test(before)) return false;
  const hasUnit = /[十百千万億兆]/.test(run);
  if (hasUnit && run.length >= 2) return true;
  if (!COUNTER_AFTER.test(after)) return false;
  // A lone 一 before a counter is still usually a word (一人ひとり, 一回): keep those as text.
  return !(run === '一' && !/^[件社個%元円ドル]/.test(after));
}

/**
 * Replace matches of a pattern in normalized text, mapping each replacement onto the original
 * range of what it replaces. When the pattern does not occur (most text, most rules), the text is
 * returned as it is, without building anything.
 */
function rewrite(normalized: NormalizedText, pattern: RegExp, replace: (match: RegExpExecArray, text: string) => string | undefined): NormalizedText {
  const { text } = normalized;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return normalized;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let p = from; p < to; p++) {
      starts.push(normalized.starts[p]!);
      ends.push(normalized.ends[p]!);
    }
  };
  let cursor = 0; // position in text
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(m, text);
    if (replacement === undefined) continue;
    const from = m.index;
    const to = m.index + m[0].length;
    copy(cursor, from);
    const start = normalized.starts[from]!;
    const end = normalized.ends[to - 1]!;
    out += replacement;
    for (let k = 0; k < replacement.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    cursor = to;
  }
  copy(cursor, text.length);
  return { text: out, starts, ends };
}

/** The rewrites after folding, in order: each sees what the previous ones made. */
const REWRITES: Array<[RegExp, (match: RegExpExecArray, text: string) => string | undefined]> = [
  // Kanji decimals before a percent sign: 二・九七％ → 2.97%.
  [/([〇一二三四五六七八九]+)・([〇一二三四五六七八九]+)(?=\s*(?:%|パーセント))/g, (m) => `${kanjiNumeralToDigits(m[1]!)}.${[...m[2]!].map((ch) => KANJI_DIGIT[ch]).join('')}`],
  // Kanji numerals → digits when they are numbers.
  [
    KANJI_NUMERAL_RUN,
    (m, text) => {
      const before = text.slice(Math.max(0, m.index - 1), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!isNumeral(m[0], before, after)) return undefined;
      return kanjiNumeralToDigits(m[0]);
    },
  ],
  // Thousands separators: 3,800 → 3800 (after NFKC, full-width ３，８００ is 3,800 too), after the
  // kanji numerals so that what they became is read the same way.
  [/\d{1,3}(?:,\d{3})+(?![\d,])/g, (m) => m[0].replace(/,/g, '')],
  // English magnitudes in Japanese units: 380 billion → 3800億, 1.5 million → 150万.
  [
    /(\d+(?:\.\d+)?)\s*(billion|bn|million|trillion)(?![a-z])/g,
    (m) => {
      const [factor, unit] = ENGLISH_MAGNITUDES[m[2]!]!;
      return `${Math.round(Number(m[1]) * factor * 1000) / 1000}${unit}`;
    },
  ],
  // パーセント and its spellings → %.
  [/(\d)\s*(?:パーセント|ﾊﾟｰｾﾝﾄ|percent|per cent)/g, (m) => `${m[1]}%`],
  // Collapse runs of spaces.
  [/ {2,}/g, () => ' '],
];

/** Normalize text for search, keeping a map back to the original offsets. */
export function normalizeWithMap(input: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    // Most characters are their own search form, alone in their chunk: kept as they are.
    if (isOwnSearchForm(code) && !isCombining(input.charCodeAt(i + 1))) {
      text += input[i];
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    // The chunk: one code point (a surrogate pair, or a lone surrogate) and the combining marks after it.
    let end = i + (code >= 0xd800 && code <= 0xdbff && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    while (end < input.length && isCombining(input.charCodeAt(end))) end++;
    const folded = normalizeChunk(input.slice(i, end));
    text += folded;
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  let normalized: NormalizedText = { text, starts, ends };
  for (const [pattern, replace] of REWRITES) normalized = rewrite(normalized, pattern, replace);
  return normalized;
}

/** Normalize text for search (see normalizeWithMap). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text;
}
