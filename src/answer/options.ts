/**
 * Every tunable of answering in one value, with the defaults it was tuned to: how big passages
 * are (a build-time setting, part of the index's version), how a ranking adds up, how long
 * quotes are. `Shiori.open({ options })` takes a partial value, so an evaluation can compare
 * settings without editing code.
 */
import { PASSAGE_DEFAULTS, type PassageOptions } from '../corpus/passages.ts';
import { RANKING_DEFAULTS, type RankingOptions } from '../search/rank.ts';
import { CONFIDENCE_DEFAULTS, type ConfidenceOptions } from './confidence.ts';
import { QUOTE_DEFAULTS, type QuoteOptions } from './quote.ts';

export interface ShioriOptions {
  passages: PassageOptions;
  ranking: RankingOptions;
  quotes: QuoteOptions;
  confidence: ConfidenceOptions;
  /** Hits returned when the caller does not say, and at most. */
  hits: { default: number; max: number };
}

export const DEFAULT_OPTIONS: ShioriOptions = {
  passages: PASSAGE_DEFAULTS,
  ranking: RANKING_DEFAULTS,
  quotes: QUOTE_DEFAULTS,
  confidence: CONFIDENCE_DEFAULTS,
  hits: { default: 3, max: 10 },
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type ShioriOptionsInput = DeepPartial<ShioriOptions>;

function merge<T extends object>(defaults: T, given: DeepPartial<T> | undefined): T {
  if (!given) return defaults;
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const base = (defaults as Record<string, unknown>)[key];
    out[key] = base && typeof base === 'object' && typeof value === 'object' ? merge(base as object, value as object) : value;
  }
  return out as T;
}

/** The defaults with whatever the caller set. */
export function resolveOptions(given?: ShioriOptionsInput): ShioriOptions {
  return merge(DEFAULT_OPTIONS, given);
}
