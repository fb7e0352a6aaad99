/**
 * Run by bench-corpus.ts in a process of its own (`node --expose-gc`): the index loaded as a
 * start loads it, each time in a fresh heap rather than beside the benchmark's builds, and what
 * it holds in memory once loaded. Prints one line of JSON.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readHeader } from '../search/index-file.ts';
import { INDEX_FILE, loadIndex } from '../search/index-store.ts';
import { median } from './timing.ts';

const [indexDir, runs = '5'] = process.argv.slice(2);
const header = readHeader(await readFile(path.join(indexDir!, INDEX_FILE)))?.header;
if (!header) throw new Error(`${indexDir} has no readable index`);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const held = () => {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};
const loads: number[] = [];
let heldBytes = 0;
/** The index just loaded, kept referenced while its memory is measured. */
const kept: unknown[] = [];
for (let i = 0; i < Number(runs); i++) {
  const before = held();
  const started = performance.now();
  const loaded = await loadIndex(indexDir!, { corpusHash: header.corpusHash, version: header.version });
  loads.push(performance.now() - started);
  if (loaded.status !== 'ok') throw new Error(`index did not load: ${loaded.status}`);
  kept.push(loaded);
  heldBytes = held() - before;
  kept.pop();
}
console.log(JSON.stringify({ first: loads[0], median: median(loads), heldBytes }));
