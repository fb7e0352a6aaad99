/**
 * `npm run bench -- --corpus DIR`: Shiori at scale. The seed documents and DIR's documents are
 * put together in one folder (under index/bench/, as if DIR's files had been added to corpus/),
 * and measured: the build from nothing, its characters per second beside kuromoji's own
 * tokenising rate on the same passages in the same process, a build after one file changed (as
 * the bot's rebuild worker does it, and as a new `npm run build:index` does it), the index size,
 * a cold `npm run ask`, warm questions, the seed questions' scores with and without the extra
 * documents, and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildAndSaveIndex, loadAnalyzer, Shiori } from '../answer/engine.ts';
import { DEFAULT_OPTIONS } from '../answer/options.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR, EVAL_DIR, indexDirFor, PROJECT_ROOT as root } from '../core/paths.ts';
import { loadCorpus } from '../corpus/load.ts';
import { loadCheckedCatalogue } from '../figures/catalogue.ts';
import type { Figure } from '../figures/schema.ts';
import { buildCaches, buildCorpusIndex } from '../search/build-corpus.ts';
import { encodeIndex, openIndexInSteps } from '../search/index-file.ts';
import { saveIndex } from '../search/index-store.ts';
import { evaluate, isAnswerable, loadQuestions } from './evaluate.ts';
import { median, ms, percentile, warmQuestionTimes } from './timing.ts';

const rate = (characters: number, milliseconds: number) => characters / (milliseconds / 1000);
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')} characters/s`;
const MiB = 1024 * 1024;
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

function timeAsk(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'ask.ts'), ...args], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`ask ${args.join(' ')} failed: ${result.stderr}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** The name of an external corpus folder (index/eval-corpora/manpages-ja/corpus → manpages-ja). */
function corpusName(dir: string): string {
  const base = path.basename(dir);
  return base === 'corpus' ? path.basename(path.dirname(dir)) : base;
}

