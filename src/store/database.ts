/**
 * Opening `DATA_DIR/shiori.db`: WAL mode (readers never wait for the writer, and several shard
 * processes can share the file), a busy timeout for the moments two processes write at once,
 * foreign keys on, and the migrations the file lacks. When the file cannot be used (locked by
 * another program, read-only, corrupt, or written by a newer Shiori) the caller gets an
 * in-memory database with the same schema and one sentence saying why, so that everything keeps
 * working for this run and nothing on disk is touched.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations.ts';

export type SqliteDatabase = Database.Database;

export const DATABASE_FILE_NAME = 'shiori.db';
/**
 * How long a write waits for another process's write before giving up (SQLITE_BUSY). Shards hold
 * the write lock for microseconds; the wait blocks the event loop, so it must stay well inside
 * Discord's 3 seconds to acknowledge an interaction.
 */
export const BUSY_TIMEOUT_MS = 1000;

/** Why the file could not be used. */
export type DatabaseProblem = 'locked' | 'read-only' | 'corrupt' | 'newer' | 'unavailable';

export interface OpenedDatabase {
  db: SqliteDatabase;
  /** The file, or undefined when this is the in-memory stand-in. */
  file: string | undefined;
  /** Set when the file could not be used and `db` is in memory. */
  problem?: { kind: DatabaseProblem; detail: string; file: string };
  /** Migrations applied while opening (their versions). */
  migrated: number[];
}

export interface OpenOptions {
  busyTimeoutMs?: number;
}

/** The kind of problem an error from SQLite or the file system means. */
export function classifyError(error: unknown): DatabaseProblem {
  const code = (error as { code?: unknown })?.code;
  const message = String((error as Error)?.message ?? error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /database is locked/i.test(message)) return 'locked';
  if (code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || /readonly|read-only/i.test(message)) return 'read-only';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || /malformed|not a database/i.test(message)) return 'corrupt';
  if (error instanceof NewerDatabaseError) return 'newer';
  return 'unavailable';
}

export class NewerDatabaseError extends Error {
  constructor(readonly version: number) {
    super(`the database is at version ${version}, newer than this Shiori knows (${LATEST_VERSION})`);
    this.name = 'NewerDatabaseError';
  }
}

function configure(db: SqliteDatabase, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.pragma('foreign_keys = ON');
}

/**
 * Apply the migrations `db` lacks. Each runs in an IMMEDIATE transaction that re-reads the version
 * first, so two processes opening an old file at once migrate it once.
 */
export function migrate(db: SqliteDatabase, migrations = MIGRATIONS): number[] {
  const applied: number[] = [];
  const version = () => Number(db.pragma('user_version', { simple: true }));
  const latest = migrations.at(-1)?.version ?? 0;
  if (version() > latest) throw new NewerDatabaseError(version());
  for (const migration of migrations) {
    if (version() >= migration.version) continue;
    db.transaction(() => {
      if (version() >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}

/** The schema in memory: for tests, and the stand-in when the file cannot be used. */
export function openMemoryDatabase(): SqliteDatabase {
  const db = new Database(':memory:');
  configure(db, 0);
  migrate(db);
  return db;
}

function openFile(file: string, options: OpenOptions): { db: SqliteDatabase; migrated: number[] } {
  const db = new Database(file);
  try {
    configure(db, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
    // The first statement that reads the file: a file that is not a database fails here.
    const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
    if (mode !== 'wal') throw Object.assign(new Error(`could not switch to WAL mode (journal_mode is ${mode})`), { code: 'SQLITE_READONLY' });
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check !== 'ok') throw Object.assign(new Error(`integrity check failed: ${check}`), { code: 'SQLITE_CORRUPT' });
    const migrated = migrate(db);
    // A file we may only read can pass everything above; a write finds out now rather than at the first vote.
    db.prepare("INSERT INTO meta (key, value) VALUES ('opened_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(new Date().toISOString());
    return { db, migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Open (creating when needed) `dataDir/shiori.db`, or an in-memory stand-in with the reason. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  const file = join(dataDir, DATABASE_FILE_NAME);
  try {
    mkdirSync(dataDir, { recursive: true });
    const { db, migrated } = openFile(file, options);
    return { db, file, migrated };
  } catch (error) {
    const kind = classifyError(error);
    return { db: openMemoryDatabase(), file: undefined, problem: { kind, detail: String((error as Error)?.message ?? error), file }, migrated: [] };
  }
}
