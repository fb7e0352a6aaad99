/**
 * Spaced repetition with ts-fsrs (the FSRS scheduler Anki uses): a quiz item a person got wrong,
 * or asked to keep, becomes a card due now; each review rates it (right = Good, wrong = Again)
 * and FSRS says when it is due next. Cards travel as JSON so the store needs no knowledge of FSRS.
 */
import { createEmptyCard, fsrs, Rating, TypeConvert, type Card } from 'ts-fsrs';

/** Cards asked in one /review, at most; the rest wait for the next one. */
export const REVIEW_SESSION_MAX = 10;

const scheduler = fsrs();

export interface ScheduledCard {
  /** ts-fsrs's card as JSON. */
  card: string;
  /** When it is due, ms since the epoch. */
  due: number;
}

/** A new card, due at once. */
export function newCard(now: Date): ScheduledCard {
  const card = createEmptyCard(now);
  return { card: JSON.stringify(card), due: card.due.getTime() };
}

/** The card after a review: right answers push it further away, wrong ones bring it back soon. */
export function reviewCard(cardJson: string, correct: boolean, now: Date): ScheduledCard {
  const card: Card = TypeConvert.card(JSON.parse(cardJson) as Card);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  return { card: JSON.stringify(next), due: next.due.getTime() };
}
