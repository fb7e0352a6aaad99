/**
 * `npm run bench`: Shiori's speed on this machine, printed as figures (not a test).
 * Cold start of `ask`, kuromoji's own dictionary load for comparison, index load, per-question
 * time in a warm batch (p50/p99), index build time and characters per second, chart rendering
 * time, peak memory. `npm run bench -- --corpus DIR` measures the seeds with DIR's documents
 * added instead (bench-corpus.ts).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Analyzer } from '../analysis/analyzer.ts';
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
import { median, ms, percentile } from './timing.ts';


const RUNS = 5;
console.log(`Shiori benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} cores\n`);

const { values: args } = parseArgs({ options: { corpus: { type: 'string' } } });
if (args.corpus !== undefined) {
  await benchCorpus(args.corpus, RUNS);
  process.exit(0);
}

// Make sure the index, the compiled build and the gunzipped dictionary exist, so that cold starts
// measure loading, not building.
await Shiori.open();
const built = spawnSync(process.execPath, [path.join(root, 'bin', 'shiori.js'), 'build'], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`npm run build failed: ${built.stderr}`);

/** Preloaded into a timed child: prints its peak memory when it exits. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`;
interface ColdRun {
  ms: number;
  peakMiB: number;
}
/** Run a command as a new process `runs` times, alternating with the others (paired), in this order. */
function coldRuns(commands: Record<string, string[]>, runs: number): Record<string, ColdRun[]> {
  const results: Record<string, ColdRun[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const result = spawnSync(args[0]!, ['--import', PEAK_RSS, ...args.slice(1)], { cwd: root, encoding: 'utf8' });
      const ms = performance.now() - started;
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
      const peak = /peak-rss-kib=(\d+)/.exec(result.stderr);
      results[name]!.push({ ms, peakMiB: peak ? Number(peak[1]) / 1024 : NaN });
    }
  }
  return results;
}
const medianOf = (runs: ColdRun[], key: keyof ColdRun) => median(runs.map((run) => run[key]));

const dictionaryScript = `const k=require('kuromoji');const p=require('path');k.builder({dicPath:p.join(p.dirname(require.resolve('kuromoji/package.json')),'dict')}).build((e)=>{if(e)process.exit(1)})`;
const QUESTION = 'アントの延滞率は？';
const cold = coldRuns(
  {
    dictionary: [process.execPath, '-e', dictionaryScript],
    // What `shiori ask` and `npm run ask` run (npm adds its own start-up on top).
    compiled: [process.execPath, path.join(root, 'bin', 'shiori.js'), 'ask', '--json', QUESTION],
    // The sources through tsx, as development runs them.
    sources: [process.execPath, '--import', 'tsx', path.join(root, 'src', 'cli', 'ask.ts'), '--json', QUESTION],
  },
  RUNS,
);
const dictionaryMs = medianOf(cold['dictionary']!, 'ms');
console.log(`kuromoji's dictionary load as it ships (a node process): median ${ms(dictionaryMs)}, peak ${medianOf(cold['dictionary']!, 'peakMiB').toFixed(0)} MiB (runs paired, ${RUNS} each)`);
for (const [name, label] of [['compiled', 'cold ask, compiled (shiori ask)'], ['sources', 'cold ask, sources through tsx']] as const) {
  const runs = cold[name]!;
  console.log(`${label}: median ${ms(medianOf(runs, 'ms'))} = ${(medianOf(runs, 'ms') / dictionaryMs).toFixed(2)}× the dictionary load, peak ${medianOf(runs, 'peakMiB').toFixed(0)} MiB`);
}

const version = indexVersion(DEFAULT_OPTIONS.passages);
const expected = { corpusHash: await hashCorpus(DEFAULT_CORPUS_DIR), version };
const loads: number[] = [];
for (let i = 0; i < 10; i++) {
  const started = performance.now();
  const loaded = await loadIndex(DEFAULT_INDEX_DIR, expected);
  if (loaded.status !== 'ok') throw new Error(`index did not load: ${loaded.status}`);
  loads.push(performance.now() - started);
}
console.log(`index load (read, checksum, outlines parsed): median ${ms(median(loads))} of 10`);

