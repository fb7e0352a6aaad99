/**
 * 👍 / 👎 votes, kept in the database (`DATA_DIR/shiori.db`, table `feedback`) with the question
 * and the passages that were shown, for the organiser's report. Earlier versions appended them to
 * `DATA_DIR/feedback.jsonl`; the store imports that file once when it opens.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import type { QuestionOrigin } from './answer-sessions.ts';

export interface FeedbackEntry {
  /** ISO time of the vote. */
  at: string;
  vote: 'up' | 'down';
  question: string;
  language: Language;
  /** Answer session: votes with the same session are about the same answer. */
  session: string;
  /** Which hit of the answer the card showed (0 = the best), and its passage. */
  page: number;
  passages: string[];
  confident: boolean;
  origin: QuestionOrigin;
  /** A one-way hash of the voter's Discord id: lets a report keep one vote per person without storing who. */
  voter: string;
  /** The server the vote was cast in; absent in a DM. */
  guildId?: string;
  /** What a 👎 voter was looking for (the modal's answer), when it came with the vote. */
  comment?: string;
}

export function hashVoter(userId: string): string {
  return createHash('sha256').update(`shiori-feedback:${userId}`).digest('hex').slice(0, 16);
}

export class FeedbackLog {
  constructor(private readonly store: Store) {}

  /** Resolves once the vote is stored; rejects if it could not be. */
  async record(entry: FeedbackEntry): Promise<void> {
    this.store.feedback.record(entry);
  }

  /** Keep what a 👎 voter was looking for with their latest 👎 on the session; false when there is no such vote. */
  async addComment(session: string, voter: string, comment: string): Promise<boolean> {
    return this.store.feedback.addComment(session, voter, comment);
  }

  /** Writes are done when `record` resolves; kept for callers that wait at shutdown. */
  flush(): Promise<void> {
    return Promise.resolve();
  }
}
