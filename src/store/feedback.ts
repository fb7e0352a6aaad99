/**
 * 👍/👎 votes: one row each, with the question, the passages shown and a one-way hash of the
 * voter. `importJsonLines` brings in the `feedback.jsonl` that earlier versions appended to,
 * once: the import is recorded in `meta`, and the table's unique key skips any line seen before.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '../core/types.ts';
import type { SqliteDatabase } from './database.ts';

export interface FeedbackRecord {
  /** ISO time of the vote. */
  at: string;
  vote: 'up' | 'down';
  question: string;
  language: Language;
  session: string;
  page: number;
  passages: string[];
  confident: boolean;
  origin: string;
  voter: string;
  guildId?: string;
  /** What a 👎 voter was looking for, when given with the vote. */
  comment?: string;
}

const IMPORT_KEY = 'feedback_jsonl_imported';

export class FeedbackTable {
  readonly #insert;

  constructor(private readonly db: SqliteDatabase) {
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO feedback (at, vote, question, language, session, page, passages, confident, origin, voter, guild_id, comment)
       VALUES (@at, @vote, @question, @language, @session, @page, @passages, @confident, @origin, @voter, @guildId, @comment)`,
    );
  }

  /** True when the vote was new. */
  record(entry: FeedbackRecord): boolean {
    return this.#insert.run({ ...entry, passages: JSON.stringify(entry.passages), confident: entry.confident ? 1 : 0, guildId: entry.guildId ?? null, comment: entry.comment ?? null }).changes > 0;
  }

  /**
   * Keep what a person was looking for with their latest 👎 on an answer session (the modal 👎
   * opens). True when there was such a vote to keep it with.
   */
  addComment(session: string, voter: string, comment: string): boolean {
    return (
      this.db
        .prepare(
          `UPDATE feedback SET comment = ?
           WHERE id = (SELECT max(id) FROM feedback WHERE session = ? AND voter = ? AND vote = 'down')`,
        )
        .run(comment, session, voter).changes > 0
    );
  }

  /** How many people's latest vote on an answer session is 👍, and 👎. */
  tally(session: string): { up: number; down: number } {
    const rows = this.db
      .prepare(
        `SELECT vote, count(*) AS n FROM feedback AS f
         WHERE session = ? AND id = (SELECT max(id) FROM feedback AS g WHERE g.session = f.session AND g.voter = f.voter)
         GROUP BY vote`,
      )
      .all(session) as Array<{ vote: 'up' | 'down'; n: number }>;
    return { up: rows.find((row) => row.vote === 'up')?.n ?? 0, down: rows.find((row) => row.vote === 'down')?.n ?? 0 };
  }

  /**
   * Questions people found answered (👍), most voters first, then the most recent: those of one
   * server, or, outside servers, those one voter liked. Never another server's questions.
   */
  helpfulQuestions(scope: { guildId: string } | { voter: string }, limit: number): string[] {
    const where = 'guildId' in scope ? 'guild_id = @guildId' : 'guild_id IS NULL AND voter = @voter';
    const rows = this.db
      .prepare(
        `SELECT question, count(DISTINCT voter) AS voters, max(at) AS last FROM feedback
         WHERE vote = 'up' AND ${where}
         GROUP BY question ORDER BY voters DESC, last DESC LIMIT @limit`,
      )
      .all({ ...scope, limit }) as Array<{ question: string }>;
    return rows.map((row) => row.question);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM feedback').get() as { n: number }).n;
  }

  /**
   * Import a `feedback.jsonl` once. Lines that are not a vote are counted and skipped. Returns
   * undefined when there is no file or it was imported before.
   */
  importJsonLines(file: string): { imported: number; skipped: number } | undefined {
    if (!existsSync(file)) return undefined;
    if (this.db.prepare('SELECT 1 FROM meta WHERE key = ?').get(IMPORT_KEY)) return undefined;
    let imported = 0;
    let skipped = 0;
    this.db.transaction(() => {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const entry = parseVote(line);
        if (!entry) skipped++;
        else if (this.record(entry)) imported++;
      }
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(IMPORT_KEY, JSON.stringify({ file, at: new Date().toISOString(), imported, skipped }));
    }).immediate();
    return { imported, skipped };
  }
}

function parseVote(line: string): FeedbackRecord | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
  const vote = text('vote');
  const at = text('at');
  const question = text('question');
  if ((vote !== 'up' && vote !== 'down') || !at || question === undefined) return undefined;
  return {
    at,
    vote,
    question,
    language: text('language') === 'en' ? 'en' : 'ja',
    session: text('session') ?? '',
    page: typeof value.page === 'number' ? value.page : 0,
    passages: Array.isArray(value.passages) ? value.passages.filter((p): p is string => typeof p === 'string') : [],
    confident: value.confident === true,
    origin: text('origin') ?? 'unknown',
    voter: text('voter') ?? '',
  };
}