// Warm questions first, in a process that holds the engine and kuromoji and little else, as the
// bot does: the builds below leave hundreds of megabytes for the garbage collector to walk.
const shiori = await Shiori.open();
const questions = (await loadQuestions(path.join(EVAL_DIR, 'questions.json'))).map((q) => q.question);
for (const q of questions) shiori.ask(q); // warm up: the index's lists and the passages' layouts read once
// The retrieval floor: MiniSearch's own search() for the same questions. Ranking scores the same
// query from MiniSearch's postings without calling it (search/bm25.ts), so it is timed on its own,
// after the questions: search() leaves its results' objects held past young collections (2–3 MB
// copied by each), which would be collected in the questions' time if the two took turns, and
// which the bot, never calling it, does not pay.
const floors = questions.map((q) => shiori.miniSearchRetrieval(q));
// V8 goes on optimising (and now and then undoing an optimisation) for the first several hundred
// questions: those rounds are reported apart, as what a bot answers in its first hours.
const WARMING_ROUNDS = 10;
const ROUNDS = 20;
const warming = { times: [] as number[], retrieval: [] as number[] };
const warm = { times: [] as number[], retrieval: [] as number[] };
const timeRounds = (run: (i: number) => void, key: 'times' | 'retrieval') => {
  for (let round = 0; round < WARMING_ROUNDS + ROUNDS; round++) {
    const into = (round < WARMING_ROUNDS ? warming : warm)[key];
    for (let i = 0; i < questions.length; i++) {
      const started = performance.now();
      run(i);
      into.push(performance.now() - started);
    }
  }
};
timeRounds((i) => shiori.ask(questions[i]!), 'times');
timeRounds((i) => floors[i]?.(), 'retrieval');
for (const [label, { times, retrieval }] of [
  [`warm question, batch of ${warm.times.length} (${questions.length} questions × ${ROUNDS}, after ${WARMING_ROUNDS} rounds)`, warm],
  [`the first ${WARMING_ROUNDS} rounds (${warming.times.length} questions, V8 still optimising)`, warming],
] as const) {
  times.sort((a, b) => a - b);
  retrieval.sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1)!)}; MiniSearch's own search() on the same queries: p50 ${ms(percentile(retrieval, 50))}, p99 ${ms(percentile(retrieval, 99))} (p99 ${(percentile(times, 99) / percentile(retrieval, 99)).toFixed(2)}× the retrieval floor)`,
  );
}
const ready = process.memoryUsage();
console.log(`memory with the engine ready in this process: RSS ${(ready.rss / 1048576).toFixed(0)} MiB, JS heap ${(ready.heapUsed / 1048576).toFixed(0)} MiB, array buffers ${(ready.arrayBuffers / 1048576).toFixed(0)} MiB`);

const tokenizerStarted = performance.now();
await loadTokenizer();
const analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
console.log(`analyzer ready in this process: ${ms(performance.now() - tokenizerStarted)}`);

const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
const characters = corpus.passages.reduce((n, p) => n + p.text.length, 0);
const builds: number[] = [];
// The synonym dictionary is prepared once per process, as kuromoji's dictionary is loaded once
// (both are fixed costs, not per character): timed on its own, then shared by the timed builds,
// which otherwise start from nothing (no document analysed before, no reading or word known).
const synonyms = buildCaches().synonyms;
const preparing = performance.now();
await buildCorpusIndex(DEFAULT_CORPUS_DIR, analyzer, DEFAULT_OPTIONS.passages, { ...buildCaches(), synonyms });
console.log(`first build in this process, the synonym dictionary prepared with it: ${ms(performance.now() - preparing)}`);
// The floor: kuromoji alone tokenising the same text, line by line, in this process. Each build is
// paired with a tokenising run right after it, so that a busy machine slows both alike.
const tokenizer = await loadTokenizer();
const lines = corpus.passages.flatMap((p) => p.text.split('\n')).filter((line) => line.trim());
const tokenising: number[] = [];
const ratios: number[] = [];
// More pairs than other figures: a pair takes half a second, and this machine's speed moves by a
// fifth from one second to the next.
const BUILD_PAIRS = 11;
for (let i = 0; i < BUILD_PAIRS; i++) {
  // A new analyzer on the same dictionary: nothing an earlier build read (words' features) is known.
  const fresh = new Analyzer(analyzer.tokenizer, analyzer.aliases);
  let started = performance.now();
  await buildCorpusIndex(DEFAULT_CORPUS_DIR, fresh, DEFAULT_OPTIONS.passages, { ...buildCaches(), synonyms });
  builds.push(performance.now() - started);
  started = performance.now();
  for (const line of lines) tokenizer.tokenize(line);
  tokenising.push(performance.now() - started);
  ratios.push(tokenising.at(-1)! / builds.at(-1)!);
}
const build = median(builds);
const rate = (milliseconds: number) => characters / (milliseconds / 1000);
console.log(
  `index build from nothing (analysis + MiniSearch, ${corpus.passages.length} passages, ${characters} characters, synonym dictionary prepared): median ${ms(build)}, ${Math.round(rate(build)).toLocaleString('en')} characters/s = ${(rate(build) / rate(median(tokenising))).toFixed(2)}× kuromoji's own tokenising of the same text line by line (${Math.round(rate(median(tokenising))).toLocaleString('en')}/s); median of the ${BUILD_PAIRS} paired runs' ratios ${median(ratios).toFixed(2)}×`,
);


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
