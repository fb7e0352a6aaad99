/**
 * `npm run backup -- FILE.db`: a consistent copy of `DATA_DIR/shiori.db` through SQLite's online
 * backup, safe while the bot is running (copying the file by hand could catch it mid-write and
 * miss what is still in the -wal file). Restore by stopping Shiori and putting the copy in place
 * of `shiori.db` (removing any `shiori.db-wal` and `shiori.db-shm` beside it).
 * Exit codes: 0 done, 2 a mistake in the arguments, 1 the database could not be read or written.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../config.ts';
import { fill, t } from '../core/i18n.ts';
import { openStore } from '../store/store.ts';
import { backupText, studyCliText } from './text.ts';

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: false });
  const [target] = positionals;
  if (values.help || !target || positionals.length > 1) {
    console.error(t(backupText.usage, 'ja'));
    return values.help ? 0 : EXIT_USAGE;
  }
  if (existsSync(target)) {
    console.error(fill(t(backupText.exists, 'ja'), { file: target }));
    return EXIT_USAGE;
  }
  const { store, problem } = openStore(loadDataDir());
  try {
    if (problem) {
      console.error(fill(t(studyCliText.databaseProblem, 'ja'), { file: problem.file, problem: problem.kind, detail: problem.detail }));
      return EXIT_FAILURE;
    }
    const result = await store.db.backup(target);
    console.log(fill(t(backupText.done, 'ja'), { file: target, pages: result.totalPages }));
    return 0;
  } catch (error) {
    console.error(fill(t(backupText.failed, 'ja'), { detail: (error as Error).message }));
    return EXIT_FAILURE;
  } finally {
    store.close();
  }
}

process.exitCode = await main();
