/**
 * `npm run eval [-- --verbose] [--corpus NAME] [FILE…]`: how often the first answer is right, the
 * top three hold it, the first quote itself holds it, how many right answers are presented as
 * confident and how many questions the documents do not answer are flagged, beside plain character
 * bigrams over the same passages. By default over every question set of tests/eval/ (the seeds);
 * `--corpus debian-reference-ja` or `--corpus manpages-ja` evaluates on a corpus outside corpus/
 * (fetched from Debian's packages with apt the first time) with its set in tests/eval/external/.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Shiori } from '../answer/engine.ts';
import { evaluateBigramBaseline } from '../eval/baseline.ts';
import { evaluate, isAnswerable, loadQuestions, type EvalSummary } from '../eval/evaluate.ts';
import { EXTERNAL_CORPORA, externalCorpusDir, prepareExternalCorpus, type ExternalCorpusName } from '../eval/external-corpora.ts';
import { EVAL_DIR } from '../core/paths.ts';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, corpus: { type: 'string' } },
  allowPositionals: true,
});

let corpusDir: string | undefined;
let indexDir: string | undefined;
let files = positionals;
if (values.corpus !== undefined) {
  if (!(EXTERNAL_CORPORA as readonly string[]).includes(values.corpus)) {
    console.error(`unknown corpus ${values.corpus}: one of ${EXTERNAL_CORPORA.join(', ')}`);
    process.exit(2);
  }
  const name = values.corpus as ExternalCorpusName;
  corpusDir = await prepareExternalCorpus(name);
  indexDir = path.join(externalCorpusDir(name), 'index');
  if (files.length === 0) files = [path.join(EVAL_DIR, 'external', `${name}.json`)];
} else if (files.length === 0) {
  files = (await readdir(EVAL_DIR)).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(EVAL_DIR, n));
}

const shiori = await Shiori.open({ corpusDir, indexDir, onRebuild: (reason) => console.error(`index: rebuilding (${reason})`) });
const passages = shiori.documents().flatMap((d) => shiori.passages(d.id));
const percent = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)} %`);
const rows: string[] = [];
for (const file of files) await report(file);
console.log(`\n| set | questions | first right | top 3 | quote holds | right & confident | unanswerable flagged | bigrams: first / top 3 |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const row of rows) console.log(row);

async function report(file: string): Promise<void> {
  const questions = await loadQuestions(file);
  const summary: EvalSummary = evaluate(shiori, questions);
  const baseline = evaluateBigramBaseline(passages, questions);

  for (const r of summary.results) {
    const q = r.question;
    if (isAnswerable(q)) {
      if (r.rank === 1 && r.quoteHolds && r.confident && !values.verbose) continue;
      const status = r.rank === 1 ? (r.quoteHolds ? (r.confident ? 'right' : 'right, unsure') : 'quote misses') : r.rank > 0 ? `rank ${r.rank}` : 'not in top 3';
      console.log(`✗ ${q.id} [${q.type}/${q.lang}] ${status}: ${q.question}  (expect ${q.expect.join(' + ')} in ${q.doc})`);
    } else {
      if (!r.confident && !values.verbose) continue;
      console.log(`✗ ${q.id} [${q.type}/${q.lang}] ${r.confident ? 'answered confidently' : 'flagged'}: ${q.question}  (unanswerable: ${q.why ?? ''})`);
    }
    for (const hit of r.top) console.log(`    ${hit.id}: ${hit.quote.replace(/\n/g, ' / ').slice(0, 140)}`);
  }
  const byType = new Map<string, { n: number; good: number }>();
  for (const r of summary.results) {
    const entry = byType.get(r.question.type) ?? { n: 0, good: 0 };
    entry.n++;
    if (isAnswerable(r.question) ? r.rank === 1 : !r.confident) entry.good++;
    byType.set(r.question.type, entry);
  }
  const name = path.relative(process.cwd(), file);
  console.log(`\nquestions: ${summary.total} answerable, ${summary.unanswerable} not answered by the documents (${name})`);
  if (summary.total > 0) {
    console.log(`first answer right: ${percent(summary.first)}   (character bigrams: ${percent(baseline.first)})`);
    console.log(`right answer in top 3: ${percent(summary.top3)}   (character bigrams: ${percent(baseline.top3)})`);
    console.log(`first quote holds the answer: ${percent(summary.quote)}`);
    console.log(`right first answers presented as confident: ${percent(summary.rightConfident)}`);
    console.log(`mean quote length: ${summary.meanQuoteChars.toFixed(0)} characters`);
  }
  if (summary.unanswerable > 0) console.log(`unanswerable questions flagged as not confident: ${percent(summary.flagged)}`);
  console.log(`good by type (right first, or flagged): ${[...byType].map(([type, e]) => `${type} ${e.good}/${e.n}`).join(', ')}`);
  rows.push(
    `| ${path.basename(file)} | ${summary.total + summary.unanswerable} | ${percent(summary.first)} | ${percent(summary.top3)} | ${percent(summary.quote)} | ${percent(summary.rightConfident)} | ${percent(summary.flagged)} | ${percent(baseline.first)} / ${percent(baseline.top3)} |`,
  );
}
