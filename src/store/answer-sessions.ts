/**
 * The answers behind an answer card's menu and buttons, kept so they work after a restart. The
 * answer and how its card is shown are stored as JSON that only the layer above reads; rows older
 * than the time to live are pruned.
 */
import type { SqliteDatabase } from './database.ts';

export interface StoredAnswerSession {
  id: string;
  createdAt: number;
  origin: string;
  /** JSON, as the caller wrote it. */
  answer: string;
  /** How its card is shown, JSON as the caller wrote it; absent for sessions from before cards. */
  card?: string;
}

export class AnswerSessionTable {
  readonly #insert;
  readonly #get;
  readonly #prune;

  constructor(db: SqliteDatabase) {
    this.#insert = db.prepare('INSERT OR REPLACE INTO answer_sessions (id, created_at, origin, answer, card) VALUES (?, ?, ?, ?, ?)');
    this.#get = db.prepare('SELECT id, created_at AS createdAt, origin, answer, card FROM answer_sessions WHERE id = ?');
    this.#prune = db.prepare('DELETE FROM answer_sessions WHERE created_at < ?');
  }

  save(session: StoredAnswerSession): void {
    this.#insert.run(session.id, session.createdAt, session.origin, session.answer, session.card ?? null);
  }

  get(id: string): StoredAnswerSession | undefined {
    const row = this.#get.get(id) as (StoredAnswerSession & { card: string | null }) | undefined;
    if (!row) return undefined;
    const { card, ...rest } = row;
    return card === null ? rest : { ...rest, card };
  }

  /** Delete sessions created before `before` (ms since the epoch); returns how many. */
  prune(before: number): number {
    return this.#prune.run(before).changes;
  }
}
