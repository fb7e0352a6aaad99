/**
 * `npm run quiz`: one quiz in the terminal (type A–D, see the right answer with its source), or
 * with `--json` the items as a JSON array, the same for the same `--seed`:
 * `[{"id","kind","question","choices","answer","source":{"doc","passage","location","quote"}}]`.
 * Exit codes: 0 done, 2 a mistake in the options, 1 the documents could not be loaded.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Shiori } from '../answer/engine.ts';
import { formatCitation, formatLocation } from '../core/citation.ts';
import { fill, joinList, t } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import { itemBankFor } from '../study/bank.ts';
import { CHOICE_LETTERS, type QuizItem } from '../study/items.ts';
import { freshSeed } from '../study/random.ts';
import { QUIZ_COUNT_DEFAULT, QUIZ_COUNT_MAX, QUIZ_COUNT_MIN, selectQuiz } from '../study/select.ts';
import { studyText } from '../study/text.ts';
import { endQuietlyOnBrokenPipe } from './broken-pipe.ts';
import { cliText, rebuildReasons, studyCliText } from './text.ts';

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;
/** `--json` may print the whole bank; playing asks at most QUIZ_COUNT_MAX. */
const JSON_COUNT_MAX = 10_000;

/** An item as `--json` prints it: plain text, the place as a person reads it. */
export function itemToJson(item: QuizItem) {
  return {
    id: item.id,
    kind: item.kind,
    question: item.question,
    choices: item.choices,
    answer: item.answer,
    source: { doc: item.source.doc, passage: item.source.passage, location: formatLocation(item.source.location, 'ja'), quote: item.source.quote },
  };
}

/** A, ａ, Ａ, 1 → 0; undefined for anything else. */
function choiceOf(typed: string): number | undefined {
  const text = typed.normalize('NFKC').trim().toUpperCase();
  const letter = CHOICE_LETTERS.indexOf(text as (typeof CHOICE_LETTERS)[number]);
  if (letter !== -1) return letter;
  return /^[1-4]$/.test(text) ? Number(text) - 1 : undefined;
}

async function play(shiori: Shiori, items: QuizItem[], language: Language): Promise<void> {
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY ?? false, crlfDelay: Infinity });
  const input = lines[Symbol.asyncIterator]();
  const ask = async (): Promise<string | undefined> => {
    process.stdout.write(t(studyCliText.prompt, language));
    const next = await input.next();
    return next.done ? undefined : next.value;
  };
  let correct = 0;
  let asked = 0;
  try {
    for (const [index, item] of items.entries()) {
      console.log(`\n${fill(t(studyCliText.questionHeader, language), { number: index + 1, count: items.length })}\n${item.question}\n`);
      item.choices.forEach((choice, choiceIndex) => console.log(`  ${CHOICE_LETTERS[choiceIndex]}. ${choice}`));
      let choice: number | undefined;
      for (;;) {
        const typed = await ask();
        if (typed === undefined || /^q(uit)?$/i.test(typed.trim())) return;
        choice = choiceOf(typed);
        if (choice !== undefined) break;
        console.log(t(studyCliText.notAChoice, language));
      }
      asked += 1;
      const right = choice === item.answer;
      if (right) correct += 1;
      const verdict = right ? studyText.yourAnswerRight : studyText.yourAnswerWrong;
      console.log(`\n${right ? '○' : '×'} ${fill(t(verdict, language), { letter: CHOICE_LETTERS[choice]!, choice: item.choices[choice]! })}`);
      if (!right) console.log(fill(t(studyText.rightAnswer, language), { letter: CHOICE_LETTERS[item.answer]!, choice: item.choices[item.answer]! }));
      const document = shiori.document(item.source.doc);
      console.log(`  「${item.source.quote}」\n    — ${document ? formatCitation(document, item.source.location, language) : item.source.doc}`);
    }
  } finally {
    lines.close();
    if (asked > 0) console.log(`\n${fill(t(studyCliText.final, language), { correct, count: asked })}`);
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { json: { type: 'boolean' }, count: { type: 'string' }, document: { type: 'string' }, seed: { type: 'string' }, en: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(fill(t(cliText.badOption, 'ja'), { detail: (error as Error).message }));
    console.error(t(studyCliText.quizUsage, 'ja'));
    return EXIT_USAGE;
  }
  const { values } = parsed;
  const language: Language = values.en ? 'en' : 'ja';
  if (values.help) {
    console.log(t(studyCliText.quizUsage, language));
    return 0;
  }
  const countMax = values.json ? JSON_COUNT_MAX : QUIZ_COUNT_MAX;
  const count = values.count === undefined ? QUIZ_COUNT_DEFAULT : Number(values.count);
  if (!Number.isInteger(count) || count < QUIZ_COUNT_MIN || count > countMax) {
    console.error(fill(t(studyCliText.badCount, language), { min: QUIZ_COUNT_MIN, max: countMax }));
    return EXIT_USAGE;
  }
  const seed = values.seed === undefined ? freshSeed() : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    console.error(t(studyCliText.badSeed, language));
    return EXIT_USAGE;
  }

  let shiori: Shiori;
  try {
    shiori = await Shiori.open({ onRebuild: (reason) => console.error(fill(t(cliText.rebuilding, language), { reason: t(rebuildReasons[reason], language) })) });
  } catch (error) {
    console.error(fill(t(cliText.failed, language), { detail: (error as Error).message }));
    return EXIT_FAILURE;
  }
  if (values.document !== undefined && !shiori.document(values.document)) {
    console.error(fill(t(studyCliText.unknownDocument, language), { document: values.document, documents: joinList(shiori.documents().map((document) => document.id), language) }));
    return EXIT_USAGE;
  }
  const bank = await itemBankFor(shiori);
  const items = selectQuiz(bank.items, { count, document: values.document, seed });
  if (values.seed === undefined) console.error(fill(t(studyCliText.seed, language), { seed }));
  if (values.json) {
    console.log(JSON.stringify(items.map(itemToJson)));
    return 0;
  }
  if (items.length === 0) {
    console.error(t(studyCliText.noItems, language));
    return EXIT_USAGE;
  }
  await play(shiori, items, language);
  return 0;
}

endQuietlyOnBrokenPipe();
process.exitCode = await main();
