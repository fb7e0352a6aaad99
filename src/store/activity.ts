/**
 * Read-only queries over what people did, for /stats and the organiser's report. Rows only; the
 * study layer turns them into accuracy, streaks and Markdown. `guildId` narrows a report to one
 * server; undefined means everything (the terminal report).
 */
import type { SqliteDatabase } from './database.ts';

/** One answer to a quiz item, in a quiz or a review. */
export interface AttemptRow {
  itemId: string;
  doc: string;
  chapter: string | null;
  correct: boolean;
  at: number;
  source: 'quiz' | 'review';
}

export interface QuestionCountRow {
  question: string;
  count: number;
  lastAt: string;
}

export interface MissedItemRow {
  itemId: string;
  item: string;
  doc: string;
  chapter: string | null;
  wrong: number;
  answered: number;
}

export interface ChapterAccuracyRow {
  doc: string;
  chapter: string | null;
  correct: number;
  answered: number;
}

export interface ParticipationRow {
  /** ISO date (UTC) of the first day of the week, Monday. */
  week: string;
  quizzes: number;
  answers: number;
  people: number;
  questions: number;
}

const scope = (column: string, guildId: string | undefined) => (guildId === undefined ? { sql: '1 = 1', args: [] as string[] } : { sql: `${column} = ?`, args: [guildId] });

export class ActivityQueries {
  constructor(private readonly db: SqliteDatabase) {}

  /** Everything a person answered, oldest first. */
  attempts(userId: string): AttemptRow[] {
    const rows = this.db
      .prepare(
        `SELECT q.item_id AS itemId, q.doc, q.chapter, a.correct, a.answered_at AS at, 'quiz' AS source
           FROM quiz_answers a JOIN quiz_questions q ON q.quiz_id = a.quiz_id AND q.position = a.position
          WHERE a.user_id = ?
         UNION ALL
         SELECT item_id AS itemId, doc, chapter, correct, at, 'review' AS source FROM reviews WHERE user_id = ?
         ORDER BY at`,
      )
      .all(userId, userId) as (Omit<AttemptRow, 'correct'> & { correct: number })[];
    return rows.map((row) => ({ ...row, correct: row.correct === 1 }));
  }

  /** Questions without a confident answer, most frequent first (same text after trimming and case). */
  unanswered(guildId: string | undefined, limit: number): QuestionCountRow[] {
    const where = scope('guild_id', guildId);
    return this.db
      .prepare(
        `SELECT min(question) AS question, count(*) AS count, max(at) AS lastAt FROM unanswered WHERE ${where.sql}
         GROUP BY lower(trim(question)) ORDER BY count DESC, lastAt DESC LIMIT ?`,
      )
      .all(...where.args, limit) as QuestionCountRow[];
  }

  /** Questions whose answer got 👎, most frequent first, one vote per person and question. */
  downvoted(guildId: string | undefined, limit: number): QuestionCountRow[] {
    const where = scope('guild_id', guildId);
    return this.db
      .prepare(
        `SELECT min(question) AS question, count(DISTINCT voter) AS count, max(at) AS lastAt FROM feedback
          WHERE vote = 'down' AND ${where.sql} GROUP BY lower(trim(question)) ORDER BY count DESC, lastAt DESC LIMIT ?`,
      )
      .all(...where.args, limit) as QuestionCountRow[];
  }

  /** Quiz items by how often they were answered wrong (in quizzes), most missed first. */
  missedItems(guildId: string | undefined, limit: number): MissedItemRow[] {
    const where = scope('z.guild_id', guildId);
    return this.db
      .prepare(
        `SELECT q.item_id AS itemId, max(q.item) AS item, q.doc, q.chapter, sum(1 - a.correct) AS wrong, count(*) AS answered
           FROM quiz_answers a
           JOIN quiz_questions q ON q.quiz_id = a.quiz_id AND q.position = a.position
           JOIN quizzes z ON z.id = a.quiz_id
          WHERE ${where.sql}
          GROUP BY q.item_id HAVING wrong > 0 ORDER BY wrong DESC, answered DESC, q.item_id LIMIT ?`,
      )
      .all(...where.args, limit) as MissedItemRow[];
  }

  /** Right answers per chapter, in quizzes and reviews. */
  chapterAccuracy(guildId: string | undefined): ChapterAccuracyRow[] {
    const where = scope('z.guild_id', guildId);
    // Reviews are personal and carry no server: they count in the terminal report only.
    const reviews = guildId === undefined ? 'UNION ALL SELECT doc, chapter, correct FROM reviews' : '';
    return this.db
      .prepare(
        `SELECT doc, chapter, sum(correct) AS correct, count(*) AS answered FROM (
           SELECT q.doc, q.chapter, a.correct FROM quiz_answers a
             JOIN quiz_questions q ON q.quiz_id = a.quiz_id AND q.position = a.position
             JOIN quizzes z ON z.id = a.quiz_id WHERE ${where.sql}
           ${reviews}
         ) GROUP BY doc, chapter ORDER BY doc, chapter`,
      )
      .all(...where.args) as ChapterAccuracyRow[];
  }

  /** Per week (UTC, from Monday): quizzes started, answers given, distinct people, questions asked without a confident answer. */
  participation(guildId: string | undefined): ParticipationRow[] {
    const quizScope = scope('z.guild_id', guildId);
    const questionScope = scope('guild_id', guildId);
    const weekOf = (ms: string) => `date(${ms} / 1000, 'unixepoch', 'weekday 0', '-6 days')`;
    const rows = this.db
      .prepare(
        `SELECT week, sum(quizzes) AS quizzes, sum(answers) AS answers, sum(people) AS people, sum(questions) AS questions FROM (
           SELECT ${weekOf('z.started_at')} AS week, count(*) AS quizzes, 0 AS answers, 0 AS people, 0 AS questions FROM quizzes z WHERE ${quizScope.sql} GROUP BY week
           UNION ALL
           SELECT ${weekOf('a.answered_at')} AS week, 0, count(*), count(DISTINCT a.user_id), 0 FROM quiz_answers a JOIN quizzes z ON z.id = a.quiz_id WHERE ${quizScope.sql} GROUP BY week
           UNION ALL
           SELECT date(at, 'weekday 0', '-6 days') AS week, 0, 0, 0, count(*) FROM unanswered WHERE ${questionScope.sql} GROUP BY week
         ) GROUP BY week ORDER BY week`,
      )
      .all(...quizScope.args, ...quizScope.args, ...questionScope.args) as ParticipationRow[];
    return rows;
  }
}
