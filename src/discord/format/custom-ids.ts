/**
 * Button custom ids: `prefix:arguments`, at most 100 characters. Each button family has a prefix
 * that the button registry dispatches on; the arguments are parsed here so that the formatter
 * that writes an id and the handler that reads it share one definition.
 * State that does not fit (an answer's hits) lives in AnswerSessions under a short session id.
 */
import type { Language } from '../../core/types.ts';
import { CUSTOM_ID_MAX } from '../limits.ts';

export const BUTTON_PREFIX = {
  answerPage: 'ans',
  feedback: 'fb',
  fullText: 'full',
  sourceStep: 'src',
} as const;

export type Vote = 'up' | 'down';

function join(...parts: (string | number)[]): string {
  const id = parts.join(':');
  if (id.length > CUSTOM_ID_MAX) throw new RangeError(`custom id longer than ${CUSTOM_ID_MAX}: ${id}`);
  return id;
}

/** The part after the prefix (the registry has already matched the prefix). */
export function customIdArguments(customId: string): string {
  const colon = customId.indexOf(':');
  return colon === -1 ? '' : customId.slice(colon + 1);
}

export function customIdPrefix(customId: string): string {
  const colon = customId.indexOf(':');
  return colon === -1 ? customId : customId.slice(0, colon);
}

const isLanguage = (value: string | undefined): value is Language => value === 'ja' || value === 'en';

// ◀ ▶ under an answer: show page `page` of session `session`.
export const answerPageId = (session: string, page: number) => join(BUTTON_PREFIX.answerPage, session, page);
export function parseAnswerPage(args: string): { session: string; page: number } | undefined {
  const match = /^([\w-]+):(\d+)$/.exec(args);
  return match ? { session: match[1]!, page: Number(match[2]) } : undefined;
}

// 👍 / 👎 under an answer: the vote is about page `page` of session `session`.
export const feedbackId = (session: string, page: number, vote: Vote) => join(BUTTON_PREFIX.feedback, session, page, vote);
export function parseFeedback(args: string): { session: string; page: number; vote: Vote } | undefined {
  const match = /^([\w-]+):(\d+):(up|down)$/.exec(args);
  return match ? { session: match[1]!, page: Number(match[2]), vote: match[3] as Vote } : undefined;
}

// 全文 and /source's ◀ ▶ carry the passage id itself, so they keep working after a restart.
export const fullTextId = (language: Language, passageId: string) => join(BUTTON_PREFIX.fullText, language, passageId);
export const sourceStepId = (language: Language, passageId: string) => join(BUTTON_PREFIX.sourceStep, language, passageId);
/** A disabled ◀ or ▶ still needs an id, unique within its message. */
export const sourceStepDisabledId = (direction: 'previous' | 'next') => join(BUTTON_PREFIX.sourceStep, 'none', direction);

export function parsePassageButton(args: string): { language: Language; passageId: string } | undefined {
  const colon = args.indexOf(':');
  const language = args.slice(0, colon);
  const passageId = args.slice(colon + 1);
  return colon > 0 && isLanguage(language) && passageId ? { language, passageId } : undefined;
}
