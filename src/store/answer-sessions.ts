/**
 * The answers behind ◀ ▶ and 👍/👎, kept so the buttons work after a restart. The answer is
 * stored as JSON that only the layer above reads; rows older than the time to live are pruned.
 */
import type { SqliteDatabase } from './database.ts';

export interface StoredAnswerSession {
  id: string;
  createdAt: number;
  origin: string;
  /** JSON, as the caller wrote it. */
  answer: string;
}

export class AnswerSessionTable {
  readonly #insert;
  readonly #get;
  readonly #prune;

  constructor(db: SqliteDatabase) {
    this.#insert = db.prepare('INSERT OR REPLACE INTO answer_sessions (id, created_at, origin, answer) VALUES (?, ?, ?, ?)');
    this.#get = db.prepare('SELECT id, created_at AS createdAt, origin, answer FROM answer_sessions WHERE id = ?');
    this.#prune = db.prepare('DELETE FROM answer_sessions WHERE created_at < ?');
  }

  save(session: StoredAnswerSession): void {
    this.#insert.run(session.id, session.createdAt, session.origin, session.answer);
  }

  get(id: string): StoredAnswerSession | undefined {
    return this.#get.get(id) as StoredAnswerSession | undefined;
  }

  /** Delete sessions created before `before` (ms since the epoch); returns how many. */
  prune(before: number): number {
    return this.#prune.run(before).changes;
  }
}
