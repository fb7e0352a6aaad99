/**
 * Text for Discord: escaping markdown, bolding the matched words, and shortening to a limit at a
 * sentence boundary with "…". Pure functions; lengths are JavaScript lengths (see limits.ts).
 */
import { escapeMarkdown as escapeDiscordMarkdown } from 'discord.js';
import type { Span } from '../../core/types.ts';

export const ELLIPSIS = '…';

/** discord.js's escaping, with the constructs that only mean something at a line's start included. */
const DISCORD_ESCAPES = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;
/**
 * What discord.js's escapeMarkdown leaves alone and Discord still renders: `<` opens mentions
 * (<@id>, <@&id>, <#id>), slash-command mentions, custom emoji, timestamps (<t:…>) and links shown
 * without a preview (<https://…>), so a quote holding one would show something else, or name a
 * person, instead of the text as written.
 */
const ANGLE_OPEN = /</g;
/** Also left alone by discord.js, at the start of a line: `-#` subtext, `>` quotes, `+` list items. */
const LINE_START_EXTRA = /^( *)(-# |>|\+ )/gm;

/**
 * Escape Discord markdown so a quote shows exactly as written. A backslash before punctuation
 * renders as nothing in Discord, so escaping costs length but never changes the text shown.
 */
export function escapeMarkdown(text: string): string {
  return escapeDiscordMarkdown(text, DISCORD_ESCAPES).replace(ANGLE_OPEN, '\\<').replace(LINE_START_EXTRA, '$1\\$2');
}

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === '。' || char === '！' || char === '？' || char === '!' || char === '?' || char === '\n') return true;
  // A full stop ends a sentence when a space or the end follows, so `3.5` and `e.g.x` stay whole.
  if (char === '.' || char === '．') return index + 1 >= text.length || /\s/.test(text[index + 1] ?? '');
  return false;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export interface Shortened {
  /** The text to show: the kept prefix, plus "…" when something was cut. */
  text: string;
  /** How many characters of the original were kept. */
  kept: number;
  truncated: boolean;
}

/**
 * Shorten `text` to at most `max` characters, preferring to end after a sentence (。！？.!? or a
 * line break) and marking the cut with "…". Falls back to a hard cut when the last sentence
 * boundary would throw away more than half of what fits; never splits a surrogate pair.
 */
export function shortenAtSentence(text: string, max: number): Shortened {
  if (text.length <= max) return { text, kept: text.length, truncated: false };
  if (max < 1) return { text: '', kept: 0, truncated: true };
  const room = max - ELLIPSIS.length;
  let cut = 0;
  for (let index = room - 1; index >= 0; index--) {
    if (isSentenceEnd(text, index)) {
      cut = index + 1;
      break;
    }
  }
  if (cut < room / 2) cut = room;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  const kept = text.slice(0, cut).trimEnd().length;
  return { text: `${text.slice(0, kept)}${ELLIPSIS}`, kept, truncated: true };
}

export function truncateAtSentence(text: string, max: number): string {
  return shortenAtSentence(text, max).text;
}

/** Sort, clip to `length`, trim off surrounding spaces, and merge touching spans. */
export function normalizeSpans(spans: readonly Span[], text: string): Span[] {
  const clipped = spans
    .map(([start, end]): Span => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of clipped) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  // Bold only works when `**` touches a visible character; split at line breaks as well.
  const result: Span[] = [];
  for (const [start, end] of merged) {
    let lineStart = start;
    for (let index = start; index <= end; index++) {
      if (index === end || text[index] === '\n') {
        let from = lineStart;
        let to = index;
        while (from < to && /\s/.test(text[from]!)) from++;
        while (to > from && /\s/.test(text[to - 1]!)) to--;
        if (to > from) result.push([from, to]);
        lineStart = index + 1;
      }
    }
  }
  return result;
}

/** Escape `text` and wrap the spans in `**bold**`. */
export function boldSpans(text: string, spans: readonly Span[]): string {
  let result = '';
  let position = 0;
  for (const [start, end] of normalizeSpans(spans, text)) {
    result += `${escapeMarkdown(text.slice(position, start))}**${escapeMarkdown(text.slice(start, end))}**`;
    position = end;
  }
  return result + escapeMarkdown(text.slice(position));
}

/** Prefix every line with `> ` so Discord shows it as a quotation. */
export function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * Render plain text into markdown no longer than `limit`. Escaping and markup add characters, so
 * the plain text is shortened (at a sentence) until the rendering fits.
 * `render` receives the shortened text and how many original characters it kept.
 */
export function renderWithin(plain: string, limit: number, render: (shortened: Shortened) => string): string {
  let budget = Math.min(plain.length, limit);
  for (;;) {
    const shortened = shortenAtSentence(plain, budget);
    const markdown = render(shortened);
    if (markdown.length <= limit) return markdown;
    if (budget === 0) return truncateAtSentence(markdown, limit);
    budget = Math.max(0, budget - Math.max(1, markdown.length - limit));
  }
}

/** A quotation with the spans in bold, escaped, as a block quote, within `limit` characters. */
export function formatQuote(text: string, spans: readonly Span[], limit: number): string {
  return renderWithin(text, limit, ({ text: shown, kept }) => blockQuote(boldSpans(shown, spans.map(([s, e]): Span => [s, Math.min(e, kept)]))));
}

/** Plain text escaped and shortened to `limit`. */
export function formatPlain(text: string, limit: number): string {
  return renderWithin(text, limit, ({ text: shown }) => escapeMarkdown(shown));
}

/** Collapse whitespace runs (including line breaks) into one space: for one-line snippets and titles. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
