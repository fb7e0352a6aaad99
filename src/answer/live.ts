/**
 * The engine of a running bot, kept current: a change in the corpus folder (a file watch, or a
 * caller such as an upload) is built in a worker thread (rebuild-worker.ts) off the thread that
 * answers, and the new engine is swapped in at once when it is ready. Questions asked meanwhile
 * are answered by the previous engine, whole; a build that fails (a catalogue that no longer
 * agrees, every document gone) leaves it in place and is reported. Builds run one at a time; a
 * change during a build is built after it.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CATALOGUE_FILE, DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR } from '../core/paths.ts';
import { hashCorpus, type CorpusProblem } from '../corpus/load.ts';
import type { Figure } from '../figures/schema.ts';
import { openIndexInSteps } from '../search/index-file.ts';
import { Shiori, type OpenOptions } from './engine.ts';
import type { WorkerSetup } from './rebuild-worker.ts';
import { workerEntry } from '../core/worker-entry.ts';

/** A request to the worker: build the corpus as it is now. */
export interface WorkerRequest {
  id: number;
}

/** The id of a reply that answers no request: writing the last index failed (it is used all the same). */
export const SAVE_FAILED = 0;

export type WorkerReply =
  /** `index`: the index file's bytes (index-file.ts), handed over without a copy, opened here cheaply. */
  | { id: number; ok: true; index: Uint8Array; figures: Figure[]; problems: CorpusProblem[]; analysed: string[]; ms: number }
  | { id: number; ok: false; error: string };

/** What a rebuild changed, for the log line and for an upload's answer. */
export interface IndexUpdate {
  /** Document ids new in this index. */
  added: string[];
  /** Documents whose file or metadata changed. */
  changed: string[];
  /** Document ids no longer in the index. */
  removed: string[];
  /** Every file skipped or read in part, with why (also those of earlier builds still there). */
  problems: CorpusProblem[];
  documents: number;
  passages: number;
  /**
   * Milliseconds in the worker; opening the index it sent, in steps between which questions are
   * answered; and making the new engine and swapping it in, which holds this thread.
   */
  buildMs: number;
  openMs: number;
  swapMs: number;
}

export type RebuildOutcome = { ok: true; update: IndexUpdate } | { ok: false; error: string };

export interface LiveOptions extends Pick<OpenOptions, 'corpusDir' | 'indexDir' | 'options'> {
  /** Told after each new index is swapped in (not when nothing had changed). */
  onUpdate?: (update: IndexUpdate) => void;
  /** Told when a build failed; the previous index keeps answering. */
  onFailure?: (error: string) => void;
  /** Quiet time after the last change seen before building (a copy writes a file in several steps). */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 300;


export class LiveShiori {
  private engine: Shiori;
  private readonly corpusDir: string;
  private readonly indexDir: string;
  private worker?: Worker;
  private nextRequest = 1;
  private readonly pending = new Map<number, (reply: WorkerReply) => void>();
  private running?: Promise<RebuildOutcome>;
  private queued?: Promise<RebuildOutcome>;
  private watcher?: FSWatcher;
  private debounce?: NodeJS.Timeout;
  private closed = false;
  /** The problems the last build found (still there when the next build finds nothing changed). */
  private problems: CorpusProblem[] = [];
  /** The figure catalogue's hash as the current engine was built with it (unknown at first). */
  private builtCatalogue?: string;

  constructor(
    engine: Shiori,
    private readonly options: LiveOptions = {},
  ) {
    this.engine = engine;
    this.corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
    this.indexDir = options.indexDir ?? DEFAULT_INDEX_DIR;
  }

  /** The figure catalogue's hash: the corpus hash (corpus/load.ts) leaves it out, but a build checks it. */
  private async catalogueHash(): Promise<string> {
    const catalogue = await readFile(path.join(this.corpusDir, CATALOGUE_FILE)).catch(() => undefined);
    return catalogue ? createHash('sha256').update(catalogue).digest('hex').slice(0, 16) : 'none';
  }

  /** The engine answering now: callers take it once per question, so a swap never splits one. */
  get current(): Shiori {
    return this.engine;
  }

