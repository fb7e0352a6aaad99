/**
 * A person's study in numbers: accuracy by chapter (quizzes and reviews together) and their
 * streak, the days in a row they answered at least one question. Days are counted in Japan's time
 * zone, where the study groups meet.
 */
import type { DocumentMeta } from '../core/types.ts';

export const STUDY_TIME_ZONE = 'Asia/Tokyo';

export interface Attempt {
  doc: string;
  chapter: string | null;
  correct: boolean;
  at: number;
}

export interface ChapterAccuracy {
  doc: string;
  /** The chapter, or the document's title for a document without chapters. */
  label: string;
  chapter: string | null;
  correct: number;
  answered: number;
  /** Whole percent. */
  percent: number;
}

/** Accuracy per chapter, in the order the chapters first appear in `attempts`' documents. */
export function accuracyByChapter(attempts: readonly Attempt[], documents: readonly DocumentMeta[], chapterOrder: (doc: string) => readonly string[] = () => []): ChapterAccuracy[] {
  const groups = new Map<string, ChapterAccuracy>();
  for (const attempt of attempts) {
    const key = `${attempt.doc}\u0000${attempt.chapter ?? ''}`;
    const title = documents.find((document) => document.id === attempt.doc)?.title ?? attempt.doc;
    const group = groups.get(key) ?? { doc: attempt.doc, chapter: attempt.chapter, label: attempt.chapter ?? title, correct: 0, answered: 0, percent: 0 };
    group.answered += 1;
    if (attempt.correct) group.correct += 1;
    groups.set(key, group);
  }
  const documentOrder = (doc: string) => {
    const index = documents.findIndex((document) => document.id === doc);
    return index === -1 ? documents.length : index;
  };
  const position = (group: ChapterAccuracy) => {
    const index = group.chapter === null ? -1 : chapterOrder(group.doc).indexOf(group.chapter);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.values()]
    .map((group) => ({ ...group, percent: Math.round((100 * group.correct) / group.answered) }))
    .sort((a, b) => documentOrder(a.doc) - documentOrder(b.doc) || position(a) - position(b) || a.label.localeCompare(b.label));
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: STUDY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2025-11-07`: the calendar day of a moment in the study time zone. */
export function studyDay(at: number): string {
  return dayFormat.format(new Date(at));
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export interface Streak {
  /** Days in a row up to today, or up to yesterday when nothing was answered yet today. */
  current: number;
  best: number;
  /** Days with at least one answer. */
  days: number;
}

export function streakOf(attempts: readonly Pick<Attempt, 'at'>[], now: number): Streak {
  const days = new Set(attempts.map((attempt) => studyDay(attempt.at)));
  const today = studyDay(now);
  let cursor = days.has(today) ? today : previousDay(today);
  let current = 0;
  while (days.has(cursor)) {
    current += 1;
    cursor = previousDay(cursor);
  }
  let best = 0;
  for (const day of days) {
    if (days.has(previousDay(day))) continue;
    let length = 0;
    let next = day;
    while (days.has(next)) {
      length += 1;
      const date = new Date(`${next}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 1);
      next = date.toISOString().slice(0, 10);
    }
    best = Math.max(best, length);
  }
  return { current, best, days: days.size };
}
