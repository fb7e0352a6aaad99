/**
 * The store: one SQLite database and the tables over it. `openStore` opens `DATA_DIR/shiori.db`
 * (or, when that file cannot be used, an in-memory database that says why in `problem`), and
 * imports a `feedback.jsonl` left by an earlier version once.
 */
import { join } from 'node:path';
import { ActivityQueries } from './activity.ts';
import { AnswerSessionTable } from './answer-sessions.ts';
import { CardTable } from './cards.ts';
import { ConversationTable } from './conversations.ts';
import { openDatabase, openMemoryDatabase, type OpenedDatabase, type OpenOptions, type SqliteDatabase } from './database.ts';
import { FeedbackTable } from './feedback.ts';
import { QuizTable } from './quizzes.ts';
import { UnansweredTable } from './unanswered.ts';

/** The file earlier versions appended votes to, imported once into the database. */
export const LEGACY_FEEDBACK_FILE_NAME = 'feedback.jsonl';

export class Store {
  readonly feedback: FeedbackTable;
  readonly unanswered: UnansweredTable;
  readonly answerSessions: AnswerSessionTable;
  readonly quizzes: QuizTable;
  readonly cards: CardTable;
  readonly activity: ActivityQueries;
  readonly conversations: ConversationTable;
  #closed = false;

  constructor(
    readonly db: SqliteDatabase,
    /** The file, or undefined for an in-memory store (nothing survives a restart). */
    readonly file: string | undefined,
  ) {
    this.feedback = new FeedbackTable(db);
    this.unanswered = new UnansweredTable(db);
    this.answerSessions = new AnswerSessionTable(db);
    this.quizzes = new QuizTable(db);
    this.cards = new CardTable(db);
    this.activity = new ActivityQueries(db);
    this.conversations = new ConversationTable(db);
  }

  get persistent(): boolean {
    return this.file !== undefined;
  }

  /** Safe to call twice. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.db.close();
  }
}

export interface OpenedStore {
  store: Store;
  problem?: OpenedDatabase['problem'];
  migrated: number[];
  /** Votes imported from an old feedback.jsonl, when this open imported one. */
  imported?: { imported: number; skipped: number };
}

export function openStore(dataDir: string, options: OpenOptions = {}): OpenedStore {
  const opened = openDatabase(dataDir, options);
  const store = new Store(opened.db, opened.file);
  // Only into the real file: importing into a stand-in would mark nothing and lose it at exit.
  const imported = store.persistent ? store.feedback.importJsonLines(join(dataDir, LEGACY_FEEDBACK_FILE_NAME)) : undefined;
  return { store, problem: opened.problem, migrated: opened.migrated, ...(imported ? { imported } : {}) };
}

/** A store in memory: for tests and tools that must not write. */
export function memoryStore(): Store {
  return new Store(openMemoryDatabase(), undefined);
}
