/** What the benchmarks share: percentiles, milliseconds as printed, and a warm batch of questions. */
import type { Shiori } from '../answer/engine.ts';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Each question asked once to warm up, then `rounds` times over, timed one by one; sorted. */
export function warmQuestionTimes(shiori: Shiori, questions: readonly string[], rounds: number): number[] {
  for (const q of questions) shiori.ask(q);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const started = performance.now();
      shiori.ask(q);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}
