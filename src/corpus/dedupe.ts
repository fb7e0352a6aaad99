/**
 * Identical passages in several documents (the same manual page installed as gzip, gunzip and
 * zcat; a licence paragraph every chapter repeats) are indexed once: the first keeps its place,
 * and each later copy is recorded on it, with its own id and place, so that it is cited with
 * every document and /source still finds it in each.
 */
import type { Passage } from '../core/types.ts';

/** Passages with copies from other documents folded into the first; copies in the same document stay (they are two places). */
export function foldIdenticalPassages<P extends Passage>(passages: readonly P[]): P[] {
  const firstByText = new Map<string, P>();
  const kept: P[] = [];
  for (const passage of passages) {
    const first = firstByText.get(passage.text);
    if (first && first.doc !== passage.doc) {
      first.alsoIn = [...(first.alsoIn ?? []), { doc: passage.doc, id: passage.id, order: passage.order, location: passage.location }];
      continue;
    }
    const copy = { ...passage };
    if (!first) firstByText.set(passage.text, copy);
    kept.push(copy);
  }
  return kept;
}

/** Every document a passage is in: its own first, then those of its copies. */
export function documentsOf(passage: Passage): string[] {
  return [passage.doc, ...new Set((passage.alsoIn ?? []).map((copy) => copy.doc).filter((doc) => doc !== passage.doc))];
}
