/**
 * Analysing many documents on every core: a large build (the first build of a corpus of hundreds
 * of documents) spends nearly all its time in kuromoji, one document at a time. Worker threads,
 * each with its own dictionary (~1 s and ~100 MB to load), analyse the largest documents while the
 * main thread analyses the smallest, so that it is never long away from handing out the next one.
 * Each document is analysed by analyseDocument as on one thread, and the results come back in the
 * documents' order: the index does not depend on how the work was shared.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../analysis/analyzer.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import { analyseDocument, type AnalysedDocument, type ReadingMemo } from './build.ts';
import { workerEntry } from '../core/worker-entry.ts';

/** A document read and waiting for its analysis. */
export interface DocumentToAnalyse {
  document: DocumentMeta;
  passages: Passage[];
}

export interface ParallelOptions {
  /**
   * Characters of text to analyse from which worker threads are started. A worker is ready after
   * a second and a half to three (tsx, kuromoji's dictionary) while the main thread analyses some
   * 100,000 characters a second: below a few hundred thousand characters it would hardly start
   * before the main thread is done, and costs 100 MB. One changed file or the seed documents
   * (21 k characters) never start one; the manual pages (2.1 M) do.
   */
  minCharacters?: number;
  /** Threads analysing, the main thread included; default: the cores available, at most 4. */
  threads?: number;
}

export const PARALLEL_MIN_CHARACTERS = 400_000;
const MAX_THREADS = 4;

/** What a worker is started with. */
export interface AnalysisWorkerSetup {
  aliasGroups: string[][];
}

/** A document sent to a worker. */
export interface AnalysisJob extends DocumentToAnalyse {
  index: number;
}

/** A worker's answer: the analysed document, or `ok: false` when its analysis threw (the main thread analyses it again). */
export type AnalysisReply = { index: number; ok: true; analysed: AnalysedDocument } | { index: number; ok: false };

/** Documents a worker is given ahead: it starts the next as soon as it answers. */
const AHEAD = 2;


const sizeOf = (item: DocumentToAnalyse) => item.passages.reduce((n, passage) => n + passage.text.length, 0);

/**
 * Analyse `items` as analyseDocument does, in their order, on several threads when they are large
 * enough (see ParallelOptions). A worker that fails leaves its documents to the main thread; a
 * document whose analysis throws throws here, as on one thread.
 */
export async function analyseDocuments(
  items: readonly DocumentToAnalyse[],
  analyzer: Analyzer,
  readings: ReadingMemo,
  options: ParallelOptions = {},
): Promise<AnalysedDocument[]> {
  const sizes = items.map(sizeOf);
  const characters = sizes.reduce((a, b) => a + b, 0);
  const threads = Math.min(options.threads ?? Math.min(os.availableParallelism(), MAX_THREADS), items.length);
  if (threads < 2 || characters < (options.minCharacters ?? PARALLEL_MIN_CHARACTERS)) {
    return items.map((item) => analyseDocument(item.document, item.passages, analyzer, readings));
  }
  const results: Array<AnalysedDocument | undefined> = new Array(items.length);
  // Largest first: workers take from the front, the main thread from the back.
  const queue = items.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  /** Documents a worker could not analyse (or left when it failed): the main thread's, taken first. */
  const mine: number[] = [];
  let remaining = items.length;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const setup: AnalysisWorkerSetup = { aliasGroups: analyzer.aliases.groups.map((group) => group.spellings) };
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(workerEntry(import.meta.url, 'analysis-worker'), { workerData: setup });
    const given = new Set<number>();
    let alive = true;
    const feed = () => {
      while (alive && given.size < AHEAD && queue.length > 0) {
        const index = queue.shift()!;
        given.add(index);
        worker.postMessage({ index, document: items[index]!.document, passages: items[index]!.passages } satisfies AnalysisJob);
      }
    };
    const fail = () => {
      if (!alive) return;
      alive = false;
      mine.push(...given);
      given.clear();
      notify();
    };
    worker.on('message', (reply: AnalysisReply | 'ready') => {
      if (reply !== 'ready') {
        given.delete(reply.index);
        if (reply.ok) {
          results[reply.index] = reply.analysed;
          remaining--;
        } else mine.push(reply.index);
        notify();
      }
      feed();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    return worker;
  });
  try {
    while (remaining > 0) {
      const index = mine.pop() ?? queue.pop();
      if (index === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const item = items[index]!;
      results[index] = analyseDocument(item.document, item.passages, analyzer, readings);
      remaining--;
      // Let the workers' answers in, and hand them their next documents.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // The memo keeps readings of terms read on their own; a document's readings are mostly heard in
  // its text (see analyseDocument), which another document's must not take: not copied into it.
  return results as AnalysedDocument[];
}
