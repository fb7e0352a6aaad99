/**
 * `npm run build:index`: analyse `corpus/` and write `index/`, with a progress bar on a terminal.
 */
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { buildAndSaveIndex, loadAnalyzer } from '../answer/engine.ts';
import { resolveOptions } from '../answer/options.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR } from '../core/paths.ts';
import { cliText } from './text.ts';
import { fill, t } from '../core/i18n.ts';

async function main(): Promise<number> {
  const started = performance.now();
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: ' {bar} {percentage}% | {value}/{total}' }, Presets.shades_classic) : undefined;
  try {
    const analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
    const built = await buildAndSaveIndex(analyzer, DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR, resolveOptions(), (done, total) => {
      if (done === 1) bar?.start(total, 0);
      bar?.update(done);
    });
    bar?.stop();
    for (const problem of built.problems) console.error(fill(t(cliText.corpusProblem, 'ja'), { file: problem.file, message: problem.message }));
    console.log(
      fill(t(cliText.built, 'ja'), {
        file: path.relative(process.cwd(), built.file),
        documents: built.data.documents.length,
        passages: built.data.passages.length,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      }),
    );
    return 0;
  } catch (error) {
    bar?.stop();
    console.error(fill(t(cliText.failed, 'ja'), { detail: (error as Error).message }));
    return 1;
  }
}

process.exitCode = await main();
