/**
 * How many lines a piece of Discord markdown takes on a phone: what "one phone screen" means for
 * an answer card. Markup that does not show (bold markers, escapes, `> `, `-# `) is not counted; a
 * line wider than the screen wraps. Widths are East Asian widths: a kanji or kana is two columns,
 * a Latin letter one. An estimate, the same for every card, so cards can be compared and capped.
 */
import { displayWidth } from '../../core/width.ts';
import { PHONE_LINE_COLUMNS } from '../limits.ts';

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
