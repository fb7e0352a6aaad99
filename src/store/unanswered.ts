/** Questions Shiori found no confident answer to: what the organiser's report lists first. */
import type { Language } from '../core/types.ts';
import type { SqliteDatabase } from './database.ts';

export interface UnansweredRecord {
  at: string;
  question: string;
  language: Language;
  origin: string;
  guildId?: string;
  /** The nearest passage, when there was one. */
  nearest?: string;
}

export class UnansweredTable {
  readonly #insert;

  constructor(private readonly db: SqliteDatabase) {
    this.#insert = db.prepare('INSERT INTO unanswered (at, question, language, origin, guild_id, nearest) VALUES (?, ?, ?, ?, ?, ?)');
  }

  record(entry: UnansweredRecord): void {
    this.#insert.run(entry.at, entry.question, entry.language, entry.origin, entry.guildId ?? null, entry.nearest ?? null);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM unanswered').get() as { n: number }).n;
  }
}
