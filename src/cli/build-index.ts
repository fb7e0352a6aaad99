/**
 * `npm run build:index`: analyse `corpus/` and write `index/`, with a progress bar on a terminal.
 * `npm run build:index -- --corpus DIR` builds another folder's index (under `index/corpora/`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { buildAndSaveIndex, loadAnalyzer } from '../answer/engine.ts';
import { resolveOptions } from '../answer/options.ts';
import { DEFAULT_CORPUS_DIR, indexDirFor } from '../core/paths.ts';
import { cliText } from './text.ts';
import { fill, t } from '../core/i18n.ts';

async function main(): Promise<number> {
  const started = performance.now();
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: ' {bar} {percentage}% | {value}/{total}' }, Presets.shades_classic) : undefined;
  try {
    const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
    const corpusDir = values.corpus !== undefined ? path.resolve(values.corpus) : DEFAULT_CORPUS_DIR;
    const analyzer = await loadAnalyzer(corpusDir);
    const built = await buildAndSaveIndex(analyzer, corpusDir, indexDirFor(corpusDir), resolveOptions(), (done, total) => {
      if (done === 1) bar?.start(total, 0);
      bar?.update(done);
    });
    bar?.stop();
    for (const problem of built.problems) console.error(fill(t(cliText.corpusProblem, 'ja'), { file: problem.file, message: t(problem.message, 'ja') }));
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
