/**
 * /review's steps, shared by the command and its buttons: the person's next due card, and a card
 * answered (graded right or wrong, rescheduled by FSRS, recorded).
 */
import type { Language } from '../core/types.ts';
import type { QuizItem } from '../study/items.ts';
import { REVIEW_SESSION_MAX, reviewCard } from '../study/review.ts';
import type { BotContext } from './context.ts';
import { formatNothingDue, formatReviewCard, formatReviewed } from './format/review.ts';
import type { MessageView } from './format/view.ts';

/** The first card due for `userId`, or "nothing due" with when the next ones are. */
export function nextReviewView(context: BotContext, userId: string, language: Language): MessageView {
  const now = context.study.now();
  const [card] = context.store.cards.due(userId, now, 1);
  if (!card) return formatNothingDue(context.store.cards.nextDue(userId, now), language);
  const left = Math.min(REVIEW_SESSION_MAX, context.store.cards.countDue(userId, now));
  return formatReviewCard(JSON.parse(card.item) as QuizItem, left, language);
}

/** Grade an answer to the card for `itemId`; undefined when the person has no such card due. */
export function answerReview(context: BotContext, userId: string, itemId: string, choice: number, language: Language): MessageView | undefined {
  const now = context.study.now();
  const card = context.store.cards.get(userId, itemId);
  if (!card || card.due > now) return undefined;
  const item = JSON.parse(card.item) as QuizItem;
  const correct = choice === item.answer;
  const next = reviewCard(card.card, correct, new Date(now));
  context.store.cards.reviewed(userId, itemId, next.card, next.due, { userId, itemId, doc: item.source.doc, chapter: item.source.location.chapter, correct, at: now });
  context.log.info('reviewed', { item: itemId, correct });
  return formatReviewed({
    item,
    choice,
    document: context.engine.document(item.source.doc),
    language,
    due: next.due,
    moreDue: context.store.cards.countDue(userId, now),
    next: context.store.cards.nextDue(userId, now),
  });
}