export async function benchCorpus(dir: string, runs: number): Promise<void> {
  const source = path.resolve(dir);
  const name = corpusName(source);
  const combined = path.join(DEFAULT_INDEX_DIR, 'bench', `${name}-with-seeds`);
  await rm(combined, { recursive: true, force: true });
  await mkdir(combined, { recursive: true });
  await cp(DEFAULT_CORPUS_DIR, combined, { recursive: true });
  const seedFiles = new Set(await readdir(DEFAULT_CORPUS_DIR));
  const added = (await readdir(source)).filter((file) => !file.startsWith('.') && !seedFiles.has(file));
  for (const file of added) await cp(path.join(source, file), path.join(combined, file));
  const indexDir = indexDirFor(combined);
  await rm(indexDir, { recursive: true, force: true });

  const analyzer = await loadAnalyzer(combined);
  const corpus = await loadCorpus(combined);
  const texts = corpus.passages.map((passage) => passage.text);
  const characters = texts.reduce((n, text) => n + text.length, 0);
  console.log(`corpus: the ${seedFiles.size} seed files and ${added.length} files of ${source}: ${corpus.documents.length} documents, ${corpus.passages.length} passages, ${characters.toLocaleString('en')} characters`);

  // kuromoji alone on the same text, in this process: the rate the analysis cannot beat. Timed
  // just before the build and just after it, and the two averaged: a machine whose speed drifts
  // during the minute the build takes weighs on the build and its reference alike.
  for (const text of texts.slice(0, 200)) analyzer.tokenizer.tokenize(text);
  const tokenise = () => {
    const started = performance.now();
    for (const text of texts) analyzer.tokenizer.tokenize(text);
    return performance.now() - started;
  };
  const kuromojiTimes = [tokenise()];

  // The build from nothing: every document read and analysed, the index assembled, checked and written.
  // The synonym dictionary is prepared first (a second, once per process or kept in index/cache/).
  const caches = buildCaches(indexDir);
  await caches.synonyms.compile(analyzer, new Set());
  let started = performance.now();
  const full = await buildAndSaveIndex(analyzer, combined, indexDir, DEFAULT_OPTIONS, undefined, caches);
  const fullMs = performance.now() - started;
  kuromojiTimes.push(tokenise());
  const kuromojiMs = (kuromojiTimes[0]! + kuromojiTimes[1]!) / 2;
  const kuromojiRate = rate(characters, kuromojiMs);
  const buildRate = rate(characters, fullMs);
  console.log(`kuromoji tokenize alone on the passages: ${ms(kuromojiMs)} (${ms(kuromojiTimes[0]!)} before the build, ${ms(kuromojiTimes[1]!)} after), ${perSecond(kuromojiRate)}`);
  console.log(`index build from nothing (${full.analysed.length} files read and analysed, index assembled and written): ${ms(fullMs)}, ${perSecond(buildRate)} = ${(buildRate / kuromojiRate).toFixed(2)}× kuromoji's rate`);

  // One file changed. The bot's rebuild worker keeps its caches in memory, answers with the index
  // (build and catalogue check), and writes the file after; a new `npm run build:index` reads the
  // caches from index/cache/ and writes the index before it ends.
  const touched = added.find((file) => /\.(txt|md)$/.test(file)) ?? added[0]!;
  const inWorker: number[] = [];
  /** Of which reading and hashing the corpus (and analysing the changed file), and assembling the index. */
  const reading: number[] = [];
  const assembling: number[] = [];
  const saves: number[] = [];
  const fromDisk: number[] = [];
  let latest: { bytes: Uint8Array; figures: Figure[] } | undefined;
  for (let i = 0; i < runs; i++) {
    await appendFile(path.join(combined, touched), `\n追記 ${i + 1}：この行はベンチマークが書き足しました。\n`);
    started = performance.now();
    const again = await buildCorpusIndex(combined, analyzer, DEFAULT_OPTIONS.passages, caches);
    // The worker answers with the index encoded as the file is.
    latest = { figures: await loadCheckedCatalogue(combined, again.data), bytes: encodeIndex(again.data) };
    inWorker.push(performance.now() - started);
    reading.push(again.timings.documents);
    assembling.push(again.timings.assemble);
    if (again.analysed.length !== 1) throw new Error(`expected one file analysed, got ${again.analysed.join(', ')}`);
    started = performance.now();
    await saveIndex(indexDir, latest.bytes);
    saves.push(performance.now() - started);
    await appendFile(path.join(combined, touched), `\n追記 ${i + 1}b：もう一行。\n`);
    started = performance.now();
    await buildAndSaveIndex(analyzer, combined, indexDir, DEFAULT_OPTIONS, undefined, buildCaches(indexDir));
    fromDisk.push(performance.now() - started);
  }
  console.log(
    `one file changed (${touched}), rebuilt: median ${ms(median(inWorker))} of ${runs} as the bot's rebuild worker does it (caches in memory: reading and hashing the corpus and analysing the file ${ms(median(reading))}, assembling the index ${ms(median(assembling))}, the rest checking the figure catalogue; writing the index file after it, ${ms(median(saves))}, is not waited for); ${ms(median(fromDisk))} for npm run build:index (caches read from index/cache/, index written)`,
  );
  const size = (await stat(full.file)).size;
  console.log(`index size: ${(size / MiB).toFixed(1)} MB (${path.relative(root, full.file)}), plus ${(await folderSize(path.join(indexDir, 'cache'))).toFixed(1)} MB of build caches`);

  // Cold ask: a new process loads kuromoji and the index and answers one question.
  timeAsk(['--json', 'アントの延滞率は？'], 1);
  // Paired: one of each in turn, so that other work on the machine weighs on both alike.
  const coldSeeds: number[] = [];
  const coldCombined: number[] = [];
  for (let i = 0; i < runs; i++) {
    coldSeeds.push(...timeAsk(['--json', 'アントの延滞率は？'], 1));
    coldCombined.push(...timeAsk(['--corpus', combined, '--json', 'アントの延滞率は？'], 1));
  }
  console.log(
    `cold "npm run ask": median ${ms(median(coldCombined))} with these documents, ${ms(median(coldSeeds))} with the seeds only (${(median(coldCombined) / median(coldSeeds)).toFixed(2)}×), of ${runs}`,
  );

  // Loading the index as a start does, in a process of its own, and what it holds in memory.
  const loading = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'src', 'eval', 'bench-index-load.ts'), indexDir, String(runs)], { cwd: root, encoding: 'utf8' });
  if (loading.status !== 0) throw new Error(`index load failed: ${loading.stderr}`);
  const load = JSON.parse(loading.stdout) as { first: number; median: number; heldBytes: number };
  console.log(`index load (read, checksum, outlines parsed), in a new process: ${ms(load.first)} the first time, median ${ms(load.median)} of ${runs}; it holds ${(load.heldBytes / MiB).toFixed(1)} MB = ${(load.heldBytes / size).toFixed(2)}× its file`);

  const shiori = await Shiori.open({ corpusDir: combined, indexDir });
  const memory = process.memoryUsage();
  // The swap as the bot does it with the worker's index: opened in steps (questions answered
  // between them), then the new engine made. What counts is how long the thread is held at once.
  const swaps: number[] = [];
  const holds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    started = performance.now();
    Shiori.withIndex(shiori, await openIndexInSteps(latest!.bytes), latest!.figures);
    swaps.push(performance.now() - started);
    // The engine is made after the last step, before the monitor sees the loop again.
    await new Promise((resolve) => setImmediate(resolve));
    delay.disable();
    holds.push(delay.max / 1e6);
  }
  console.log(`swapping a rebuilt index in: median ${ms(median(swaps))} of ${runs} in all, holding the answering thread at most ${ms(median(holds))} at once (median of the runs' longest)`);
  const seedQuestions = await loadQuestions(path.join(EVAL_DIR, 'questions.json'));
  const externalFile = path.join(EVAL_DIR, 'external', `${name}.json`);
  const external = existsSync(externalFile) ? await loadQuestions(externalFile) : [];
  const questions = [...seedQuestions, ...external].map((q) => q.question);
  const ROUNDS = 5;
  const times = warmQuestionTimes(shiori, questions, ROUNDS);
  console.log(
    `warm question (${seedQuestions.length} seed${external.length > 0 ? ` and ${external.length} ${name}` : ''} questions × ${ROUNDS}): p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1)!)}`,
  );

  const withExtra = evaluate(shiori, seedQuestions);
  const seeds = await Shiori.open();
  const seedsOnly = evaluate(seeds, seedQuestions);
  console.log(
    `seed questions (questions.json): first right ${percent(withExtra.first)}, top 3 ${percent(withExtra.top3)} with these documents; ${percent(seedsOnly.first)}, ${percent(seedsOnly.top3)} with the seeds only`,
  );
  // Every question set about the seeds (tuned on or held out), answerable questions only.
  const sets = (await readdir(EVAL_DIR)).filter((file) => file.endsWith('.json')).sort();
  const everySet = (await Promise.all(sets.map((file) => loadQuestions(path.join(EVAL_DIR, file))))).flat().filter(isAnswerable);
  const allWithExtra = evaluate(shiori, everySet);
  const allSeedsOnly = evaluate(seeds, everySet);
  console.log(
    `every seed question set (${everySet.length} answerable questions in ${sets.length} files of tests/eval): first right ${percent(allWithExtra.first)}, top 3 ${percent(allWithExtra.top3)} with these documents; ${percent(allSeedsOnly.first)}, ${percent(allSeedsOnly.top3)} with the seeds only`,
  );
  console.log(
    `memory: heap ${(memory.heapUsed / MiB).toFixed(0)} MB, RSS ${(memory.rss / MiB).toFixed(0)} MB with this engine loaded; peak RSS of this process (builds included) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

async function folderSize(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes / MiB;
}
