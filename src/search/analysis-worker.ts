/**
 * An analysis worker (a worker thread started by parallel-analysis.ts for a large build): it loads
 * kuromoji, builds the analyzer with the alias groups it is given, says it is ready, then analyses
 * each document it is sent and answers with the analysed document. A document whose analysis
 * throws is answered with `ok: false`: the main thread analyses it again itself, so that a broken
 * document fails the build exactly as in a build on one thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AliasTable } from '../analysis/aliases.ts';
import { Analyzer } from '../analysis/analyzer.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { analyseDocument, type ReadingMemo } from './build.ts';
import type { AnalysisJob, AnalysisReply, AnalysisWorkerSetup } from './parallel-analysis.ts';

const setup = workerData as AnalysisWorkerSetup;
const port = parentPort!;
// The groups are the analyzer's own, already normalized: the same table as the main thread's.
const analyzer = new Analyzer(await loadTokenizer(), new AliasTable(setup.aliasGroups, { normalized: true }));
const readings: ReadingMemo = new Map();

port.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    reply = { index: job.index, ok: true, analysed: analyseDocument(job.document, job.passages, analyzer, readings) };
  } catch {
    reply = { index: job.index, ok: false };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
