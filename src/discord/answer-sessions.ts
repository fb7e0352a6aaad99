/**
 * Answers kept so that an answer card's 「ほかの候補」, 👍/👎 and 共有 can act on them later, in the
 * database so that they keep working after a restart. A custom id holds only the session id (100
 * characters cannot hold a 500-character question and nine hits). The newest are also kept in memory; when the
 * database cannot be written, memory alone keeps the buttons working until the bot stops.
 * Sessions older than a day say "ask again" instead of failing.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.ts';
import type { Store } from '../store/store.ts';
import type { CardSettings } from './format/card.ts';
import { ANSWER_SESSIONS_MAX, ANSWER_SESSION_TTL_MS } from './limits.ts';

/**
 * Where the question came from, kept with the feedback: /ask, a mention, a DM, an ask channel, a
 * follow-up in a thread, a forum post, the message menu (「Shiori に聞く」), or /search.
 */
export type QuestionOrigin = 'slash' | 'mention' | 'dm' | 'ask-channel' | 'thread' | 'forum' | 'message-menu' | 'search';

export interface AnswerSession {
  id: string;
  answer: Answer;
  origin: QuestionOrigin;
  createdAt: number;
  /** How its card is shown; the same on every render. */
  card: CardSettings;
}

export interface AnswerSessionsOptions {
  /** Where sessions outlive a restart; memory only without one. */
  store?: Store;
  /** Sessions kept in memory, at most. */
  max?: number;
  ttlMs?: number;
  now?: () => number;
  /** Told when the store fails (the session is still kept in memory). */
  onError?: (error: unknown) => void;
}

/** Old rows are deleted every this many new sessions. */
const PRUNE_EVERY = 100;

export class AnswerSessions {
  readonly #sessions = new Map<string, AnswerSession>();
  readonly #store: Store | undefined;
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #onError: (error: unknown) => void;
  #created = 0;

  constructor(options: AnswerSessionsOptions = {}) {
    this.#store = options.store;
    this.#max = options.max ?? ANSWER_SESSIONS_MAX;
    this.#ttlMs = options.ttlMs ?? ANSWER_SESSION_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError ?? (() => {});
  }

  create(answer: Answer, origin: QuestionOrigin, card: CardSettings = {}): AnswerSession {
    // 9 random bytes → 12 base64url characters: unguessable enough that a session cannot be hijacked by guessing.
    const session: AnswerSession = { id: randomBytes(9).toString('base64url'), answer, origin, createdAt: this.#now(), card };
    this.#remember(session);
    try {
      this.#store?.answerSessions.save({ id: session.id, createdAt: session.createdAt, origin, answer: JSON.stringify(answer), card: JSON.stringify(card) });
      if (this.#store && ++this.#created % PRUNE_EVERY === 0) this.#store.answerSessions.prune(this.#now() - this.#ttlMs);
    } catch (error) {
      this.#onError(error);
    }
    return session;
  }

  get(id: string): AnswerSession | undefined {
    const session = this.#sessions.get(id) ?? this.#load(id);
    if (session && this.#now() - session.createdAt > this.#ttlMs) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  get size(): number {
    return this.#sessions.size;
  }

  #remember(session: AnswerSession): void {
    this.#sessions.set(session.id, session);
    // A Map iterates in insertion order, so the first key is the oldest session.
    while (this.#sessions.size > this.#max) this.#sessions.delete(this.#sessions.keys().next().value!);
  }

  /** A session from before a restart (or pushed out of memory). */
  #load(id: string): AnswerSession | undefined {
    try {
      const row = this.#store?.answerSessions.get(id);
      if (!row) return undefined;
      const session: AnswerSession = {
        id: row.id,
        createdAt: row.createdAt,
        origin: row.origin as QuestionOrigin,
        answer: JSON.parse(row.answer) as Answer,
        card: row.card ? (JSON.parse(row.card) as CardSettings) : {},
      };
      this.#remember(session);
      return session;
    } catch (error) {
      this.#onError(error);
      return undefined;
    }
  }
}
