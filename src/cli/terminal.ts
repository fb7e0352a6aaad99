/**
 * Answers as a person reads them in a terminal: the quote with the question's words marked, its
 * citation, then more hits. Pure: takes an answer, returns text.
 */
import type { Answer, Hit } from '../answer/types.ts';
import type { Span } from '../core/types.ts';
import { answerText } from './text.ts';
import { formatAlsoIn, formatCitation } from '../core/citation.ts';
import { t } from '../core/i18n.ts';

export interface MarkStyle {
  open: string;
  close: string;
}

/** Bold and yellow on a colour terminal; Markdown-like asterisks elsewhere. */
export const ANSI_MARK: MarkStyle = { open: '\u001b[1;33m', close: '\u001b[0m' };
export const PLAIN_MARK: MarkStyle = { open: '**', close: '**' };

/** Wrap each span of `text` in the style's markers. */
export function markSpans(text: string, spans: readonly Span[], style: MarkStyle): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor || end > text.length) continue;
    out += text.slice(cursor, start) + style.open + text.slice(start, end) + style.close;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** Indent every line; the first line gets `prefix` (a number, say), the rest as many spaces. */
function indent(text: string, prefix: string): string {
  const blank = ' '.repeat(prefix.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : blank) + line)
    .join('\n');
}

function formatHit(hit: Hit, language: Answer['language'], style: MarkStyle, prefix: string): string {
  const quote = markSpans(hit.quote, hit.marks, style);
  const alsoIn = formatAlsoIn((hit.alsoIn ?? []).map((document) => document.title), language);
  const citation = `${indent(`「${quote}」`, prefix)}\n${' '.repeat(prefix.length)}  — ${formatCitation(hit.document, hit.passage.location, language)}`;
  return alsoIn ? `${citation}\n${' '.repeat(prefix.length)}    ${alsoIn}` : citation;
}

export function formatAnswerForTerminal(answer: Answer, style: MarkStyle): string {
  const { language } = answer;
  const lines: string[] = [`${t(answerText.questionLabel, language)}: ${answer.question}`, ''];
  const [first, ...rest] = answer.hits;
  if (!first) return [...lines, t(answerText.nothingFound, language)].join('\n');
  if (!answer.confident) {
    lines.push(t(answerText.noAnswer, language), '');
    answer.hits.forEach((hit, i) => lines.push(formatHit(hit, language, style, `${i + 1}. `.padEnd(4)), ''));
    return lines.join('\n').trimEnd();
  }
  lines.push(formatHit(first, language, style, '  '), '');
  if (rest.length > 0) {
    lines.push(`${t(answerText.moreHits, language)}:`);
    rest.forEach((hit, i) => lines.push(formatHit(hit, language, style, `${i + 2}. `.padEnd(4))));
  }
  return lines.join('\n').trimEnd();
}
