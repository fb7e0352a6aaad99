/**
 * What a sentence, a table row, a source line and a folded comparison are: defined once, for the
 * passage splitters, ranking, quoting and the front ends alike.
 */
import type { Span } from './types.ts';

/** Full stops that end a Japanese sentence wherever they stand. */
const JAPANESE_STOP = /[。！？]/;
/** Stops that end a sentence only before a space or the end of the text (3.5 and Yahoo! stay whole). */
const LATIN_STOP = /[.!?．]/;
/** Closing brackets and quotes that belong to the sentence they follow. */
const CLOSING = /[」』）)"'”’】]/;

/** Whether the character at `index` ends a sentence (a line break always does). */
export function isSentenceEndAt(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  if (char === '\n' || JAPANESE_STOP.test(char)) return true;
  if (!LATIN_STOP.test(char)) return false;
  const next = text[index + 1];
  return next === undefined || /\s/.test(next) || (CLOSING.test(next) && !/\S/.test(text[index + 2] ?? ''));
}

/** The sentences of a text with their ranges, stops and closing brackets included, spaces trimmed. Nothing is dropped. */
export function sentenceRanges(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceEndAt(text, i) || text[i] === '\n') {
      if (text[i] === '\n') push(i + 1);
      continue;
    }
    let end = i + 1;
    // Runs of stops (？！) and the brackets that close the sentence stay with it.
    while (end < text.length && (JAPANESE_STOP.test(text[end]!) || CLOSING.test(text[end]!))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

export function splitSentences(text: string): string[] {
  return sentenceRanges(text).map((s) => s.text);
}

/** Whether a sentence ends with its stop (a copy cut mid-sentence does not). */
export function endsWithStop(sentence: string): boolean {
  return /[。！？.!?．][」』）)"'”’】]*$/.test(sentence.trimEnd());
}

/** A row of a table flattened into a line: `8 IBM アメリカ 169 96`. */
export const TABLE_ROW = /^\d+ \S+ .*\d$/;
/** A slide's source line: it names where data came from, and answers only questions about that. */
export const SOURCE_LINE = /^(?:出所|出典)[：:]/;
/** A source or a note line (注：, 注1：) under a chart. */
export const SOURCE_OR_NOTE_LINE = /^(?:出所|出典|注)/;

/** Sort spans and merge those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Width and case folded, for comparing what a person typed with a name (ＡＬＩＢＡＢＡ finds
 * Alibaba, １２ finds 12). Search itself uses the analyzer's fuller normalization.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
