/**
 * Every sentence a person reads, in one place: Japanese first, English where the person wrote English.
 * Code elsewhere picks a message by key and language; it never writes user-facing text itself.
 */
import type { DocumentMeta, Passage } from './corpus/types.ts';
import type { Language, QuestionProblem } from './answer/types.ts';

export type Localised = Record<Language, string>;

/** Pick the text for a language. */
export function t(message: Localised, language: Language): string {
  return message[language];
}

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

/** Where a passage is, as a person reads it: 「第3章 … ・スライド 12」 / "slide 12 (…)". */
export function formatLocation(passage: Passage, language: Language): string {
  const { chapter, slide, paragraph, part, parts } = passage.location;
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
export function formatCitation(document: DocumentMeta, passage: Passage, language: Language): string {
  const date = document.date ? formatDate(document.date, language) : '';
  const head = [`『${document.title}』`, document.author, date].filter(Boolean).join(language === 'ja' ? '、' : ', ');
  return `${head}${language === 'ja' ? '、' : ', '}${formatLocation(passage, language)}`;
}

export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return language === 'ja' ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export const questionProblems: Record<QuestionProblem, Localised> = {
  blank: {
    ja: '質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。',
    en: 'The question is empty. Please write what you want to know (for example: "What is Ant\'s delinquency rate?").',
  },
  too_long: {
    ja: '質問が長すぎます（{max}文字まで、いまは{length}文字）。要点を短く書いてください。',
    en: 'The question is too long ({length} characters; the limit is {max}). Please ask it in fewer words.',
  },
  no_content: {
    ja: '質問に文字が見つかりません（記号や絵文字だけでは検索できません）。言葉で書いてください。',
    en: 'The question has no words in it (symbols or emoji alone cannot be searched). Please ask in words.',
  },
};

/** Replace `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
