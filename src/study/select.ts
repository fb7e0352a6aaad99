/**
 * Choosing a quiz from the bank: the items of a document or chapter, in an order decided by the
 * seed (same seed, same quiz), mixing kinds and passages so that one chart or one slide does not
 * take several questions in a row.
 */
import type { QuizItem } from './items.ts';
import { seededRandom, shuffled } from './random.ts';

export const QUIZ_COUNT_DEFAULT = 5;
export const QUIZ_COUNT_MIN = 1;
export const QUIZ_COUNT_MAX = 20;

export interface QuizFilter {
  document?: string;
  chapter?: string;
}

export function matchingItems(items: readonly QuizItem[], filter: QuizFilter): QuizItem[] {
  return items.filter((item) => (filter.document === undefined || item.source.doc === filter.document) && (filter.chapter === undefined || item.source.location.chapter === filter.chapter));
}

/**
 * `count` items for the filter. Shuffled by the seed, then taken round-robin over kinds, and
 * passages already used wait until every other passage has had its turn.
 */
export function selectQuiz(items: readonly QuizItem[], options: QuizFilter & { count: number; seed: number }): QuizItem[] {
  const random = seededRandom(options.seed);
  const pool = shuffled(matchingItems(items, options), random);
  const byKind = new Map<string, QuizItem[]>();
  for (const item of pool) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  const kinds = shuffled([...byKind.keys()].sort(), random);
  const chosen: QuizItem[] = [];
  const usedPassages = new Set<string>();
  const take = (list: QuizItem[], index: number) => {
    const [item] = list.splice(index, 1);
    chosen.push(item!);
    usedPassages.add(item!.source.passage);
  };
  while (chosen.length < options.count && [...byKind.values()].some((list) => list.length > 0)) {
    let took = false;
    for (const kind of kinds) {
      if (chosen.length === options.count) break;
      const list = byKind.get(kind)!;
      const fresh = list.findIndex((item) => !usedPassages.has(item.source.passage));
      if (fresh === -1) continue;
      take(list, fresh);
      took = true;
    }
    // Every passage left has been asked about: only then a passage comes round again.
    if (!took) {
      const list = kinds.map((kind) => byKind.get(kind)!).find((candidate) => candidate.length > 0)!;
      take(list, 0);
    }
  }
  return chosen;
}
