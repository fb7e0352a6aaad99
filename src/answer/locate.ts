/**
 * /source's `location` → a passage of the chosen document. Accepts what autocomplete sends (a
 * passage id) and what people type: `12`, `１２`, `スライド12`, `slide 12`, `第3段落`, `s12`,
 * `p7`, `s12.2` (part 2 of slide 12). A number means the slide in a deck, the paragraph otherwise.
 */
import { fold } from '../core/text.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';

/** A passage of `document` for `input`, or undefined when the input names no place in it. */
export function locatePassage(input: string, document: DocumentMeta, passages: readonly Passage[]): Passage | undefined {
  const typed = fold(input).trim();
  if (!typed) return passages[0];

  const byId = passages.find((passage) => passage.id === typed || passage.id === `${document.id}#${typed.replace(/^#/, '')}`);
  if (byId) return byId;

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
