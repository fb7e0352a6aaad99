/**
 * The database's schema, as a list of migrations applied in order. The version a file is at is
 * SQLite's `user_version`; opening a file applies the migrations it lacks, each in its own
 * transaction, so a fresh file and one written by an older Shiori both end up at the latest
 * version. Never edit a migration that has shipped: add the next one.
 */

export interface Migration {
  version: number;
  /** What it adds, for the log line. */
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'feedback, questions without a confident answer, answer sessions',
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      -- One row per 👍/👎 vote. The unique key makes importing feedback.jsonl twice harmless.
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question TEXT NOT NULL,
        language TEXT NOT NULL,
        session TEXT NOT NULL,
        page INTEGER NOT NULL,
        passages TEXT NOT NULL,
        confident INTEGER NOT NULL,
        origin TEXT NOT NULL,
        voter TEXT NOT NULL,
        guild_id TEXT,
        UNIQUE (session, page, voter, vote, at)
      );
      CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        question TEXT NOT NULL,
        language TEXT NOT NULL,
        origin TEXT NOT NULL,
        guild_id TEXT,
        nearest TEXT
      );
      CREATE TABLE answer_sessions (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        origin TEXT NOT NULL,
        answer TEXT NOT NULL
      );
      CREATE INDEX answer_sessions_by_age ON answer_sessions (created_at);
    `,
  },
  {
    version: 2,
    description: 'quizzes, their questions and answers, review cards and reviews',
    sql: `
      CREATE TABLE quizzes (
        id INTEGER PRIMARY KEY,
        guild_id TEXT,
        channel_id TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('group', 'solo')),
        starter_id TEXT NOT NULL,
        starter_name TEXT NOT NULL,
        language TEXT NOT NULL,
        seconds INTEGER NOT NULL,
        question_count INTEGER NOT NULL,
        document TEXT,
        chapter TEXT,
        seed INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
        current INTEGER NOT NULL DEFAULT 0,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        intro_message_id TEXT
      );
      -- One quiz at a time in a channel, even with several processes (shards) writing.
      CREATE UNIQUE INDEX one_running_quiz_per_channel ON quizzes (channel_id) WHERE status = 'running';
      CREATE TABLE quiz_questions (
        quiz_id INTEGER NOT NULL REFERENCES quizzes (id),
        position INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        item TEXT NOT NULL,
        doc TEXT NOT NULL,
        chapter TEXT,
        message_id TEXT,
        posted_at INTEGER,
        revealed_at INTEGER,
        PRIMARY KEY (quiz_id, position)
      );
      -- The primary key is what makes an answer count once, whatever the number of presses.
      CREATE TABLE quiz_answers (
        quiz_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        choice INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        points INTEGER NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (quiz_id, position, user_id),
        FOREIGN KEY (quiz_id, position) REFERENCES quiz_questions (quiz_id, position)
      );
      CREATE INDEX quiz_answers_by_user ON quiz_answers (user_id, answered_at);
      CREATE TABLE review_cards (
        user_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        item TEXT NOT NULL,
        card TEXT NOT NULL,
        due INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, item_id)
      );
      CREATE INDEX review_cards_due ON review_cards (user_id, due);
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        chapter TEXT,
        correct INTEGER NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX reviews_by_user ON reviews (user_id, at);
    `,
  },
  {
    version: 3,
    description: 'answer cards: what a 👎 was looking for, how a card is shown, votes by answer',
    sql: `
      -- What the person who pressed 👎 was looking for (the modal's text); NULL when they wrote nothing.
      ALTER TABLE feedback ADD COLUMN comment TEXT;
      -- A card's votes are counted per answer session, one (the latest) per voter.
      CREATE INDEX feedback_by_session ON feedback (session, voter);
      -- How the card of an answer is shown (whom it is for, whether the question is repeated…), as JSON.
      ALTER TABLE answer_sessions ADD COLUMN card TEXT;
    `,
  },
  {
    version: 4,
    description: 'the last question of each conversation (thread, forum post, DM), for follow-ups',
    sql: `
      CREATE TABLE conversations (
        channel_id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        -- The words that said what it was about, as a JSON array.
        subject TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX conversations_by_age ON conversations (at);
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
