/**
 * Button custom ids: `prefix:arguments`, at most 100 characters. Each button family has a prefix
 * that the button registry dispatches on; the arguments are parsed here so that the formatter
 * that writes an id and the handler that reads it share one definition.
 * State that does not fit (an answer's hits) lives in AnswerSessions under a short session id.
 */
import type { Language } from '../../core/types.ts';
import { CUSTOM_ID_MAX } from '../limits.ts';

export const BUTTON_PREFIX = {
  feedback: 'fb',
  share: 'shr',
  fullText: 'full',
  sourceStep: 'src',
  quizAnswer: 'qa',
  quizReveal: 'qr',
  quizStop: 'qx',
  quizKeep: 'qk',
  reviewAnswer: 'rv',
  reviewNext: 'rn',
  outlineOpen: 'op',
} as const;

/** Select menus are dispatched by prefix as buttons are. */
export const SELECT_PREFIX = {
  outlineChapter: 'ol',
  answerCandidate: 'cand',
} as const;

/** Modals are dispatched by prefix as buttons are: the prefix of the modal's custom id. */
export const MODAL_PREFIX = {
  feedbackComment: 'fbm',
} as const;

/** The text input of the 👎 modal. */
export const FEEDBACK_COMMENT_INPUT = 'comment';

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

// 「ほかの候補」 under an answer card: the chosen value is the index of the hit to show.
export const candidateId = (session: string) => join(SELECT_PREFIX.answerCandidate, session);
export function parseSession(args: string): { session: string } | undefined {
  return /^[\w-]+$/.test(args) ? { session: args } : undefined;
}

// 👍 / 👎 under an answer card: the vote is about hit `shown` (0 = the best) of session `session`.
export const feedbackId = (session: string, shown: number, vote: Vote) => join(BUTTON_PREFIX.feedback, session, shown, vote);
export function parseFeedback(args: string): { session: string; shown: number; vote: Vote } | undefined {
  const match = /^([\w-]+):(\d+):(up|down)$/.exec(args);
  return match ? { session: match[1]!, shown: Number(match[2]), vote: match[3] as Vote } : undefined;
}

// The modal 👎 opens: what the person was looking for, about hit `shown` of session `session`.
export const feedbackModalId = (session: string, shown: number) => join(MODAL_PREFIX.feedbackComment, session, shown);
export function parseFeedbackModal(args: string): { session: string; shown: number } | undefined {
  const match = /^([\w-]+):(\d+)$/.exec(args);
  return match ? { session: match[1]!, shown: Number(match[2]) } : undefined;
}

// 共有 under a private answer, /search results or a /source passage: post it in the channel.
export const shareAnswerId = (session: string, shown: number) => join(BUTTON_PREFIX.share, 'a', session, shown);
export const shareSearchId = (session: string) => join(BUTTON_PREFIX.share, 's', session);
export const sharePassageId = (language: Language, passageId: string) => join(BUTTON_PREFIX.share, 'p', language, passageId);
export type ShareTarget =
  | { kind: 'answer'; session: string; shown: number }
  | { kind: 'search'; session: string }
  | { kind: 'passage'; language: Language; passageId: string };
export function parseShare(args: string): ShareTarget | undefined {
  const answer = /^a:([\w-]+):(\d+)$/.exec(args);
  if (answer) return { kind: 'answer', session: answer[1]!, shown: Number(answer[2]) };
  const search = /^s:([\w-]+)$/.exec(args);
  if (search) return { kind: 'search', session: search[1]! };
  const passage = args.startsWith('p:') ? parsePassageButton(args.slice(2)) : undefined;
  return passage && { kind: 'passage', ...passage };
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

// A quiz's A–D buttons: question `position` of quiz `quiz`, choice `choice` (0–3).
export const quizAnswerId = (quiz: number, position: number, choice: number) => join(BUTTON_PREFIX.quizAnswer, quiz, position, choice);
export function parseQuizAnswer(args: string): { quiz: number; position: number; choice: number } | undefined {
  const match = /^(\d+):(\d+):([0-3])$/.exec(args);
  return match ? { quiz: Number(match[1]), position: Number(match[2]), choice: Number(match[3]) } : undefined;
}

// 答えを見る and 復習に追加 on a quiz question; 中止 on the quiz.
export const quizRevealId = (quiz: number, position: number) => join(BUTTON_PREFIX.quizReveal, quiz, position);
export const quizKeepId = (quiz: number, position: number) => join(BUTTON_PREFIX.quizKeep, quiz, position);
export function parseQuizQuestion(args: string): { quiz: number; position: number } | undefined {
  const match = /^(\d+):(\d+)$/.exec(args);
  return match ? { quiz: Number(match[1]), position: Number(match[2]) } : undefined;
}
export const quizStopId = (quiz: number) => join(BUTTON_PREFIX.quizStop, quiz);
export function parseQuizStop(args: string): { quiz: number } | undefined {
  return /^\d+$/.test(args) ? { quiz: Number(args) } : undefined;
}

// /review: an answer to the card for item `item`, and the next due card.
export const reviewAnswerId = (language: Language, item: string, choice: number) => join(BUTTON_PREFIX.reviewAnswer, language, item, choice);
export function parseReviewAnswer(args: string): { language: Language; item: string; choice: number } | undefined {
  const match = /^(ja|en):([\w-]+):([0-3])$/.exec(args);
  return match ? { language: match[1] as Language, item: match[2]!, choice: Number(match[3]) } : undefined;
}
export const reviewNextId = (language: Language) => join(BUTTON_PREFIX.reviewNext, language);
export function parseLanguage(args: string): Language | undefined {
  return isLanguage(args) ? args : undefined;
}

// /outline: a chapter menu (the document in the id, the section index as the value) and buttons that open a place.
export const outlineChapterId = (language: Language, documentId: string) => join(SELECT_PREFIX.outlineChapter, language, documentId);
export function parseOutlineChapter(args: string): { language: Language; documentId: string } | undefined {
  const colon = args.indexOf(':');
  const language = args.slice(0, colon);
  const documentId = args.slice(colon + 1);
  return colon > 0 && isLanguage(language) && documentId ? { language, documentId } : undefined;
}
export const outlineOpenId = (language: Language, passageId: string) => join(BUTTON_PREFIX.outlineOpen, language, passageId);
