/** The study layer's pure parts: points and tallies, streaks in Japan's days, FSRS scheduling, outlines, the report. */
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Passage } from '../../../src/core/types.ts';
import { chaptersOf, outlineOf } from '../../../src/study/outline.ts';
import { reportMarkdown, type StudyReport } from '../../../src/study/report.ts';
import { newCard, reviewCard } from '../../../src/study/review.ts';
import { EARLY_BONUS_MAX, pointsFor, POINTS_RIGHT, rankScores, rightAnswerers, tally } from '../../../src/study/scoring.ts';
import { accuracyByChapter, streakOf, studyDay } from '../../../src/study/stats.ts';

describe('scoring', () => {
  it('a right answer earns 10 points plus up to 5 for answering early; a wrong one none', () => {
    expect(pointsFor(true, 0, 20_000)).toBe(POINTS_RIGHT + EARLY_BONUS_MAX);
    expect(pointsFor(true, 10_000, 20_000)).toBe(13);
    expect(pointsFor(true, 20_000, 20_000)).toBe(POINTS_RIGHT);
    expect(pointsFor(true, 25_000, 20_000)).toBe(POINTS_RIGHT);
    expect(pointsFor(false, 0, 20_000)).toBe(0);
  });

  it('tallies choices, lists the right answerers first-come, and ranks ties together', () => {
    const answers = [
      { userId: 'b', displayName: 'Ben', choice: 2, correct: true, points: 12, answeredAt: 20 },
      { userId: 'a', displayName: 'Aiko', choice: 2, correct: true, points: 14, answeredAt: 10 },
      { userId: 'c', displayName: 'Chie', choice: 0, correct: false, points: 0, answeredAt: 5 },
    ];
    expect(tally(answers)).toEqual([1, 0, 2, 0]);
    expect(rightAnswerers(answers)).toEqual(['Aiko', 'Ben']);
    const ranked = rankScores([
      { userId: 'a', displayName: 'Aiko', points: 27, correct: 2, answered: 2 },
      { userId: 'b', displayName: 'Ben', points: 14, correct: 1, answered: 2 },
      { userId: 'c', displayName: 'Chie', points: 14, correct: 1, answered: 1 },
      { userId: 'd', displayName: 'Dai', points: 0, correct: 0, answered: 2 },
    ]);
    expect(ranked.map((line) => line.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe('streaks', () => {
  const at = (iso: string) => Date.parse(iso);
  it('count days in a row in Japan time, up to today or yesterday', () => {
    // 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo.
    expect(studyDay(at('2025-03-01T23:30:00Z'))).toBe('2025-03-02');
    const attempts = ['2025-03-01T01:00:00Z', '2025-03-01T23:30:00Z', '2025-03-03T02:00:00Z', '2025-03-05T03:00:00Z', '2025-03-06T03:00:00Z'].map((iso) => ({ at: at(iso) }));
    expect(streakOf(attempts, at('2025-03-06T12:00:00Z'))).toEqual({ current: 2, best: 3, days: 5 });
    // Nothing yet today: yesterday's run still counts.
    expect(streakOf(attempts, at('2025-03-07T05:00:00Z')).current).toBe(2);
    expect(streakOf(attempts, at('2025-03-08T05:00:00Z')).current).toBe(0);
    expect(streakOf([], at('2025-03-08T05:00:00Z'))).toEqual({ current: 0, best: 0, days: 0 });
  });
});

describe('accuracy by chapter', () => {
  const deck = { id: 'deck', title: 'The deck' } as DocumentMeta;
  const article = { id: 'article', title: 'The article' } as DocumentMeta;
  it('groups by chapter in the document\'s order; a document without chapters goes under its title', () => {
    const attempts = [
      { doc: 'article', chapter: null, correct: true, at: 1 },
      { doc: 'deck', chapter: 'Second', correct: false, at: 2 },
      { doc: 'deck', chapter: 'First', correct: true, at: 3 },
      { doc: 'deck', chapter: 'Second', correct: true, at: 4 },
    ];
    const rows = accuracyByChapter(attempts, [deck, article], (doc) => (doc === 'deck' ? ['First', 'Second'] : []));
    expect(rows.map((row) => [row.label, row.correct, row.answered, row.percent])).toEqual([
      ['First', 1, 1, 100],
      ['Second', 1, 2, 50],
      ['The article', 1, 1, 100],
    ]);
  });
});

describe('review scheduling (FSRS)', () => {
  it('a new card is due at once; a right answer pushes it away, a wrong one brings it back within minutes', () => {
    const now = new Date('2025-05-01T00:00:00Z');
    const card = newCard(now);
    expect(card.due).toBe(now.getTime());
    const right = reviewCard(card.card, true, now);
    const wrong = reviewCard(card.card, false, now);
    expect(wrong.due).toBeGreaterThan(now.getTime());
    expect(wrong.due - now.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(right.due).toBeGreaterThan(wrong.due);
    // Right again later: the interval grows to days.
    const later = reviewCard(right.card, true, new Date(right.due));
    expect(later.due - right.due).toBeGreaterThan(24 * 60 * 60_000);
  });
});

describe('outlines', () => {
  const passage = (id: string, order: number, location: Passage['location'], heading: string | undefined, text: string): Passage => ({ id, doc: 'd', order, location, heading, text });
  it('a deck: the title slide, then chapters with one entry per slide (split slides once)', () => {
    const passages = [
      passage('d#s1', 0, { slide: 1 }, '表紙', '表紙\n2021年'),
      passage('d#s2', 1, { chapter: '第1章', slide: 2 }, '要点A', '要点A'),
      passage('d#s3.1', 2, { chapter: '第1章', slide: 3, part: 1, parts: 2 }, '要点B', '要点B\n…'),
      passage('d#s3.2', 3, { chapter: '第1章', slide: 3, part: 2, parts: 2 }, '要点B', '…'),
      passage('d#s4', 4, { chapter: '第2章', slide: 4 }, '要点C', '要点C'),
    ];
    expect(chaptersOf(passages)).toEqual(['第1章', '第2章']);
    const outline = outlineOf(passages, 'ja');
    expect(outline.map((section) => [section.title, section.entries.map((entry) => entry.passageId)])).toEqual([
      ['表紙', ['d#s1']],
      ['第1章', ['d#s2', 'd#s3.1']],
      ['第2章', ['d#s4']],
    ]);
  });

  it('an article: ten paragraphs a section, each with its opening sentence', () => {
    const passages = Array.from({ length: 12 }, (_, index) => passage(`d#p${index + 1}`, index, { paragraph: index + 1 }, undefined, `第${index + 1}の文です。続きの文。`));
    const outline = outlineOf(passages, 'en');
    expect(outline.map((section) => section.title)).toEqual(['Paragraphs 1–10', 'Paragraphs 11–12']);
    expect(outline[1]!.entries[0]!.lead).toBe('第11の文です。');
  });
});

describe('the report in Markdown', () => {
  it('lists questions, missed items by chapter, accuracy and participation', () => {
    const report: StudyReport = {
      generatedAt: '2025-06-02T09:30:00.000Z',
      questions: [{ question: '火星の人口は？', unanswered: 3, downvoted: 1 }],
      missed: [{ label: '事業モデルの再構築が迫れるアント・グループ', items: [{ question: '「アント・グループの収入構造」で、最も大きな割合を占めるのは？', answer: 'クレジット・テック', wrong: 2, answered: 3 }] }],
      accuracy: [{ doc: 'deck', chapter: 'x', label: '事業モデルの再構築が迫れるアント・グループ', correct: 1, answered: 3, percent: 33 }],
      participation: [{ week: '2025-06-02', quizzes: 1, answers: 3, people: 3, questions: 3 }],
    };
    expect(reportMarkdown(report, 'ja')).toBe(
      [
        '# Shiori 学習レポート',
        '',
        '作成：2025-06-02 09:30　対象：すべてのサーバーとDM',
        '',
        '## 答えられなかった質問・👎がついた質問（多い順）',
        '',
        '1. 火星の人口は？（答えなし 3回・👎 1人）',
        '',
        '## よく間違えられた問題（章ごと）',
        '',
        '### 事業モデルの再構築が迫れるアント・グループ',
        '',
        '- 「アント・グループの収入構造」で、最も大きな割合を占めるのは？ → 正解「クレジット・テック」（2/3人が不正解）',
        '',
        '## 章ごとの正答率',
        '',
        '- 事業モデルの再構築が迫れるアント・グループ: 33% (1/3)',
        '',
        '## 参加状況（週ごと）',
        '',
        '| 週（月曜から） | クイズ | 回答 | 参加者 | 答えられなかった質問 |',
        '| --- | --- | --- | --- | --- |',
        '| 2025-06-02 | 1 | 3 | 3 | 3 |',
        '',
      ].join('\n'),
    );
  });
});
