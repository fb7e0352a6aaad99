/**
 * 👍 / 👎 votes, appended as JSON lines to `<DATA_DIR>/feedback.jsonl` with the question and the
 * passages that were shown, for a later report. Writes are chained so lines never interleave
 * within a process; each line is one `appendFile` (O_APPEND), so shards sharing the file do not
 * tear each other's lines either.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../core/types.ts';
import type { QuestionOrigin } from './answer-sessions.ts';

export const FEEDBACK_FILE_NAME = 'feedback.jsonl';

export interface FeedbackEntry {
  /** ISO time of the vote. */
  at: string;
  vote: 'up' | 'down';
  question: string;
  language: Language;
  /** Answer session: votes with the same session are about the same answer. */
  session: string;
  /** 0-based page the voter was looking at, and the passages on it (best first). */
  page: number;
  passages: string[];
  confident: boolean;
  origin: QuestionOrigin;
  /** A one-way hash of the voter's Discord id: lets a report keep one vote per person without storing who. */
  voter: string;
}

export function hashVoter(userId: string): string {
  return createHash('sha256').update(`shiori-feedback:${userId}`).digest('hex').slice(0, 16);
}

export class FeedbackLog {
  readonly file: string;
  #pending: Promise<void> = Promise.resolve();

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, FEEDBACK_FILE_NAME);
  }

  /** Resolves once the line is on disk; rejects if it could not be written. */
  record(entry: FeedbackEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.#pending.then(async () => {
      await mkdir(this.dataDir, { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    // The chain continues after a failed write; the caller still sees the failure.
    this.#pending = write.catch(() => undefined);
    return write;
  }

  /** Wait for every write started so far (at shutdown). */
  flush(): Promise<void> {
    return this.#pending;
  }
}
