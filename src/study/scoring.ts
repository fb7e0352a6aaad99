/**
 * How a group quiz counts: points for a right answer with a small bonus for answering early, the
 * tally of each choice, who got it right, and the scoreboard. Pure functions over answers.
 */
import { CHOICE_COUNT } from './items.ts';

/** Points for a right answer. */
export const POINTS_RIGHT = 10;
/** At most this many more for answering at once; nothing extra at the last moment. */
export const EARLY_BONUS_MAX = 5;

export const QUIZ_SECONDS_DEFAULT = 20;
export const QUIZ_SECONDS_MIN = 5;
export const QUIZ_SECONDS_MAX = 120;

export interface ScoredAnswer {
  userId: string;
  displayName: string;
  choice: number;
  correct: boolean;
  points: number;
  answeredAt: number;
}

/** Points for an answer given `elapsedMs` into a question that lasts `limitMs`. */
export function pointsFor(correct: boolean, elapsedMs: number, limitMs: number): number {
  if (!correct) return 0;
  const left = limitMs > 0 ? Math.min(1, Math.max(0, 1 - elapsedMs / limitMs)) : 0;
  return POINTS_RIGHT + Math.round(EARLY_BONUS_MAX * left);
}

/** How many chose each choice. */
export function tally(answers: readonly Pick<ScoredAnswer, 'choice'>[], choices = CHOICE_COUNT): number[] {
  const counts = Array.from({ length: choices }, () => 0);
  for (const answer of answers) if (answer.choice >= 0 && answer.choice < choices) counts[answer.choice]! += 1;
  return counts;
}

/** Who answered right, first to answer first. */
export function rightAnswerers(answers: readonly ScoredAnswer[]): string[] {
  return [...answers].filter((answer) => answer.correct).sort((a, b) => a.answeredAt - b.answeredAt).map((answer) => answer.displayName);
}

export interface ScoreLine {
  rank: number;
  userId: string;
  displayName: string;
  points: number;
  correct: number;
  answered: number;
}

/** Ranks for scores already sorted best first; equal points share a rank (1, 2, 2, 4). */
export function rankScores(scores: readonly Omit<ScoreLine, 'rank'>[]): ScoreLine[] {
  const out: ScoreLine[] = [];
  scores.forEach((score, index) => {
    const previous = out[index - 1];
    const rank = previous && previous.points === score.points ? previous.rank : index + 1;
    out.push({ ...score, rank });
  });
  return out;
}
