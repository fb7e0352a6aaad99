/**
 * What answer cards keep in the database (migrations 3 and 4): the 👎 modal's text with the vote,
 * a card's votes counted one per person, liked questions for /ask's suggestions (never another
 * server's), how a card is shown, and the last question of each conversation for follow-ups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../../src/discord/answer-sessions.ts';
import { migrate } from '../../../src/store/database.ts';
import { MIGRATIONS } from '../../../src/store/migrations.ts';
import type { FeedbackRecord } from '../../../src/store/feedback.ts';
import { memoryStore, openStore } from '../../../src/store/store.ts';
import { delinquencyAnswer } from '../../unit/discord/fixtures.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let second = 0;
function vote(fields: Partial<FeedbackRecord>): FeedbackRecord {
  second += 1;
  return {
    at: `2025-06-01T00:00:${String(second % 60).padStart(2, '0')}.${second}Z`,
    vote: 'up',
    question: 'アントの延滞率は？',
    language: 'ja',
    session: 's1',
    page: 0,
    passages: ['nri-platformers-2021#s20'],
    confident: true,
    origin: 'slash',
    voter: 'v1',
    guildId: 'g1',
    ...fields,
  };
}

describe('feedback for answer cards', () => {
  it('keeps what a 👎 was looking for with that person’s latest 👎 of the answer', () => {
    const store = memoryStore();
    store.feedback.record(vote({ vote: 'down', voter: 'v1' }));
    store.feedback.record(vote({ vote: 'down', voter: 'v2' }));
    expect(store.feedback.addComment('s1', 'v1', '2019年の個人向けの延滞率')).toBe(true);
    expect(store.feedback.addComment('s1', 'v3', '誰の票でもない')).toBe(false);
    expect(store.feedback.addComment('s2', 'v1', '別の答え')).toBe(false);
    const rows = store.db.prepare('SELECT voter, comment FROM feedback ORDER BY id').all();
    expect(rows).toEqual([
      { voter: 'v1', comment: '2019年の個人向けの延滞率' },
      { voter: 'v2', comment: null },
    ]);
    store.close();
  });

  it('counts a card’s votes one per person, their latest', () => {
    const store = memoryStore();
    store.feedback.record(vote({ voter: 'v1', vote: 'up' }));
    store.feedback.record(vote({ voter: 'v1', vote: 'down' }));
    store.feedback.record(vote({ voter: 'v2', vote: 'up' }));
    store.feedback.record(vote({ voter: 'v3', vote: 'up' }));
    store.feedback.record(vote({ voter: 'v4', vote: 'up', session: 'other' }));
    expect(store.feedback.tally('s1')).toEqual({ up: 2, down: 1 });
    expect(store.feedback.tally('none')).toEqual({ up: 0, down: 0 });
    store.close();
  });

  it('offers liked questions of this server only (outside servers, the person’s own), most liked first', () => {
    const store = memoryStore();
    store.feedback.record(vote({ question: 'テンセントの戦略は？', voter: 'v1' }));
    store.feedback.record(vote({ question: 'アントの延滞率は？', voter: 'v1' }));
    store.feedback.record(vote({ question: 'アントの延滞率は？', voter: 'v2' }));
    store.feedback.record(vote({ question: '嫌われた質問', voter: 'v2', vote: 'down' }));
    store.feedback.record(vote({ question: 'よそのサーバーの質問', guildId: 'g2' }));
    store.feedback.record(vote({ question: 'DMの質問', guildId: undefined, voter: 'v1' }));
    store.feedback.record(vote({ question: '別の人のDMの質問', guildId: undefined, voter: 'v9' }));
    expect(store.feedback.helpfulQuestions({ guildId: 'g1' }, 10)).toEqual(['アントの延滞率は？', 'テンセントの戦略は？']);
    expect(store.feedback.helpfulQuestions({ voter: 'v1' }, 10)).toEqual(['DMの質問']);
    expect(store.feedback.helpfulQuestions({ guildId: 'g1' }, 1)).toEqual(['アントの延滞率は？']);
    store.close();
  });
});

describe('answer sessions keep how their card is shown', () => {
  it('after a restart, and for sessions from before cards', () => {
    const store = memoryStore();
    const session = new AnswerSessions({ store }).create(delinquencyAnswer(), 'slash', { addressee: '111', echo: true });
    expect(new AnswerSessions({ store }).get(session.id)?.card).toEqual({ addressee: '111', echo: true });
    store.answerSessions.save({ id: 'old', createdAt: Date.now(), origin: 'mention', answer: JSON.stringify(delinquencyAnswer()) });
    expect(new AnswerSessions({ store }).get('old')?.card).toEqual({});
    store.close();
  });
});

describe('conversations', () => {
  it('keep the last question of each, replaced by the next, and forget old ones', () => {
    const store = memoryStore();
    store.conversations.save('thread-1', { question: 'アントの延滞率は？', subject: ['アント', '延滞率'], at: 1000 });
    store.conversations.save('thread-2', { question: 'テンセントの戦略は？', subject: ['テンセント'], at: 2000 });
    store.conversations.save('thread-1', { question: 'アント 延滞率 個人向けは？', subject: ['アント', '延滞率', '個人向け'], at: 3000 });
    expect(store.conversations.get('thread-1')).toEqual({ question: 'アント 延滞率 個人向けは？', subject: ['アント', '延滞率', '個人向け'], at: 3000 });
    expect(store.conversations.get('thread-3')).toBeUndefined();
    expect(store.conversations.prune(2500)).toBe(1);
    expect(store.conversations.get('thread-2')).toBeUndefined();
    store.close();
  });
});

describe('migrations 3 and 4', () => {
  it('bring a file of the study version up to date, keeping its votes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiori-store-'));
    made.push(dir);
    const old = new Database(join(dir, 'shiori.db'));
    migrate(old, MIGRATIONS.slice(0, 2));
    old.prepare("INSERT INTO feedback (at, vote, question, language, session, page, passages, confident, origin, voter) VALUES ('2025-01-01T00:00:00Z', 'down', 'テンセントの戦略は？', 'ja', 's1', 0, '[]', 0, 'slash', 'v1')").run();
    old.close();
    const { store, migrated } = openStore(dir);
    expect(migrated).toEqual([3, 4]);
    expect(store.feedback.addComment('s1', 'v1', '組織再編のこと')).toBe(true);
    expect(store.feedback.tally('s1')).toEqual({ up: 0, down: 1 });
    store.conversations.save('t', { question: 'q', subject: ['q'], at: 1 });
    store.close();
  });
});
