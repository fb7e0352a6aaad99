/** The Discord layer's small pieces of state: rate limit, answer sessions, feedback. */
import { describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../../src/discord/answer-sessions.ts';
import { FeedbackLog, hashVoter, type FeedbackEntry } from '../../../src/discord/feedback-log.ts';
import { RateLimiter } from '../../../src/discord/rate-limit.ts';
import { memoryStore } from '../../../src/store/store.ts';
import { delinquencyAnswer } from './fixtures.ts';

describe('RateLimiter', () => {
  it('allows 5 questions in 30 s per user, then says when the next one is allowed', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ now: () => now });
    for (let index = 0; index < 5; index++) {
      expect(limiter.take('alice')).toEqual({ allowed: true });
      now += 1000;
    }
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 25_000 });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    now += 25_000;
    expect(limiter.take('alice')).toEqual({ allowed: true });
  });

  it('is a sliding window: a burst across a window boundary is still limited', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 10_000, now: () => now });
    now = 9_000;
    limiter.take('a');
    limiter.take('a');
    now = 10_500;
    expect(limiter.take('a').allowed).toBe(false);
  });
});

describe('AnswerSessions', () => {
  it('keeps answers under unguessable ids, forgets the oldest beyond the cap and after the TTL', () => {
    let now = 0;
    const sessions = new AnswerSessions({ max: 2, ttlMs: 1000, now: () => now });
    const first = sessions.create(delinquencyAnswer(), 'slash');
    const second = sessions.create(delinquencyAnswer(), 'dm');
    expect(first.id).toMatch(/^[\w-]{12}$/);
    expect(first.id).not.toBe(second.id);
    sessions.create(delinquencyAnswer(), 'mention');
    expect(sessions.get(first.id)).toBeUndefined();
    expect(sessions.get(second.id)?.origin).toBe('dm');
    now = 1001;
    expect(sessions.get(second.id)).toBeUndefined();
  });
});

describe('AnswerSessions in the database', () => {
  it('are found again by a new instance over the same store, as after a restart, and expire there too', () => {
    let now = 0;
    const store = memoryStore();
    const before = new AnswerSessions({ store, now: () => now, ttlMs: 1000 });
    const session = before.create(delinquencyAnswer(), 'mention');
    const after = new AnswerSessions({ store, now: () => now, ttlMs: 1000 });
    expect(after.get(session.id)?.answer).toEqual(delinquencyAnswer());
    expect(after.get(session.id)?.origin).toBe('mention');
    expect(after.get('not-a-session')).toBeUndefined();
    now = 1001;
    expect(new AnswerSessions({ store, now: () => now, ttlMs: 1000 }).get(session.id)).toBeUndefined();
  });

  it('keep working in memory when the store fails, saying so once per failure', () => {
    const store = memoryStore();
    store.close();
    const errors: unknown[] = [];
    const sessions = new AnswerSessions({ store, onError: (error) => errors.push(error) });
    const session = sessions.create(delinquencyAnswer(), 'slash');
    expect(sessions.get(session.id)?.answer.question).toBe('アントの延滞率は？');
    expect(errors.length).toBe(1);
  });
});

describe('FeedbackLog', () => {
  it('stores one row per vote, in order, with the question and the passages shown', async () => {
    const store = memoryStore();
    const log = new FeedbackLog(store);
    const entry = (vote: 'up' | 'down', voter: string): FeedbackEntry => ({
      at: '2026-01-01T00:00:00.000Z',
      vote,
      question: 'アントの延滞率は？',
      language: 'ja',
      session: 's',
      page: 0,
      passages: ['nri-platformers-2021#s20.1'],
      confident: true,
      origin: 'slash',
      voter: hashVoter(voter),
    });
    await Promise.all([log.record(entry('up', '1')), log.record(entry('down', '2')), log.record(entry('up', '3'))]);
    const rows = store.db.prepare('SELECT vote, question, passages FROM feedback ORDER BY id').all() as Array<{ vote: string; question: string; passages: string }>;
    expect(rows.map((row) => row.vote)).toEqual(['up', 'down', 'up']);
    expect(rows[0]).toEqual({ vote: 'up', question: 'アントの延滞率は？', passages: '["nri-platformers-2021#s20.1"]' });
    // The same vote arriving twice (a retried request) is kept once.
    await log.record(entry('up', '1'));
    expect(store.feedback.count()).toBe(3);
  });

  it('hashes voters so the file holds no Discord ids', () => {
    expect(hashVoter('123456789012345678')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashVoter('123456789012345678')).toBe(hashVoter('123456789012345678'));
    expect(hashVoter('123456789012345678')).not.toBe(hashVoter('123456789012345679'));
  });
});
