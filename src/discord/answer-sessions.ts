/**
 * Answers kept in memory so that ◀ ▶ and 👍/👎 can act on them later. A button's custom id holds
 * only the session id (100 characters cannot hold a 500-character question and nine hits).
 * Bounded in size and age; a button on an answer that has gone says "ask again" instead of failing.
 * Each shard keeps its own: a message's buttons come back to the shard that sent it.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.ts';
import { ANSWER_SESSIONS_MAX, ANSWER_SESSION_TTL_MS } from './limits.ts';

/** Where the question came from, kept with the feedback. */
export type QuestionOrigin = 'slash' | 'mention' | 'dm' | 'ask-channel';

export interface AnswerSession {
  id: string;
  answer: Answer;
  origin: QuestionOrigin;
  createdAt: number;
}

export interface AnswerSessionsOptions {
  max?: number;
  ttlMs?: number;
  now?: () => number;
}

export class AnswerSessions {
  readonly #sessions = new Map<string, AnswerSession>();
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: AnswerSessionsOptions = {}) {
    this.#max = options.max ?? ANSWER_SESSIONS_MAX;
    this.#ttlMs = options.ttlMs ?? ANSWER_SESSION_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  create(answer: Answer, origin: QuestionOrigin): AnswerSession {
    // 9 random bytes → 12 base64url characters: unguessable enough that a session cannot be hijacked by guessing.
    const session: AnswerSession = { id: randomBytes(9).toString('base64url'), answer, origin, createdAt: this.#now() };
    this.#sessions.set(session.id, session);
    // A Map iterates in insertion order, so the first key is the oldest session.
    while (this.#sessions.size > this.#max) this.#sessions.delete(this.#sessions.keys().next().value!);
    return session;
  }

  get(id: string): AnswerSession | undefined {
    const session = this.#sessions.get(id);
    if (session && this.#now() - session.createdAt > this.#ttlMs) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  get size(): number {
    return this.#sessions.size;
  }
}
