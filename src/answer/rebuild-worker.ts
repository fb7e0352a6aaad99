/**
 * The rebuild worker (a worker thread started by live.ts): it keeps kuromoji and the build caches
 * loaded and builds the index whenever asked, so that the thread answering questions never
 * analyses a document. Each request reads the aliases afresh (they may have changed) and answers
 * with the built index, or with the error that stopped the build. The index file is written after
 * the answer (writing 30 MB of JSON takes seconds the bot need not wait for), one write at a time;
 * a write that fails is reported on its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAliases } from '../analysis/aliases.ts';
import { Analyzer } from '../analysis/analyzer.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { loadCheckedCatalogue } from '../figures/catalogue.ts';
import { buildCaches, buildCorpusIndex } from '../search/build-corpus.ts';
import { saveIndex } from '../search/index-store.ts';
import { resolveOptions, type ShioriOptionsInput } from './options.ts';
import { SAVE_FAILED, type WorkerReply, type WorkerRequest } from './live.ts';

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

let saving: Promise<void> = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
  void build(request);
});

async function build(request: WorkerRequest): Promise<void> {
  const started = performance.now();
  try {
    const analyzer = new Analyzer(await tokenizer, await loadAliases(setup.corpusDir));
    const built = await buildCorpusIndex(setup.corpusDir, analyzer, options.passages, caches);
    // The figure catalogue must agree with the documents, or the build fails naming the figure.
    const figures = await loadCheckedCatalogue(setup.corpusDir, built.data);
    port.postMessage({ id: request.id, ok: true, data: built.data, figures, problems: built.problems, analysed: built.analysed, ms: performance.now() - started } satisfies WorkerReply);
    saving = saving.then(() =>
      saveIndex(setup.indexDir, built.data).then(
        () => undefined,
        (error: unknown) => port.postMessage({ id: SAVE_FAILED, ok: false, error: `could not write the index: ${(error as Error).message}` } satisfies WorkerReply),
      ),
    );
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, error: (error as Error).message ?? String(error) } satisfies WorkerReply);
  }
}
