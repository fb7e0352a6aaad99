/**
 * Quizzes as they run: the quiz, its questions (the item as asked, with the message it was posted
 * in), and every answer. An answer's primary key (quiz, question, person) is what makes a press
 * count once however many times it arrives; the partial unique index on running quizzes keeps one
 * quiz per channel across processes.
 */
import type { Language } from '../core/types.ts';
import type { SqliteDatabase } from './database.ts';

export type QuizMode = 'group' | 'solo';
export type QuizStatus = 'running' | 'finished' | 'stopped' | 'interrupted';

export interface QuizRow {
  id: number;
  guildId: string | null;
  channelId: string;
  mode: QuizMode;
  starterId: string;
  starterName: string;
  language: Language;
  seconds: number;
  questionCount: number;
  document: string | null;
  chapter: string | null;
  seed: number;
  status: QuizStatus;
  current: number;
  startedAt: number;
  endedAt: number | null;
}

export interface NewQuiz {
  guildId?: string;
  channelId: string;
  mode: QuizMode;
  starterId: string;
  starterName: string;
  language: Language;
  seconds: number;
  document?: string;
  chapter?: string;
  seed: number;
  startedAt: number;
  questions: { itemId: string; item: string; doc: string; chapter?: string }[];
}

export interface QuizQuestionRow {
  quizId: number;
  position: number;
  itemId: string;
  /** JSON, as the caller wrote it. */
  item: string;
  doc: string;
  chapter: string | null;
  messageId: string | null;
  postedAt: number | null;
  revealedAt: number | null;
}

export interface QuizAnswer {
  quizId: number;
  position: number;
  userId: string;
  displayName: string;
  choice: number;
  correct: boolean;
  points: number;
  elapsedMs: number;
  answeredAt: number;
}

export interface ScoreRow {
  userId: string;
  displayName: string;
  points: number;
  correct: number;
  answered: number;
}

const QUIZ_COLUMNS = `id, guild_id AS guildId, channel_id AS channelId, mode, starter_id AS starterId, starter_name AS starterName, language,
  seconds, question_count AS questionCount, document, chapter, seed, status, current, started_at AS startedAt, ended_at AS endedAt`;
const QUESTION_COLUMNS = `quiz_id AS quizId, position, item_id AS itemId, item, doc, chapter, message_id AS messageId, posted_at AS postedAt, revealed_at AS revealedAt`;

type AnswerRow = Omit<QuizAnswer, 'correct'> & { correct: number };
const toAnswer = (row: AnswerRow): QuizAnswer => ({ ...row, correct: row.correct === 1 });

export class QuizTable {
  constructor(private readonly db: SqliteDatabase) {}

  /** Create a running quiz, or return the one already running in the channel. */
  create(quiz: NewQuiz): { created: true; quiz: QuizRow } | { created: false; running: QuizRow } {
    return this.db.transaction(() => {
      const running = this.runningIn(quiz.channelId);
      if (running) return { created: false as const, running };
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO quizzes (guild_id, channel_id, mode, starter_id, starter_name, language, seconds, question_count, document, chapter, seed, status, current, started_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', 0, ?)`,
        )
        .run(quiz.guildId ?? null, quiz.channelId, quiz.mode, quiz.starterId, quiz.starterName, quiz.language, quiz.seconds, quiz.questions.length, quiz.document ?? null, quiz.chapter ?? null, quiz.seed, quiz.startedAt);
      const id = Number(lastInsertRowid);
      const insert = this.db.prepare('INSERT INTO quiz_questions (quiz_id, position, item_id, item, doc, chapter) VALUES (?, ?, ?, ?, ?, ?)');
      quiz.questions.forEach((question, position) => insert.run(id, position, question.itemId, question.item, question.doc, question.chapter ?? null));
      return { created: true as const, quiz: this.get(id)! };
    }).immediate();
  }

  get(id: number): QuizRow | undefined {
    return this.db.prepare(`SELECT ${QUIZ_COLUMNS} FROM quizzes WHERE id = ?`).get(id) as QuizRow | undefined;
  }

