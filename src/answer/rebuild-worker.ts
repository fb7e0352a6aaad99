/**
 * The rebuild worker (a worker thread started by live.ts): it keeps kuromoji and the build caches
 * loaded and builds the index whenever asked, so that the thread answering questions never
 * analyses a document. Each request reads the aliases afresh (they may have changed) and answers
 * with the built index encoded as the index file is (index-file.ts: the main thread opens it in a
 * moment, where a structured clone of the index and MiniSearch's loader held it for seconds), or
 * with the error that stopped the build. The same bytes are written to the index file after the
 * answer, one write at a time; a write that fails is reported on its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAliases } from '../analysis/aliases.ts';
import { Analyzer } from '../analysis/analyzer.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { loadCheckedCatalogue } from '../figures/catalogue.ts';
import { buildCaches, buildCorpusIndex } from '../search/build-corpus.ts';
import { encodeIndex } from '../search/index-file.ts';
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
    // One thread: this worker already shares the machine with the thread that answers, and a
    // change while the bot runs is a few files, not a corpus.
    const built = await buildCorpusIndex(setup.corpusDir, analyzer, options.passages, caches, undefined, { threads: 1 });
    // The figure catalogue must agree with the documents, or the build fails naming the figure.
    const figures = await loadCheckedCatalogue(setup.corpusDir, built.data);
    const bytes = encodeIndex(built.data);
    // A copy of its own is handed over (transferred, not cloned): the bytes stay here to be written.
    const handed = new Uint8Array(bytes);
    port.postMessage(
      { id: request.id, ok: true, index: handed, figures, problems: built.problems, analysed: built.analysed, ms: performance.now() - started } satisfies WorkerReply,
      [handed.buffer],
    );
    saving = saving.then(() =>
      saveIndex(setup.indexDir, bytes).then(
        () => undefined,
        (error: unknown) => port.postMessage({ id: SAVE_FAILED, ok: false, error: `could not write the index: ${(error as Error).message}` } satisfies WorkerReply),
      ),
    );
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, error: (error as Error).message ?? String(error) } satisfies WorkerReply);
  }
}
