/**
 * /source's `location` → a passage of the chosen document. Accepts what autocomplete sends (a
 * passage id) and what people type: `12`, `１２`, `スライド12`, `slide 12`, `第3段落`, `s12`,
 * `p7`, `s12.2` (part 2 of slide 12), and a PDF's pages: `p. 12`, `12ページ`. A number means the
 * page in a PDF, the slide in a deck, the paragraph otherwise.
 */
import { fold } from '../core/text.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';

const PAGE_WORDS = /^(?:(?:p\.|pp\.|page|ページ)\s*([0-9a-z]+)|([0-9a-z]+)\s*(?:ページ目?|頁))$/i;

/** Whether a passage that runs over pages (12〜13) covers a page given by its number. */
function withinPages(passage: Passage, label: string): boolean {
  const { page, pageEnd } = passage.location;
  if (page === undefined || pageEnd === undefined || !/^\d+$/.test(label + page + pageEnd)) return false;
  return Number(page) <= Number(label) && Number(label) <= Number(pageEnd);
}

/** A passage of `document` for `input`, or undefined when the input names no place in it. */
export function locatePassage(input: string, document: DocumentMeta, passages: readonly Passage[]): Passage | undefined {
  const typed = fold(input).trim();
  if (!typed) return passages[0];

  const byId = passages.find((passage) => passage.id === typed || passage.id === `${document.id}#${typed.replace(/^#/, '')}`);
  if (byId) return byId;

  // A PDF's page as printed: `p. 12`, `page 12`, `12ページ`, `xii頁`; a bare number in a PDF is a page too.
  const page = PAGE_WORDS.exec(typed);
  const pageLabel = page ? (page[1] ?? page[2])! : document.format === 'pdf' && /^\d+$/.test(typed) ? typed : undefined;
  if (pageLabel !== undefined) {
    const onPage = passages.find((passage) => passage.location.page === pageLabel) ?? passages.find((passage) => withinPages(passage, pageLabel));
    if (onPage || page) return onPage;
  }

  const match = /^(?:(s|slide|スライド)|(p|para|paragraph|段落|第))?\s*(\d+)(?:\s*[.\-・]\s*(\d+))?\s*(?:段落|枚目)?$/i.exec(typed);
  if (!match) return undefined;
  const [, slideWord, paragraphWord, numberText, partText] = match;
  const number = Number(numberText);
  const part = partText === undefined ? undefined : Number(partText);
  const wantsSlide = slideWord !== undefined || (paragraphWord === undefined && document.kind === 'slides' && !/段落/.test(typed));

  const candidates = passages.filter((passage) =>
    wantsSlide ? passage.location.slide === number : passage.location.paragraph === number,
  );
  if (part === undefined) return candidates[0];
  return candidates.find((passage) => (passage.location.part ?? 1) === part);
}
