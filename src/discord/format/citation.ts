/**
 * Citations as a reader of a card sees them: a short document name, the chapter, the slide or
 * paragraph, on one small line. A passage the splitter cut in parts is one slide or paragraph to a
 * reader, so part markers never show; the full title is for 全文 and /source.
 */
import { formatLocation, formatShortCitation } from '../../core/citation.ts';
import type { DocumentMeta, Language, PassageLocation } from '../../core/types.ts';
import { SHORT_CHAPTER_MAX, SHORT_TITLE_MAX } from '../limits.ts';
import { ELLIPSIS } from './text.ts';

/** Where a name may be cut: after a word, before a bracket or a separator. */
const NAME_BREAK = /[・、，,：:（(「『\s　]/u;

/** The location without the splitter's part markers. */
export function readerLocation(location: PassageLocation): PassageLocation {
  const { part: _part, parts: _parts, ...rest } = location;
  return rest;
}

/**
 * A long name shortened to `max` characters at a break (・、 a space, a bracket) in its second half,
 * else cut hard, with "…": 「アリババ・テンセント・アントグループの戦略転換」 → 「アリババ・テンセント…」.
 */
export function shortName(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  for (let index = max - 1; index >= Math.ceil(max / 2); index--) {
    if (NAME_BREAK.test(chars[index]!)) return chars.slice(0, index).join('').trimEnd() + ELLIPSIS;
  }
  return chars.slice(0, max - 1).join('') + ELLIPSIS;
}

/** A card's citation: 『short title』 and the place, chapter shortened: 『アリババ・テンセント…』 「事業モデルの…」 スライド 20. */
export function cardCitation(document: DocumentMeta, location: PassageLocation, language: Language): string {
  const place = readerLocation(location);
  if (place.chapter) place.chapter = shortName(place.chapter, SHORT_CHAPTER_MAX);
  const where = formatLocation(place, language);
  const title = `『${shortName(document.title, SHORT_TITLE_MAX)}』`;
  return where ? `${title} ${where}` : title;
}

/** 『title』 and the place, full title, without part markers (lists, 全文, /source). */
export function readerShortCitation(document: DocumentMeta, location: PassageLocation, language: Language): string {
  return formatShortCitation(document, readerLocation(location), language);
}