  /** Watch the corpus folder and rebuild after each change. */
  watch(): void {
    if (this.watcher || this.closed) return;
    this.watcher = watch(this.corpusDir, () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.rebuild(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    });
    this.watcher.on('error', (error) => this.options.onFailure?.(`watching ${this.corpusDir}: ${error.message}`));
  }

  /**
   * Build the corpus as it is now and swap the result in; resolves when that is done (or when the
   * corpus turned out unchanged: an update with nothing in it). A call during a build is served by
   * the next build, which starts when the running one ends.
   */
  rebuild(): Promise<RebuildOutcome> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<RebuildOutcome> {
    const run: Promise<RebuildOutcome> = this.buildOnce()
      .catch((error: unknown): RebuildOutcome => ({ ok: false, error: (error as Error).message ?? String(error) }))
      .finally(() => {
        if (this.running === run) this.running = undefined;
      });
    this.running = run;
    return run;
  }

  private async buildOnce(): Promise<RebuildOutcome> {
    if (this.closed) return { ok: false, error: 'closed' };
    const before = this.engine;
    const info = before.indexInfo();
    // Read before building: a change made during the build is built again after it.
    const catalogue = await this.catalogueHash();
    if (catalogue === this.builtCatalogue && (await hashCorpus(this.corpusDir)) === info.corpusHash) {
      return { ok: true, update: { added: [], changed: [], removed: [], problems: this.problems, documents: info.documents, passages: info.passages, buildMs: 0, openMs: 0, swapMs: 0 } };
    }
    const reply = await this.ask();
    if (!reply.ok) {
      this.options.onFailure?.(reply.error);
      return { ok: false, error: reply.error };
    }
    // Opening the encoded index reads its header, checksum and passage outlines, not every term,
    // in steps that let questions through between them; questions meanwhile get the old engine.
    const opening = performance.now();
    const index = await openIndexInSteps(reply.index);
    const openMs = performance.now() - opening;
    const swapping = performance.now();
    const next = Shiori.withIndex(before, index, reply.figures);
    this.engine = next;
    this.builtCatalogue = catalogue;
    this.problems = reply.problems;
    const swapMs = performance.now() - swapping;
    const oldIds = new Set(before.documents().map((d) => d.id));
    const newDocuments = next.documents();
    const newIds = new Set(newDocuments.map((d) => d.id));
    const analysedFiles = new Set(reply.analysed);
    const touched = newDocuments.filter((d) => analysedFiles.has(d.file)).map((d) => d.id);
    const update: IndexUpdate = {
      added: touched.filter((id) => !oldIds.has(id)),
      changed: touched.filter((id) => oldIds.has(id)),
      removed: [...oldIds].filter((id) => !newIds.has(id)),
      problems: reply.problems,
      documents: newDocuments.length,
      passages: index.data.passages.length,
      buildMs: reply.ms,
      openMs,
      swapMs,
    };
    this.options.onUpdate?.(update);
    return { ok: true, update };
  }

  /** One build in the worker, started on first use and started again if it died. */
  private ask(): Promise<WorkerReply> {
    const worker = this.workerThread();
    const id = this.nextRequest++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id } satisfies WorkerRequest);
    });
  }

  private workerThread(): Worker {
    if (this.worker) return this.worker;
    const setup: WorkerSetup = { corpusDir: this.corpusDir, indexDir: this.indexDir, ...(this.options.options && { options: this.options.options }) };
    const worker = new Worker(workerEntry(import.meta.url, 'rebuild-worker'), { workerData: setup });
    // A worker that is waiting for work does not keep the process alive.
    worker.unref();
    const fail = (error: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, resolve] of this.pending) resolve({ id, ok: false, error });
      this.pending.clear();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === SAVE_FAILED && !reply.ok) return this.options.onFailure?.(reply.error);
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      resolve?.(reply);
    });
    worker.on('error', (error) => fail(`rebuild worker failed: ${error.message}`));
    worker.on('exit', (code) => fail(`rebuild worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** Stop watching and stop the worker once the build under way (if any) has ended. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.debounce);
    this.watcher?.close();
    this.watcher = undefined;
    await this.queued?.catch(() => undefined);
    await this.running?.catch(() => undefined);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
