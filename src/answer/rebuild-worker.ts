/**
 * The rebuild worker (a worker thread started by live.ts): it keeps kuromoji and the build caches
 * loaded and builds the index whenever asked, so that the thread answering questions never
 * analyses a document. Each request reads the aliases afresh (they may have changed) and answers
 * with the built index, or with the error that stopped the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAliases } from '../analysis/aliases.ts';
import { Analyzer } from '../analysis/analyzer.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { buildCaches } from '../search/build-corpus.ts';
import { buildAndSaveIndex } from './engine.ts';
import { resolveOptions, type ShioriOptionsInput } from './options.ts';
import type { WorkerReply, WorkerRequest } from './live.ts';

export interface WorkerSetup {
  corpusDir: string;
  indexDir: string;
  options?: ShioriOptionsInput;
}

const setup = workerData as WorkerSetup;
const port = parentPort!;
const options = resolveOptions(setup.options);
const caches = buildCaches(setup.indexDir);
const tokenizer = loadTokenizer();

port.on('message', (request: WorkerRequest) => {
  void build(request).then((reply) => port.postMessage(reply));
});

async function build(request: WorkerRequest): Promise<WorkerReply> {
  const started = performance.now();
  try {
    const analyzer = new Analyzer(await tokenizer, await loadAliases(setup.corpusDir));
    const built = await buildAndSaveIndex(analyzer, setup.corpusDir, setup.indexDir, options, undefined, caches);
    return { id: request.id, ok: true, data: built.data, figures: built.figures, problems: built.problems, analysed: built.analysed, ms: performance.now() - started };
  } catch (error) {
    return { id: request.id, ok: false, error: (error as Error).message ?? String(error) };
  }
}
