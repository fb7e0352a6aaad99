/**
 * `npm run bench`: Shiori's speed on this machine, printed as figures (not a test).
 * Cold start of `ask`, kuromoji's own dictionary load for comparison, index load, per-question
 * time in a warm batch (p50/p99), index build time and characters per second, chart rendering
 * time, peak memory. `npm run bench -- --corpus DIR` measures the seeds with DIR's documents
 * added instead (bench-corpus.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { loadAnalyzer, Shiori } from '../answer/engine.ts';
import { DEFAULT_OPTIONS } from '../answer/options.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR, EVAL_DIR, PROJECT_ROOT as root } from '../core/paths.ts';
import { hashCorpus, loadCorpus } from '../corpus/load.ts';
import { readCatalogue } from '../figures/catalogue.ts';
import { renderAllCharts } from '../figures/chart/render.ts';
import { indexVersion } from '../search/build.ts';
import { buildCaches, buildCorpusIndex } from '../search/build-corpus.ts';
import { loadIndex } from '../search/index-store.ts';
import { loadQuestions } from './evaluate.ts';
import { buildBank, corpusOf, itemBankFor } from '../study/bank.ts';
import { selectQuiz } from '../study/select.ts';
import { termFinderFor } from '../study/terms.ts';
import { benchAnswerPresses } from './bench-quiz.ts';
import { benchCorpus } from './bench-corpus.ts';
import { median, ms, percentile, warmQuestionTimes } from './timing.ts';


function timeCommand(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(args[0]!, args.slice(1), { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    times.push(performance.now() - started);
  }
  return times;
}

const RUNS = 3;
console.log(`Shiori benchmark — Node ${process.version}, ${process.platform}/${process.arch}\n`);

const { values: args } = parseArgs({ options: { corpus: { type: 'string' } } });
if (args.corpus !== undefined) {
  await benchCorpus(args.corpus, RUNS);
  process.exit(0);
}

// Make sure the index exists so that cold starts measure loading, not building.
await Shiori.open();

const dictionaryScript = `const k=require('kuromoji');const p=require('path');k.builder({dicPath:p.join(p.dirname(require.resolve('kuromoji/package.json')),'dict')}).build((e)=>{if(e)process.exit(1)})`;
const dictionary = timeCommand([process.execPath, '-e', dictionaryScript], RUNS);
// As `npm run ask` runs it (without npm's own start-up).
const coldAsk = timeCommand([process.execPath, '--import', 'tsx', path.join(root, 'src', 'cli', 'ask.ts'), '--json', 'アントの延滞率は？'], RUNS);
console.log(`kuromoji dictionary load alone (node process): median ${ms(median(dictionary))} of ${RUNS}`);
console.log(`cold "npm run ask" (node --import tsx: start, load, answer): median ${ms(median(coldAsk))} of ${RUNS} (${(median(coldAsk) / median(dictionary)).toFixed(2)}× the dictionary load)`);

const version = indexVersion(DEFAULT_OPTIONS.passages);
const expected = { corpusHash: await hashCorpus(DEFAULT_CORPUS_DIR), version };
const loads: number[] = [];
for (let i = 0; i < 10; i++) {
  const started = performance.now();
  const loaded = await loadIndex(DEFAULT_INDEX_DIR, expected);
  if (loaded.status !== 'ok') throw new Error(`index did not load: ${loaded.status}`);
  loads.push(performance.now() - started);
}
console.log(`index load (read, check, parse, MiniSearch.loadJS): median ${ms(median(loads))} of 10`);

const tokenizerStarted = performance.now();
await loadTokenizer();
const analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
console.log(`analyzer ready in this process: ${ms(performance.now() - tokenizerStarted)}`);

const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
const characters = corpus.passages.reduce((n, p) => n + p.text.length, 0);
const builds: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await buildCorpusIndex(DEFAULT_CORPUS_DIR, analyzer, DEFAULT_OPTIONS.passages, buildCaches());
  builds.push(performance.now() - started);
}
const build = median(builds);
console.log(`index build (analysis + MiniSearch, ${corpus.passages.length} passages, ${characters} characters): median ${ms(build)}, ${Math.round(characters / (build / 1000)).toLocaleString('en')} characters/s`);

const shiori = await Shiori.open();
const questions = (await loadQuestions(path.join(EVAL_DIR, 'questions.json'))).map((q) => q.question);
const ROUNDS = 20;
const times = warmQuestionTimes(shiori, questions, ROUNDS);
console.log(`warm question, batch of ${times.length} (${questions.length} questions × ${ROUNDS}): p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1)!)}`);

const figures = await readCatalogue(DEFAULT_CORPUS_DIR);
const firstPass = await renderAllCharts(figures, corpus.documents);
const warmPass = await renderAllCharts(figures, corpus.documents);
const slowest = (pass: typeof warmPass) => pass.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a));
const mean = (pass: typeof warmPass) => pass.reduce((n, t) => n + t.milliseconds, 0) / pass.length;
console.log(`chart rendering, ${figures.length} figures: first pass (font and Chart.js load included) mean ${ms(mean(firstPass))}, slowest ${ms(slowest(firstPass).milliseconds)} (${slowest(firstPass).id}); warm mean ${ms(mean(warmPass))}, slowest ${ms(slowest(warmPass).milliseconds)} (${slowest(warmPass).id})`);

// Study: the item bank is generated once per process, then a quiz is a selection from it.
const bankStarted = performance.now();
const bank = await itemBankFor(shiori);
const bankFirst = performance.now() - bankStarted;
const finder = await termFinderFor(shiori);
const rebuilds: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  buildBank(corpusOf(shiori), finder);
  rebuilds.push(performance.now() - started);
}
console.log(`quiz item bank (${bank.items.length} items from ${corpusOf(shiori).passages.length} passages and ${shiori.figures().length} figures): first build ${ms(bankFirst)}, warm rebuild median ${ms(median(rebuilds))} of ${RUNS}`);
const selections: number[] = [];
for (let seed = 0; seed < 1000; seed++) {
  const started = performance.now();
  selectQuiz(bank.items, { count: 10, seed });
  selections.push(performance.now() - started);
}
selections.sort((a, b) => a - b);
console.log(`10-question quiz from the warm bank, 1000 seeds: p50 ${ms(percentile(selections, 50))}, p99 ${ms(percentile(selections, 99))}, max ${ms(selections.at(-1)!)}`);

const presses = await benchAnswerPresses(shiori, 30);
console.log(
  `30 concurrent answer presses through the local fake Discord: acknowledged p50 ${ms(presses.ackP50)}, max ${ms(presses.ackMax)} (Discord's limit 3000 ms); all 30 confirmations in ${ms(presses.allConfirmed)}; recorded ${presses.recorded} answers`,
);

const maxRss = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory (max RSS of this process, kuromoji + index): ${maxRss.toFixed(0)} MB`);
