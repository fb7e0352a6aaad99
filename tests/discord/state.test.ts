/** The Discord layer's small pieces of state: rate limit, answer sessions, feedback file. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../src/discord/answer-sessions.ts';
import { FeedbackLog, hashVoter, type FeedbackEntry } from '../../src/discord/feedback-log.ts';
import { RateLimiter } from '../../src/discord/rate-limit.ts';
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

describe('FeedbackLog', () => {
  it('appends one JSON line per vote, in order, creating the data directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'shiori-feedback-'));
    try {
      const log = new FeedbackLog(join(root, 'nested', 'data'));
      const entry = (vote: 'up' | 'down'): FeedbackEntry => ({
        at: '2026-01-01T00:00:00.000Z',
        vote,
        question: 'アントの延滞率は？',
        language: 'ja',
        session: 's',
        page: 0,
        passages: ['nri-platformers-2021#s20.1'],
        confident: true,
        origin: 'slash',
        voter: hashVoter('123'),
      });
      await Promise.all([log.record(entry('up')), log.record(entry('down')), log.record(entry('up'))]);
      const lines = (await readFile(log.file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
      expect(lines.map((line) => line.vote)).toEqual(['up', 'down', 'up']);
      expect(lines[0].question).toBe('アントの延滞率は？');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('hashes voters so the file holds no Discord ids', () => {
    expect(hashVoter('123456789012345678')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashVoter('123456789012345678')).toBe(hashVoter('123456789012345678'));
    expect(hashVoter('123456789012345678')).not.toBe(hashVoter('123456789012345679'));
  });
});
