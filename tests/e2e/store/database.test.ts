/**
 * The SQLite store: a fresh file and one written by an older version both open at the latest
 * schema; a file that is corrupt, locked, read-only or from a newer Shiori gives the reason and an
 * in-memory stand-in; the old feedback.jsonl is imported once; an answer counts once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../src/store/database.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/store/migrations.ts';
import { memoryStore, openStore } from '../../../src/store/store.ts';

const made: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiori-store-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tables = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

describe('opening the database', () => {
  it('creates a fresh file in WAL mode at the latest version', () => {
    const dir = dataDir();
    const opened = openDatabase(join(dir, 'nested'));
    expect(opened.problem).toBeUndefined();
    expect(opened.file).toBe(join(dir, 'nested', 'shiori.db'));
    expect(opened.migrated).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(opened.db)).toEqual(expect.arrayContaining(['feedback', 'unanswered', 'answer_sessions', 'quizzes', 'quiz_questions', 'quiz_answers', 'review_cards', 'reviews']));
    opened.db.close();
    // Opening it again changes nothing.
    const again = openDatabase(join(dir, 'nested'));
    expect(again.migrated).toEqual([]);
    again.db.close();
  });

  it('brings a file written by an older version up to date, keeping its rows', () => {
    const dir = dataDir();
    const old = new Database(join(dir, 'shiori.db'));
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO feedback (at, vote, question, language, session, page, passages, confident, origin, voter) VALUES ('2025-01-01T00:00:00Z', 'down', 'テンセントの戦略は？', 'ja', 's1', 0, '[]', 0, 'slash', 'v1')").run();
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    const { store, migrated, problem } = openStore(dir);
    expect(problem).toBeUndefined();
    expect(migrated).toEqual([2]);
    expect(store.feedback.count()).toBe(1);
    expect(store.activity.downvoted(undefined, 10)).toEqual([{ question: 'テンセントの戦略は？', count: 1, lastAt: '2025-01-01T00:00:00Z' }]);
    store.close();
  });

  it('a corrupt file: the reason, and a working in-memory store; the file is left as it was', () => {
    const dir = dataDir();
    const garbage = 'not a database\n'.repeat(500);
    writeFileSync(join(dir, 'shiori.db'), garbage);
    const { store, problem } = openStore(dir);
    expect(problem).toMatchObject({ kind: 'corrupt', file: join(dir, 'shiori.db') });
    expect(store.persistent).toBe(false);
    store.unanswered.record({ at: '2025-01-01T00:00:00Z', question: '火星の人口は？', language: 'ja', origin: 'slash' });
    expect(store.unanswered.count()).toBe(1);
    store.close();
  });

  it('a file from a newer Shiori is not touched', () => {
    const dir = dataDir();
    const newer = new Database(join(dir, 'shiori.db'));
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const opened = openDatabase(dir);
    expect(opened.problem?.kind).toBe('newer');
    opened.db.close();
  });

  it('a file another program keeps locked', () => {
    const dir = dataDir();
    openDatabase(dir).db.close();
    const holder = new Database(join(dir, 'shiori.db'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const opened = openDatabase(dir, { busyTimeoutMs: 50 });
      expect(opened.problem?.kind).toBe('locked');
      opened.db.close();
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  // Root ignores permission bits; an immutable file (chattr +i, ext4) is read-only even for root.
  const canMakeImmutable = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'shiori-chattr-'));
    try {
      writeFileSync(join(dir, 'probe'), '');
      execFileSync('chattr', ['+i', join(dir, 'probe')], { stdio: 'ignore' });
      execFileSync('chattr', ['-i', join(dir, 'probe')], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();

  it.skipIf(!canMakeImmutable)('a file that cannot be written', () => {
    const dir = dataDir();
    const first = openDatabase(dir);
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.db.pragma('journal_mode = DELETE');
    first.db.close();
    const file = join(dir, 'shiori.db');
    execFileSync('chattr', ['+i', file]);
    try {
      const opened = openDatabase(dir);
      expect(opened.problem?.kind).toBe('read-only');
      opened.db.close();
    } finally {
      execFileSync('chattr', ['-i', file]);
    }
  });
});

describe('feedback.jsonl from earlier versions', () => {
  it('is imported once; lines that are not votes are skipped', () => {
    const dir = dataDir();
    const vote = (voter: string, vote: string) => JSON.stringify({ at: '2025-06-01T10:00:00.000Z', vote, question: 'アントの延滞率は？', language: 'ja', session: 'abc', page: 0, passages: ['nri-platformers-2021#s20.1'], confident: true, origin: 'slash', voter });
    writeFileSync(join(dir, 'feedback.jsonl'), `${vote('a', 'up')}\n${vote('b', 'down')}\n{"broken\n\n`);
    const first = openStore(dir);
    expect(first.imported).toEqual({ imported: 2, skipped: 1 });
    expect(first.store.feedback.count()).toBe(2);
    first.store.close();
    const second = openStore(dir);
    expect(second.imported).toBeUndefined();
    expect(second.store.feedback.count()).toBe(2);
    second.store.close();
  });
});

describe('quizzes in the store', () => {
  const newQuiz = (channelId: string) => ({
    channelId,
    mode: 'group' as const,
    starterId: 'u1',
    starterName: 'Aiko',
    language: 'ja' as const,
    seconds: 20,
    seed: 1,
    startedAt: 1000,
    questions: [{ itemId: 'cloze-1', item: '{}', doc: 'd', chapter: 'c' }],
  });

  it('one running quiz per channel; another channel is free', () => {
    const store = memoryStore();
    const first = store.quizzes.create(newQuiz('c1'));
    expect(first.created).toBe(true);
    const second = store.quizzes.create(newQuiz('c1'));
    expect(second).toMatchObject({ created: false, running: { channelId: 'c1' } });
    expect(store.quizzes.create(newQuiz('c2')).created).toBe(true);
  });

  it('an answer is recorded once; the second returns the first', () => {
    const store = memoryStore();
    const created = store.quizzes.create(newQuiz('c1'));
    if (!created.created) throw new Error('not created');
    const answer = { quizId: created.quiz.id, position: 0, userId: 'u2', displayName: 'Ben', choice: 2, correct: false, points: 0, elapsedMs: 500, answeredAt: 1500 };
    expect(store.quizzes.answer(answer)).toEqual({ recorded: true });
    expect(store.quizzes.answer({ ...answer, choice: 1, correct: true, points: 14 })).toEqual({ recorded: false, earlier: answer });
    expect(store.quizzes.answers(created.quiz.id, 0)).toEqual([answer]);
  });
});
