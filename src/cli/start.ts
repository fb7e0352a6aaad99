/**
 * `npm start`: load the documents' index and kuromoji once, connect to Discord, answer until
 * SIGINT or SIGTERM, then disconnect cleanly. A change in corpus/ is rebuilt in the background
 * and swapped in (answer/live.ts), with a log line saying what changed; `/docs` adds and removes
 * documents. Also the script each shard runs under
 * `npm run start:sharded` (discord.js passes the shard ids in the environment).
 */
import { Shiori } from '../answer/engine.ts';
import { DocumentLibrary } from '../answer/library.ts';
import { LiveShiori } from '../answer/live.ts';
import { DEFAULT_CORPUS_DIR } from '../core/paths.ts';
import { loadConfigOrExit } from '../config.ts';
import { createBot } from '../discord/bot.ts';
import { createLogger } from '../log.ts';

/** Give up on a clean shutdown after this long rather than hang. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const config = loadConfigOrExit('bot');
const log = createLogger({ level: config.logLevel, secrets: [config.token] });

process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason }));

const started = performance.now();
let engine: Shiori;
try {
  engine = await Shiori.open({
    onRebuild: (reason, detail) => log.info('rebuilding the index', { reason, detail }),
    onProblem: (problem) => log.warn('corpus problem', { file: problem.file, code: problem.code, message: problem.message.en }),
  });
} catch (error) {
  // No documents, an index that cannot be built, or a figure catalogue that disagrees with the
  // documents (it would show wrong numbers): say so once, plainly, and stop.
  log.error('could not load the documents and their index', { error });
  process.exit(1);
}
log.info('engine loaded', { ms: Math.round(performance.now() - started), ...engine.indexInfo() });

const live = new LiveShiori(engine, {
  onUpdate: (update) => {
    log.info('documents changed: index updated', {
      added: update.added,
      changed: update.changed,
      removed: update.removed,
      documents: update.documents,
      passages: update.passages,
      buildMs: Math.round(update.buildMs),
      openMs: Math.round(update.openMs),
      swapMs: Math.round(update.swapMs),
    });
    for (const problem of update.problems) log.warn('corpus problem', { file: problem.file, code: problem.code, message: problem.message.en });
  },
  // The previous index keeps answering.
  onFailure: (error) => log.error('documents changed but the index could not be rebuilt; answering from the previous one', { detail: error }),
});
live.watch();
const library = new DocumentLibrary(live, DEFAULT_CORPUS_DIR, config.uploadMaxBytes);
const bot = createBot({ config, engine: live, library, log });

let shuttingDown = false;
async function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info('shutting down', { signal });
  setTimeout(() => {
    log.error('shutdown timed out; exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  await bot.stop().catch((error: unknown) => log.error('error while stopping', { error }));
  await live.close().catch((error: unknown) => log.error('error while stopping the rebuild worker', { error }));
  process.exit(0);
}
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));

try {
  await bot.start();
} catch (error) {
  log.error('could not connect to Discord', { error });
  await bot.stop().catch(() => undefined);
  process.exit(1);
}
