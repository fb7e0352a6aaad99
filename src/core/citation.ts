/**
 * How a passage or a figure is cited, as a person reads it: title, author, date and place
 * (「第3章 …」 スライド 12 / “…”, slide 12). Shared by the terminal, Discord and figure cards.
 */
import type { Localised } from './i18n.ts';
import type { DocumentKind, DocumentMeta, Language, PassageLocation } from './types.ts';

export const documentKindLabels: Record<DocumentKind, Localised> = {
  slides: { ja: 'スライド資料', en: 'slide deck' },
  article: { ja: '記事', en: 'article' },
  report: { ja: 'レポート', en: 'report' },
  document: { ja: '文書', en: 'document' },
};

/** Between the headings of a section path: 「第2章 … › 2.3 …」. */
export const SECTION_SEPARATOR = ' › ';

/** A page or a run of pages: 12ページ, 12〜13ページ / p. 12, pp. 12–13. */
export function formatPages(page: string, pageEnd: string | undefined, language: Language): string {
  const run = pageEnd !== undefined && pageEnd !== page;
  if (language === 'ja') return run ? `${page}〜${pageEnd}ページ` : `${page}ページ`;
  return run ? `pp. ${page}–${pageEnd}` : `p. ${page}`;
}

/**
 * Where a passage is, as a person reads it: 「第3章 …」 スライド 12 / “…”, slide 12. A PDF's
 * passage is cited by its page (「第2章 › 2.3」 12ページ / p. 12), an HTML one by its headings; their
 * slide or paragraph numbers only order the passages.
 */
export function formatLocation(location: PassageLocation, language: Language): string {
  const { chapter, slide, paragraph, part, parts, page, pageEnd, section } = location;
  if (location.front) return language === 'ja' ? '書誌情報' : 'document details';
  const bits: string[] = [];
  const heading = section && section.length > 0 ? section.join(SECTION_SEPARATOR) : chapter;
  const placed = page !== undefined || (section !== undefined && section.length > 0);
  if (language === 'ja') {
    if (heading) bits.push(`「${heading}」`);
    if (page !== undefined) bits.push(formatPages(page, pageEnd, language));
    if (!placed && slide !== undefined) bits.push(`スライド ${slide}`);
    if (!placed && paragraph !== undefined) bits.push(`第${paragraph}段落`);
    if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
    return bits.join(' ');
  }
  if (heading) bits.push(`“${heading}”`);
  if (page !== undefined) bits.push(formatPages(page, pageEnd, language));
  if (!placed && slide !== undefined) bits.push(`slide ${slide}`);
  if (!placed && paragraph !== undefined) bits.push(`paragraph ${paragraph}`);
  if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
  return bits.join(', ');
}

/** Documents named in one "also in" note, at most; the rest are counted. */
export const ALSO_IN_LISTED_MAX = 5;

/**
 * The other documents that hold a passage word for word: 同じ文が『gunzip』、『zcat』にもあります /
 * The same text is also in “gunzip”, “zcat”. Empty when there are none.
 */
export function formatAlsoIn(titles: readonly string[], language: Language): string {
  if (titles.length === 0) return '';
  const listed = titles.slice(0, ALSO_IN_LISTED_MAX);
  const more = titles.length - listed.length;
  if (language === 'ja') {
    const names = listed.map((title) => `『${title}』`).join('、') + (more > 0 ? `ほか${more}件` : '');
    return `同じ文が${names}にもあります`;
  }
  const names = listed.map((title) => `“${title}”`).join(', ') + (more > 0 ? ` and ${more} more` : '');
  return `The same text is also in ${names}`;
}

/** Title, author, date and location in one line. */
export function formatCitation(document: DocumentMeta, location: PassageLocation, language: Language): string {
  const date = document.date ? formatDate(document.date, language) : '';
  const head = [`『${document.title}』`, document.author, date].filter(Boolean).join(language === 'ja' ? '、' : ', ');
  return `${head}${language === 'ja' ? '、' : ', '}${formatLocation(location, language)}`;
}

/** A shorter citation for lists: 『title』 and the location, without author and date. */
export function formatShortCitation(document: DocumentMeta, location: PassageLocation, language: Language): string {
  const place = formatLocation(location, language);
  return place ? `『${document.title}』 ${place}` : `『${document.title}』`;
}

export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return language === 'ja' ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

/** `2020` → 2020年, `2020-11` → 2020年11月, `2020-06-30` → 2020年6月30日 (English keeps ISO). */
export function formatPartialDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-');
  if (day !== undefined) return formatDate(isoDate, language);
  if (language === 'en') return isoDate;
  return month === undefined ? `${year}年` : `${year}年${Number(month)}月`;
}
