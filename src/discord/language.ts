/**
 * The language to answer in when the person typed no text (/source, /help, buttons): English
 * for an English Discord client, Japanese otherwise (Japanese first).
 */
import type { Language } from '../answer/types.ts';

export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}
