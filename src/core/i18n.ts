/**
 * The small i18n helper every area's text module uses: a text is a record of its Japanese and
 * English forms, picked by language and filled with values. Japanese first; English where the
 * person wrote English, or for an English Discord client.
 */
import type { Language } from './types.ts';

export type Localised = Record<Language, string>;

/** Pick the text for a language. */
export function t(message: Localised, language: Language): string {
  return message[language];
}

/** Replace `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Pick and fill in one step. */
export function say(message: Localised, language: Language, values: Record<string, string | number> = {}): string {
  return fill(message[language], values);
}

/** Japanese if the text has any kana or kanji; English if it has Latin letters and no Japanese. */
export function detectLanguage(text: string): Language {
  if (/[\u3041-\u30ff\u4e00-\u9fff\uff66-\uff9f]/.test(text)) return 'ja';
  return /[A-Za-z]/.test(text) ? 'en' : 'ja';
}

/**
 * The language to answer in when the person typed no text (a Discord client's locale, say):
 * English for an English locale, Japanese otherwise (Japanese first).
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** A name with a note after it: 名前（注） in Japanese, name (note) in English. */
export function withNote(text: string, note: string, language: Language): string {
  return language === 'ja' ? `${text}（${note}）` : `${text} (${note})`;
}

/** Items of a list: joined with 、 in Japanese, with commas in English. */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'ja' ? '、' : ', ');
}
