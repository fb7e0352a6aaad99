/**
 * What the study commands look up from what a person chose or typed: a document's chapters, a
 * chapter named by autocomplete or by hand, and the study commands as the reader's client names
 * them (for hints such as "review with /復習").
 */
import { fold } from '../core/text.ts';
import type { DocumentMeta, Language } from '../core/types.ts';
import { chaptersOf } from '../study/outline.ts';
import { nameCommand } from './command-names.ts';
import type { AnswerEngine, BotContext } from './context.ts';
import type { Choice } from './format/choices.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from './limits.ts';
import { studyCommandText } from './text.ts';
import { truncateAtSentence } from './format/text.ts';

export function chaptersOfDocument(engine: AnswerEngine, documentId: string): string[] {
  return chaptersOf(engine.passages(documentId));
}

/** The chapter as the document writes it, from what autocomplete sent or a person typed (width and case folded). */
export function resolveChapter(engine: AnswerEngine, document: DocumentMeta, typed: string): string | undefined {
  const needle = fold(typed.trim());
  const chapters = chaptersOfDocument(engine, document.id);
  return chapters.find((chapter) => fold(chapter) === needle) ?? (needle ? chapters.filter((chapter) => fold(chapter).includes(needle)).at(0) : undefined);
}

/** Chapters for autocomplete: of the chosen document, or of every document. The value is the chapter itself. */
export function chapterChoices(engine: AnswerEngine, document: DocumentMeta | undefined, typed: string): Choice[] {
  const documents = document ? [document] : engine.documents();
  const needle = fold(typed.trim());
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const candidate of documents) {
    for (const chapter of chaptersOfDocument(engine, candidate.id)) {
      if (seen.has(chapter) || chapter.length > CHOICE_VALUE_MAX || (needle && !fold(chapter).includes(needle))) continue;
      seen.add(chapter);
      choices.push({ name: truncateAtSentence(chapter, CHOICE_NAME_MAX), value: chapter });
    }
  }
  return choices.slice(0, AUTOCOMPLETE_CHOICES_MAX);
}

/** A study command as the reader's client names it: «/復習（/review）». */
export function studyCommandMention(context: Pick<BotContext, 'commands'>, name: keyof typeof studyCommandText, language: Language): string {
  return nameCommand(context, studyCommandText[name].name.en, language);
}
