/**
 * `npm run eval [-- --verbose] [FILE…]`: how often the first answer is right, the top three hold
 * it, and the first quote itself holds it. By default over every question set: the one the
 * ranking was tuned on (tests/eval/questions.json) and three written later without looking at
 * Shiori's answers (tests/eval/holdout*.json).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, Shiori } from '../answer/engine.ts';
import { evaluate, loadQuestions } from '../eval/evaluate.ts';

const { values, positionals } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' } }, allowPositionals: true });
const evalDir = path.join(DEFAULT_CORPUS_DIR, '..', 'tests', 'eval');
const files = positionals.length > 0 ? positionals : ['questions.json', 'holdout.json', 'holdout-2.json', 'holdout-3.json'].map((name) => path.join(evalDir, name));
const shiori = await Shiori.open({ onRebuild: (reason) => console.error(`index: rebuilding (${reason})`) });
for (const file of files) await report(file);

async function report(file: string): Promise<void> {
  const questions = await loadQuestions(file);
  const summary = evaluate(shiori, questions);

  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const r of summary.results) {
    if (r.rank === 1 && r.quoteHolds && !values.verbose) continue;
    const status = r.rank === 1 ? 'quote misses' : r.rank > 0 ? `rank ${r.rank}` : 'not in top 3';
    console.log(`✗ ${r.question.id} [${r.question.type}/${r.question.lang}] ${status}: ${r.question.question}  (expect ${r.question.expect.join(' + ')} in ${r.question.doc})`);
    for (const hit of r.top) console.log(`    ${hit.id}: ${hit.quote.replace(/\n/g, ' / ').slice(0, 140)}`);
  }
  const byType = new Map<string, { n: number; first: number }>();
  for (const r of summary.results) {
    const entry = byType.get(r.question.type) ?? { n: 0, first: 0 };
    entry.n++;
    if (r.rank === 1) entry.first++;
    byType.set(r.question.type, entry);
  }
  console.log(`\nquestions: ${summary.total} (${path.relative(process.cwd(), file)})`);
  console.log(`first answer right: ${percent(summary.first)}`);
  console.log(`right answer in top 3: ${percent(summary.top3)}`);
  console.log(`first quote holds the answer: ${percent(summary.quote)}`);
  console.log(`mean quote length: ${summary.meanQuoteChars.toFixed(0)} characters`);
  console.log(`first right by type: ${[...byType].map(([type, e]) => `${type} ${e.first}/${e.n}`).join(', ')}`);
}
