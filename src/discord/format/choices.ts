/**
 * Autocomplete answers for /source: documents (value = document id) and places in a document
 * (value = passage id), from a list or from search hits. Names are plain text (Discord does not
 * render markdown in choices), 1–100 characters; at most 25 choices.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Hit } from '../../answer/types.ts';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta, Passage } from '../../core/types.ts';
import { formatLocation } from '../../core/citation.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from '../limits.ts';
import { fold } from '../../core/text.ts';
import { singleLine, truncateAtSentence } from './text.ts';

export type Choice = APIApplicationCommandOptionChoice<string>;

function choice(name: string, value: string): Choice | undefined {
  const shown = truncateAtSentence(singleLine(name), CHOICE_NAME_MAX);
  if (!shown || value.length === 0 || value.length > CHOICE_VALUE_MAX) return undefined;
  return { name: shown, value };
}

function firstChoices(candidates: (Choice | undefined)[]): Choice[] {
  const seen = new Set<string>();
  const result: Choice[] = [];
  for (const candidate of candidates) {
    if (!candidate || seen.has(candidate.value)) continue;
    seen.add(candidate.value);
    result.push(candidate);
    if (result.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return result;
}

/** Documents whose title, author or id contain what was typed (all of them when nothing was). */
export function documentChoices(documents: readonly DocumentMeta[], typed: string): Choice[] {
  const needle = fold(typed.trim());
  return firstChoices(
    documents
      .filter((meta) => !needle || [meta.title, meta.author, meta.id].some((field) => fold(field).includes(needle)))
      .map((meta) => choice(`${meta.title}（${meta.author}）`, meta.id)),
  );
}

/** `slide 12 — heading` for a passage, plain text. */
export function passageLabel(passage: Passage, language: Language, line?: string): string {
  const location = formatLocation(passage.location, language);
  const text = singleLine(line ?? passage.heading ?? passage.text);
  return location ? `${location} — ${text}` : text;
}

/** Passages in document order. */
export function passageChoices(passages: readonly Passage[], language: Language): Choice[] {
  return firstChoices(passages.map((passage) => choice(passageLabel(passage, language), passage.id)));
}

/** Search hits, best first, labelled with the quoted words. */
export function hitChoices(hits: readonly Hit[], language: Language): Choice[] {
  return firstChoices(hits.map((hit) => choice(passageLabel(hit.passage, language, hit.quote), hit.passage.id)));
}
