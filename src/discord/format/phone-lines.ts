/**
 * How many lines a piece of Discord markdown takes on a phone: what "one phone screen" means for
 * an answer card. Markup that does not show (bold markers, escapes, `> `, `-# `) is not counted; a
 * line wider than the screen wraps. Widths are East Asian widths: a kanji or kana is two columns,
 * a Latin letter one. An estimate, the same for every card, so cards can be compared and capped.
 */
import { PHONE_LINE_COLUMNS } from '../limits.ts';

/** Code points that take two columns: CJK, kana, Hangul, full-width forms, emoji. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f300
  );
}

/** Columns a plain line takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** One line of markdown as it shows: without line markers, bold markers and escaping backslashes; a mention as a short name. */
export function shownLine(markdown: string): string {
  return markdown
    .replace(/^(?:> |-# |#{1,3} )/, '')
    .replace(/\*\*/g, '')
    .replace(/<@!?&?\d+>/g, '@someone')
    .replace(/\\(.)/g, '$1');
}

/** Lines `markdown` takes on a phone `columns` wide: each line at least one, wrapped when wider. */
export function phoneLines(markdown: string, columns = PHONE_LINE_COLUMNS): number {
  return markdown.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(shownLine(line)) / columns)), 0);
}
