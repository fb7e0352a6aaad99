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

/** Where a passage is, as a person reads it: 「第3章 …」 スライド 12 / “…”, slide 12. */
export function formatLocation(location: PassageLocation, language: Language): string {
  const { chapter, slide, paragraph, part, parts } = location;
  if (location.front) return language === 'ja' ? '書誌情報' : 'document details';
  const bits: string[] = [];
  if (language === 'ja') {
    if (chapter) bits.push(`「${chapter}」`);
    if (slide !== undefined) bits.push(`スライド ${slide}`);
    if (paragraph !== undefined) bits.push(`第${paragraph}段落`);
    if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
    return bits.join(' ');
  }
  if (chapter) bits.push(`“${chapter}”`);
  if (slide !== undefined) bits.push(`slide ${slide}`);
  if (paragraph !== undefined) bits.push(`paragraph ${paragraph}`);
  if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
  return bits.join(', ');
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