  runningIn(channelId: string): QuizRow | undefined {
    return this.db.prepare(`SELECT ${QUIZ_COLUMNS} FROM quizzes WHERE channel_id = ? AND status = 'running'`).get(channelId) as QuizRow | undefined;
  }

  /** Every running quiz: at start, those this process owns were interrupted by the restart. */
  running(): QuizRow[] {
    return this.db.prepare(`SELECT ${QUIZ_COLUMNS} FROM quizzes WHERE status = 'running' ORDER BY id`).all() as QuizRow[];
  }

  question(quizId: number, position: number): QuizQuestionRow | undefined {
    return this.db.prepare(`SELECT ${QUESTION_COLUMNS} FROM quiz_questions WHERE quiz_id = ? AND position = ?`).get(quizId, position) as QuizQuestionRow | undefined;
  }

  questions(quizId: number): QuizQuestionRow[] {
    return this.db.prepare(`SELECT ${QUESTION_COLUMNS} FROM quiz_questions WHERE quiz_id = ? ORDER BY position`).all(quizId) as QuizQuestionRow[];
  }

  /** The question is on screen from `postedAt`, in message `messageId`. */
  posted(quizId: number, position: number, messageId: string, postedAt: number): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE quiz_questions SET message_id = ?, posted_at = ? WHERE quiz_id = ? AND position = ?').run(messageId, postedAt, quizId, position);
      this.db.prepare('UPDATE quizzes SET current = ? WHERE id = ?').run(position, quizId);
    })();
  }

  /** Mark the question revealed; false when it already was (a timer and a button racing). */
  reveal(quizId: number, position: number, at: number): boolean {
    return this.db.prepare('UPDATE quiz_questions SET revealed_at = ? WHERE quiz_id = ? AND position = ? AND revealed_at IS NULL').run(at, quizId, position).changes > 0;
  }

  /** End a running quiz; false when it had already ended. */
  end(quizId: number, status: Exclude<QuizStatus, 'running'>, at: number): boolean {
    return this.db.prepare("UPDATE quizzes SET status = ?, ended_at = ? WHERE id = ? AND status = 'running'").run(status, at, quizId).changes > 0;
  }

  /**
   * Record a person's answer unless they answered this question already. The first answer stands:
   * a second press returns it instead.
   */
  answer(answer: QuizAnswer): { recorded: true } | { recorded: false; earlier: QuizAnswer } {
    const inserted = this.db
      .prepare(
        `INSERT OR IGNORE INTO quiz_answers (quiz_id, position, user_id, display_name, choice, correct, points, elapsed_ms, answered_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(answer.quizId, answer.position, answer.userId, answer.displayName, answer.choice, answer.correct ? 1 : 0, answer.points, answer.elapsedMs, answer.answeredAt);
    if (inserted.changes > 0) return { recorded: true };
    const earlier = this.db
      .prepare('SELECT quiz_id AS quizId, position, user_id AS userId, display_name AS displayName, choice, correct, points, elapsed_ms AS elapsedMs, answered_at AS answeredAt FROM quiz_answers WHERE quiz_id = ? AND position = ? AND user_id = ?')
      .get(answer.quizId, answer.position, answer.userId) as AnswerRow;
    return { recorded: false, earlier: toAnswer(earlier) };
  }

  answers(quizId: number, position: number): QuizAnswer[] {
    const rows = this.db
      .prepare('SELECT quiz_id AS quizId, position, user_id AS userId, display_name AS displayName, choice, correct, points, elapsed_ms AS elapsedMs, answered_at AS answeredAt FROM quiz_answers WHERE quiz_id = ? AND position = ? ORDER BY answered_at, rowid')
      .all(quizId, position) as AnswerRow[];
    return rows.map(toAnswer);
  }

  /** Points per person, best first; ties by more right answers, then by name. */
  scores(quizId: number): ScoreRow[] {
    return this.db
      .prepare(
        `SELECT user_id AS userId, max(display_name) AS displayName, sum(points) AS points, sum(correct) AS correct, count(*) AS answered
         FROM quiz_answers WHERE quiz_id = ? GROUP BY user_id ORDER BY points DESC, correct DESC, displayName`,
      )
      .all(quizId) as ScoreRow[];
  }
}
