/**
 * Numbers outside the catalogue: every number of every passage, found by the words around it.
 * `npm run metric` offers them when a name matches no figure, so any number of any document can
 * still be reached (with its passage to cite).
 */
import type { Passage } from '../core/types.ts';
import { bigramCoverage } from './names.ts';
import { extractNumbers, type NumberMention } from './numbers.ts';

export interface PassageNumber extends NumberMention {
  passage: Passage;
}

/** Below this share of the query's character pairs in the label and sentence, a number is unrelated. */
const MINIMUM_COVERAGE = 0.5;

const cache = new WeakMap<readonly Passage[], PassageNumber[]>();

/** Every number with a unit or a label in the passages (dates excluded: they say when, not how much). */
export function passageNumbers(passages: readonly Passage[]): PassageNumber[] {
  const cached = cache.get(passages);
  if (cached) return cached;
  const numbers = passages.flatMap((passage) =>
    extractNumbers(passage.text)
      .filter((mention) => mention.kind !== 'date' && (mention.unit !== '' || mention.label !== ''))
      .map((mention) => ({ ...mention, passage })),
  );
  cache.set(passages, numbers);
  return numbers;
}

/** The numbers whose label (mostly) and sentence talk about `query`, best first, one per passage and text. */
export function findNumbers(passages: readonly Passage[], query: string, limit: number): PassageNumber[] {
  const seen = new Set<string>();
  return passageNumbers(passages)
    .map((number) => ({ number, score: 0.6 * bigramCoverage(query, number.label) + 0.4 * bigramCoverage(query, number.context) }))
    .filter(({ score }) => score >= MINIMUM_COVERAGE)
    .sort((a, b) => b.score - a.score)
    .map(({ number }) => number)
    .filter((number) => {
      const key = `${number.passage.doc}#${number.text}#${number.label}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
