/**
 * What every command, button and message handler receives: the answering engine and the bot's
 * small pieces of state. Built once in bot.ts; tests build one around the real engine.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Shiori } from '../answer/engine.ts';
import type { DocumentLibrary } from '../answer/library.ts';
import type { Logger } from '../log.ts';
import type { AnswerSessions } from './answer-sessions.ts';
import type { FeedbackLog } from './feedback-log.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Turns } from './turns.ts';
import type { Store } from '../store/store.ts';
import type { ItemBank } from '../study/bank.ts';
import type { QuizRunner } from './quiz-runner.ts';

/** The part of `Shiori` (src/answer/engine.ts) that the Discord layer uses. */
export type AnswerEngine = Pick<Shiori, 'ask' | 'search' | 'subjectWords' | 'documents' | 'document' | 'passage' | 'passages' | 'locate' | 'neighbours' | 'figures' | 'resolveFigure' | 'figureChoices'>;

/** An engine that is replaced while the bot runs (answer/live.ts): each use takes the current one. */
export interface LiveEngine {
  readonly current: AnswerEngine;
}

/** Adding and removing documents (`/docs`), when the bot keeps its index current. */
export type Library = Pick<DocumentLibrary, 'list' | 'add' | 'remove' | 'tooLarge'>;

export interface BotContext {
  /** The registered slash commands' data, for /help to list them as the reader's client names them. */
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  /** The engine answering now: with a live engine, a new one after each change of the documents. */
  readonly engine: AnswerEngine;
  /** Absent when the documents cannot be changed from Discord. */
  library?: Library;
  log: Logger;
  sessions: AnswerSessions;
  feedback: FeedbackLog;
  /** Questions per user (/ask, /search and free questions share it). */
  questionLimiter: RateLimiter;
  /** Every interaction per user but autocomplete, counted before any work. */
  interactionLimiter: RateLimiter;
  /** Autocomplete requests per user, counted before any work. */
  autocompleteLimiter: RateLimiter;
  /** Handlers' work, one per turn of the event loop (see turns.ts). */
  turns: Turns;
  /** Channels where every message is a question. */
  askChannelIds: ReadonlySet<string>;
  /** The database (or its in-memory stand-in): feedback, sessions, quizzes, review cards. */
  store: Store;
  study: StudyContext;
}

/** What the study commands share: the item bank, the running quizzes, the clock. */
export interface StudyContext {
  /** Every quiz item of the documents, generated on first use. */
  bank(): Promise<ItemBank>;
  quizzes: QuizRunner;
  /** Milliseconds since the epoch: review due times, answer times, streak days. */
  now(): number;
}
