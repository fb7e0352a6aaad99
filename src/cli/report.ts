/**
 * `npm run report`: the organiser's study report in Markdown, from `DATA_DIR/shiori.db`: questions
 * Shiori could not answer or that got 👎, quiz items most often missed (by chapter), accuracy by
 * chapter, participation by week. `--guild ID` narrows it to one server.
 * Exit codes: 0 done, 2 a mistake in the options, 1 the database or the documents could not be opened.
 */
import { parseArgs } from 'node:util';
import { Shiori } from '../answer/engine.ts';
import { loadDataDir } from '../config.ts';
import { fill, t } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import { openStore } from '../store/store.ts';
import { chaptersOf } from '../study/outline.ts';
import { gatherReport, reportMarkdown } from '../study/report.ts';
import { endQuietlyOnBrokenPipe } from './broken-pipe.ts';
import { cliText, studyCliText } from './text.ts';

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { guild: { type: 'string' }, en: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(fill(t(cliText.badOption, 'ja'), { detail: (error as Error).message }));
    console.error(t(studyCliText.reportUsage, 'ja'));
    return EXIT_USAGE;
  }
  const { values } = parsed;
  const language: Language = values.en ? 'en' : 'ja';
  if (values.help) {
    console.log(t(studyCliText.reportUsage, language));
    return 0;
  }
  const { store, problem } = openStore(loadDataDir());
  try {
    if (problem) {
      console.error(fill(t(studyCliText.databaseProblem, language), { file: problem.file, problem: problem.kind, detail: problem.detail }));
      return EXIT_FAILURE;
    }
    let shiori: Shiori;
    try {
      shiori = await Shiori.open();
    } catch (error) {
      console.error(fill(t(cliText.failed, language), { detail: (error as Error).message }));
      return EXIT_FAILURE;
    }
    const report = gatherReport({ store, documents: shiori.documents(), chapterOrder: (doc) => chaptersOf(shiori.passages(doc)), guildId: values.guild });
    process.stdout.write(reportMarkdown(report, language));
    return 0;
  } finally {
    store.close();
  }
}

endQuietlyOnBrokenPipe();
process.exitCode = await main();
