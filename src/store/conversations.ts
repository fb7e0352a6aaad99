/**
 * The last question asked in each conversation (a thread, a forum post, a DM), with the words that
 * said what it was about, so that a follow-up that names no subject («2019年は？») can be read with
 * them. One row per conversation, replaced by each question; rows untouched for a long time are
 * pruned.
 */
import type { SqliteDatabase } from './database.ts';

export interface LastQuestion {
  question: string;
  /** The words that named its subject, as the question wrote them. */
  subject: string[];
  /** Milliseconds since the epoch. */
  at: number;
}

export class ConversationTable {
  readonly #save;
  readonly #get;
  readonly #prune;

  constructor(db: SqliteDatabase) {
    this.#save = db.prepare('INSERT OR REPLACE INTO conversations (channel_id, question, subject, at) VALUES (?, ?, ?, ?)');
    this.#get = db.prepare('SELECT question, subject, at FROM conversations WHERE channel_id = ?');
    this.#prune = db.prepare('DELETE FROM conversations WHERE at < ?');
  }

  save(channelId: string, last: LastQuestion): void {
    this.#save.run(channelId, last.question, JSON.stringify(last.subject), last.at);
  }

  get(channelId: string): LastQuestion | undefined {
    const row = this.#get.get(channelId) as { question: string; subject: string; at: number } | undefined;
    return row && { question: row.question, subject: JSON.parse(row.subject) as string[], at: row.at };
  }

  /** Forget conversations last asked in before `before` (ms since the epoch); returns how many. */
  prune(before: number): number {
    return this.#prune.run(before).changes;
  }
}
