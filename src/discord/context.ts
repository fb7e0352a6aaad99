/**
 * What every command, button and message handler receives: the answering engine and the bot's
 * small pieces of state. Built once in bot.ts; tests build one around the real engine.
 */
import type { AskOutcome } from '../answer/types.ts';
import type { DocumentMeta, Passage } from '../corpus/types.ts';
import type { Figure } from '../figures/schema.ts';
import type { Logger } from '../log.ts';
import type { AnswerSessions } from './answer-sessions.ts';
import type { FeedbackLog } from './feedback-log.ts';
import type { RateLimiter } from './rate-limit.ts';

/** The part of `Shiori` (src/answer/engine.ts) that the Discord layer uses. */
export interface AnswerEngine {
  ask(question: string, options?: { limit?: number }): AskOutcome;
  search(query: string, options?: { limit?: number }): AskOutcome;
  documents(): DocumentMeta[];
  document(id: string): DocumentMeta | undefined;
  passage(id: string): Passage | undefined;
  passages(docId: string): Passage[];
  neighbours(passageId: string): { previous?: Passage; next?: Passage };
}

export interface BotContext {
  engine: AnswerEngine;
  log: Logger;
  sessions: AnswerSessions;
  feedback: FeedbackLog;
  /** Questions per user (/ask, /search and free questions share it). */
  questionLimiter: RateLimiter;
  /** Channels where every message is a question. */
  askChannelIds: ReadonlySet<string>;
  /** The figure catalogue (corpus/figures.yaml), checked against the documents at start. */
  figures: readonly Figure[];
}
