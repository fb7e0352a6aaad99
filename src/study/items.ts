/**
 * A quiz item: a question with four choices, one right, and the passage that answers it. Items
 * are generated from the documents (never written by hand), and each checks itself before it may
 * be asked: four different choices, the right one in the cited passage, a question that does not
 * give the answer away, and no wrong choice that the passage also gives as the answer.
 */
import type { PassageLocation } from '../core/types.ts';

export const ITEM_KINDS = ['figure', 'cloze', 'definition'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const CHOICE_COUNT = 4;
export const CHOICE_LETTERS = ['A', 'B', 'C', 'D'] as const;

export interface ItemSource {
  doc: string;
  /** The passage that answers: `nri-platformers-2021#s20.1`. */
  passage: string;
  location: PassageLocation;
  /** The exact words of the passage that answer (a line, a sentence, a table row). */
  quote: string;
}

export interface QuizItem {
  /** Stable across runs while the documents do not change: `cloze-3fa2c1d09b`. */
  id: string;
  kind: ItemKind;
  /** What is asked, finer than `kind`: `series-value`, `breakdown-largest`, `cloze-name`, `abbreviation`… */
  form: string;
  question: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  source: ItemSource;
}

/** An item before its choices are put in order: the answer, the wrong choices, and what must not be a wrong choice. */
export interface DraftItem {
  kind: ItemKind;
  form: string;
  question: string;
  answer: string;
  distractors: string[];
  source: ItemSource;
  /** The passage's whole text, for the checks. */
  passageText: string;
  /**
   * Texts the passage gives as an answer to this question besides `answer` (a chart's other cells
   * of equal value, say). For cloze and definitions every word of the passage counts, so this is
   * left empty and `distractorsOutsidePassage` is set instead.
   */
  alsoRight: string[];
  distractorsOutsidePassage: boolean;
  /** Alias concepts of a text (Alibaba and アリババ share one), to catch a second right answer under another name. */
  conceptsOf?: (text: string) => ReadonlySet<string>;
}

/** How choices are compared: width, case, spaces and light punctuation do not make two choices different. */
export function normalizeChoice(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・,、。「」『』“”"'()（）]/g, '');
}

export type ItemProblem = 'choices-not-distinct' | 'answer-not-in-passage' | 'stem-gives-answer' | 'distractor-also-right' | 'wrong-choice-count' | 'empty-choice';

/** What is wrong with a draft; an empty list means it may be asked. */
export function checkDraft(draft: DraftItem): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const choices = [draft.answer, ...draft.distractors];
  const normalized = choices.map(normalizeChoice);
  if (choices.length !== CHOICE_COUNT) problems.push('wrong-choice-count');
  if (normalized.some((choice) => choice.length === 0)) problems.push('empty-choice');
  if (new Set(normalized).size !== normalized.length) problems.push('choices-not-distinct');
  const passage = normalizeChoice(draft.passageText);
  const answer = normalizeChoice(draft.answer);
  if (!passage.includes(answer)) problems.push('answer-not-in-passage');
  if (answer && normalizeChoice(draft.question).includes(answer)) problems.push('stem-gives-answer');
  else if (draft.conceptsOf && sharesConcept(draft.conceptsOf(draft.question), draft.conceptsOf(draft.answer))) problems.push('stem-gives-answer');
  const alsoRight = new Set(draft.alsoRight.map(normalizeChoice));
  const answerConcepts = draft.conceptsOf?.(draft.answer);
  for (const distractor of draft.distractors) {
    const key = normalizeChoice(distractor);
    const stated = alsoRight.has(key) || (draft.distractorsOutsidePassage && key.length > 0 && passage.includes(key));
    const sameThing = answerConcepts !== undefined && sharesConcept(draft.conceptsOf!(distractor), answerConcepts);
    if (stated || sameThing) {
      problems.push('distractor-also-right');
      break;
    }
  }
  return problems;
}

function sharesConcept(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const concept of a) if (b.has(concept)) return true;
  return false;
}

/** The draft as an item, choices in an order fixed by the item's id (so the answer is not always A). */
export function finishDraft(draft: DraftItem, id: string, order: (choices: string[]) => string[]): QuizItem {
  const choices = order([draft.answer, ...draft.distractors]);
  return { id, kind: draft.kind, form: draft.form, question: draft.question, choices, answer: choices.indexOf(draft.answer), source: draft.source };
}
