/**
 * Per-user sliding-window rate limit: at most `limit` questions in any `windowMs`. A sliding
 * window (rather than a fixed one) means a burst at the end of one window and the start of the
 * next cannot double the allowance.
 */
import { QUESTIONS_PER_WINDOW, QUESTION_WINDOW_MS } from './limits.ts';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiterOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

export class RateLimiter {
  readonly #recent = new Map<string, number[]>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.#limit = options.limit ?? QUESTIONS_PER_WINDOW;
    this.#windowMs = options.windowMs ?? QUESTION_WINDOW_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Count one question for `key` if it is allowed. */
  take(key: string): RateDecision {
    const now = this.#now();
    this.#sweep(now);
    const times = (this.#recent.get(key) ?? []).filter((time) => now - time < this.#windowMs);
    if (times.length >= this.#limit) {
      this.#recent.set(key, times);
      return { allowed: false, retryAfterMs: times[0]! + this.#windowMs - now };
    }
    times.push(now);
    this.#recent.set(key, times);
    return { allowed: true };
  }

  /** Give back the last allowance taken for `key` (what was asked turned out not to be a question). */
  refund(key: string): void {
    this.#recent.get(key)?.pop();
  }

  /** Forget users who have been quiet for a whole window, so the map does not grow forever. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.#windowMs) return;
    this.#lastSweep = now;
    for (const [key, times] of this.#recent) {
      if (times.every((time) => now - time >= this.#windowMs)) this.#recent.delete(key);
    }
  }
}
