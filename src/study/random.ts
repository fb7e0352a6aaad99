/**
 * Seeded randomness for quizzes: the same seed gives the same quiz on any machine. mulberry32 is
 * a small, well-known 32-bit generator; good enough to shuffle a few hundred items.
 */
import { createHash } from 'node:crypto';

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order decided by `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A short stable hash of text, in hex: item ids and tie-breaks that do not depend on order. */
export function stableHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** A seed for a new quiz when none is given. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
