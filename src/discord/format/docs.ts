/**
 * What `/docs` shows: the list of documents (kind, pages or passages, date), and what an upload
 * or a removal did or why it did not happen. Pure: a view from values.
 */
import type { LibraryEntry, LibraryRefusal } from '../../answer/library.ts';
import { formatPartialDate } from '../../core/citation.ts';
import { fill, joinList, t } from '../../core/i18n.ts';
import type { DocumentMeta, Language } from '../../core/types.ts';
import { EMBED_DESCRIPTION_MAX } from '../limits.ts';
import { docsText } from '../text.ts';
import { escapeMarkdown } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

/** Pages (of a PDF) and passages: 「12ページ・40段落」, "12 pages, 40 passages". */
export function extentOf(document: Pick<DocumentMeta, 'pages'>, passages: number, language: Language): string {
  const parts = [...(document.pages ? [fill(t(docsText.pages, language), { count: document.pages })] : []), fill(t(docsText.passages, language), { count: passages })];
  return parts.join(t(docsText.extentSeparator, language));
}

function kindOf(document: DocumentMeta, language: Language): string {
  const kind = docsText.kinds[language][document.kind];
  const format = document.format ? docsText.formats[language][document.format] : undefined;
  return format ? `${format} ${kind}` : kind;
}

export function formatDocumentList(entries: readonly LibraryEntry[], language: Language): MessageView {
  const lines: string[] = [];
  let length = 0;
  for (const [i, entry] of entries.entries()) {
    const { document } = entry;
    const date = document.date || entry.fileDate;
    const line = fill(t(docsText.listLine, language), {
      title: escapeMarkdown(document.title),
      id: document.id,
      kind: kindOf(document, language),
      extent: extentOf(document, entry.passages, language),
      date: date ? formatPartialDate(date, language) : t(docsText.noDate, language),
    });
    const more = fill(t(docsText.listMore, language), { count: entries.length - i });
    // Room is kept for the line that says how many are left out.
    if (length + line.length + 1 + more.length + 1 > EMBED_DESCRIPTION_MAX) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { embeds: [{ title: fill(t(docsText.listTitle, language), { count: entries.length }), description: lines.join('\n'), color: EMBED_COLOUR }] };
}

export function formatAdded(document: DocumentMeta, passages: number, ms: number, warnings: readonly string[], language: Language): string {
  const added = fill(t(docsText.added, language), {
    title: escapeMarkdown(document.title),
    id: document.id,
    extent: extentOf(document, passages, language),
    seconds: (ms / 1000).toFixed(1),
  });
  return warnings.length === 0 ? added : `${added}\n${fill(t(docsText.addedWarnings, language), { warnings: joinList(warnings, language) })}`;
}

export function formatRemoved(document: DocumentMeta, ms: number, language: Language): string {
  return fill(t(docsText.removed, language), { title: escapeMarkdown(document.title), id: document.id, seconds: (ms / 1000).toFixed(1) });
}

/** Why an upload or removal did not happen, in the person's language. */
export function formatRefusal(refusal: LibraryRefusal, language: Language): string {
  switch (refusal.code) {
    case 'tooLarge':
      return fill(t(docsText.tooLarge, language), { size: refusal.size, limit: refusal.limit });
    case 'empty':
      return t(docsText.empty, language);
    case 'notDocument':
      return fill(t(docsText.notDocument, language), { kind: refusal.kind });
    case 'badName':
      return t(docsText.badName, language);
    case 'exists':
      return fill(t(docsText.exists, language), { id: refusal.id, title: escapeMarkdown(refusal.title) });
    case 'unusable':
      return fill(t(docsText.unusable, language), { reason: t(refusal.reason, language) });
    case 'buildFailed':
      return fill(t(docsText.buildFailed, language), { detail: refusal.detail });
    case 'unknownDocument':
      return fill(t(docsText.unknownDocument, language), { id: escapeMarkdown(refusal.id) });
  }
}
