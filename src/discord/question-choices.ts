/**
 * What /ask's question box suggests while a person types: what they typed (so that Enter keeps
 * it), questions people of this server found answered (👍; outside servers, the person's own),
 * the catalogue's figures by title or alias, and the documents' chapter headings. Values are the
 * text itself: /ask takes any question.
 */
import { fold } from '../core/text.ts';
import type { Language } from '../core/types.ts';
import { exampleScope, helpfulQuestions } from './answer-card.ts';
import type { BotContext } from './context.ts';
import type { Choice } from './format/choices.ts';
import { singleLine } from './format/text.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_VALUE_MAX } from './limits.ts';
import { chapterChoices } from './study-lookups.ts';

export interface ChoiceAsker {
  language: Language;
  guildId: string | null;
  userId: string;
}

export function questionChoices(context: Pick<BotContext, 'engine' | 'store' | 'log'>, typed: string, asker: ChoiceAsker): Choice[] {
  const text = singleLine(typed);
  // A question longer than a choice can hold: suggest nothing, so nothing replaces it.
  if (text.length > CHOICE_VALUE_MAX) return [];
  const needle = fold(text);
  const matches = (candidate: string) => !needle || fold(candidate).includes(needle);
  const liked = helpfulQuestions(context, exampleScope(asker.guildId, asker.userId), AUTOCOMPLETE_CHOICES_MAX).filter(matches);
  const figures = context.engine.figureChoices(text, AUTOCOMPLETE_CHOICES_MAX).map((match) => match.figure.title[asker.language]);
  const chapters = chapterChoices(context.engine, undefined, text).map((choice) => choice.value);
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const candidate of [text, ...liked, ...figures, ...chapters]) {
    const value = singleLine(candidate);
    if (!value || value.length > CHOICE_VALUE_MAX || seen.has(fold(value))) continue;
    seen.add(fold(value));
    choices.push({ name: value, value });
    if (choices.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return choices;
}
