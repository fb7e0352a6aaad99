/**
 * Review cards: one per person and quiz item, with the item as it was asked and the scheduler's
 * state (both JSON the layer above reads), due time as a number so "what is due" is an index scan.
 * Every review is also kept as a row, for /stats and the report.
 */
import type { SqliteDatabase } from './database.ts';

export interface CardRow {
  userId: string;
  itemId: string;
  /** JSON, as the caller wrote it. */
  item: string;
  card: string;
  due: number;
  createdAt: number;
}

export interface ReviewRow {
  userId: string;
  itemId: string;
  doc: string;
  chapter?: string;
  correct: boolean;
  at: number;
}

const CARD_COLUMNS = 'user_id AS userId, item_id AS itemId, item, card, due, created_at AS createdAt';

export class CardTable {
  constructor(private readonly db: SqliteDatabase) {}

  /** Add a card, or when the person has it already, make it due again at `card.due`. */
  addOrRenew(card: CardRow): 'added' | 'renewed' {
    const existing = this.get(card.userId, card.itemId);
    if (!existing) {
      this.db.prepare('INSERT INTO review_cards (user_id, item_id, item, card, due, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(card.userId, card.itemId, card.item, card.card, card.due, card.createdAt);
      return 'added';
    }
    this.db.prepare('UPDATE review_cards SET due = min(due, ?) WHERE user_id = ? AND item_id = ?').run(card.due, card.userId, card.itemId);
    return 'renewed';
  }

  get(userId: string, itemId: string): CardRow | undefined {
    return this.db.prepare(`SELECT ${CARD_COLUMNS} FROM review_cards WHERE user_id = ? AND item_id = ?`).get(userId, itemId) as CardRow | undefined;
  }

  /** Cards due at `now`, most overdue first. */
  due(userId: string, now: number, limit: number): CardRow[] {
    return this.db.prepare(`SELECT ${CARD_COLUMNS} FROM review_cards WHERE user_id = ? AND due <= ? ORDER BY due, item_id LIMIT ?`).all(userId, now, limit) as CardRow[];
  }

  countDue(userId: string, now: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM review_cards WHERE user_id = ? AND due <= ?').get(userId, now) as { n: number }).n;
  }

  /** The next time a card falls due after `now`, and how many fall due then. */
  nextDue(userId: string, now: number): { at: number; count: number } | undefined {
    const row = this.db.prepare('SELECT min(due) AS at FROM review_cards WHERE user_id = ? AND due > ?').get(userId, now) as { at: number | null };
    if (row.at === null) return undefined;
    const count = (this.db.prepare('SELECT count(*) AS n FROM review_cards WHERE user_id = ? AND due = ?').get(userId, row.at) as { n: number }).n;
    return { at: row.at, count };
  }

  count(userId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM review_cards WHERE user_id = ?').get(userId) as { n: number }).n;
  }

  /** Store the rescheduled card and the review, together. */
  reviewed(userId: string, itemId: string, card: string, due: number, review: ReviewRow): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE review_cards SET card = ?, due = ? WHERE user_id = ? AND item_id = ?').run(card, due, userId, itemId);
      this.db.prepare('INSERT INTO reviews (user_id, item_id, doc, chapter, correct, at) VALUES (?, ?, ?, ?, ?, ?)').run(review.userId, review.itemId, review.doc, review.chapter ?? null, review.correct ? 1 : 0, review.at);
    })();
  }
}
