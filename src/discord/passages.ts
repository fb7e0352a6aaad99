/**
 * Finding documents and passages from what a person chose or typed, for /source, its
 * autocomplete, and the 全文 and ◀ ▶ buttons.
 */
import type { Language } from '../core/types.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import type { AnswerEngine } from './context.ts';
import { documentChoices, hitChoices, passageChoices, passageLabel, type Choice } from './format/choices.ts';
import { formatPassage } from './format/passage.ts';
import type { MessageView } from './format/view.ts';
import { AUTOCOMPLETE_CHOICES_MAX } from './limits.ts';

import { fold } from '../core/text.ts';

/** The document id autocomplete sent, or a typed title/author/id that names exactly one document. */
export function resolveDocument(engine: AnswerEngine, typed: string): DocumentMeta | undefined {
  const exact = engine.document(typed.trim());
  if (exact) return exact;
  const matches = documentChoices(engine.documents(), typed);
  return matches.length === 1 ? engine.document(matches[0]!.value) : undefined;
}

/** Passages of `document` that search finds for `words`, best first. */
function searchWithin(engine: AnswerEngine, document: DocumentMeta, words: string) {
  const outcome = engine.search(words, { limit: AUTOCOMPLETE_CHOICES_MAX });
  return outcome.ok ? outcome.answer.hits.filter((hit) => hit.passage.doc === document.id) : [];
}

/** A place named by number or id, or else the best passage of the document for the words typed. */
export function findPassage(engine: AnswerEngine, document: DocumentMeta, typed: string): Passage | undefined {
  return engine.locate(document.id, typed) ?? searchWithin(engine, document, typed)[0]?.passage;
}

/** Suggestions for /source's location while the person types. */
export function locationChoices(engine: AnswerEngine, document: DocumentMeta, typed: string, language: Language): Choice[] {
  const passages = engine.passages(document.id);
  if (!typed.trim()) return passageChoices(passages, language);
  const located = engine.locate(document.id, typed);
  // A number: start the list at that slide, so the next ones are a scroll away.
  if (located) return passageChoices(passages.slice(passages.indexOf(located)), language);
  const hits = searchWithin(engine, document, typed);
  if (hits.length > 0) return hitChoices(hits, language);
  const needle = fold(typed.trim());
  return passageChoices(
    passages.filter((passage) => fold(`${passageLabel(passage, language)} ${passage.text}`).includes(needle)),
    language,
  );
}

export interface PassageViewOptions {
  /** /source: ◀ ▶ to the neighbouring passages. */
  neighbours?: boolean;
  /** Shown only to the person: adds 共有. */
  share?: boolean;
  /** Posted with 共有 by this person (a display name). */
  sharedBy?: string;
}

/** A passage as a message: with ◀ ▶ to its neighbours and 共有 for /source, bare for 全文. */
export function passageView(engine: AnswerEngine, passage: Passage, language: Language, options: PassageViewOptions = {}): MessageView | undefined {
  const document = engine.document(passage.doc);
  if (!document) return undefined;
  const all = engine.passages(document.id);
  const index = all.findIndex((candidate) => candidate.id === passage.id);
  return formatPassage({
    passage,
    document,
    language,
    position: (index === -1 ? passage.order : index) + 1,
    count: all.length,
    neighbours: options.neighbours ? engine.neighbours(passage.id) : undefined,
    share: options.share,
    sharedBy: options.sharedBy,
  });
}

/**
 * The view a passage button (全文, ◀ ▶, 共有) asks for, from its arguments; undefined when the
 * passage is gone (an older index, a made-up id), for the caller to say so.
 */
export function passageButtonView(
  engine: AnswerEngine,
  target: { passageId: string; language: Language } | undefined,
  options: PassageViewOptions = {},
): MessageView | undefined {
  const passage = target && engine.passage(target.passageId);
  return passage ? passageView(engine, passage, target.language, options) : undefined;
}
