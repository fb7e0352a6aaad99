/**
 * `npm run ask -- "質問"`: answer one question in the terminal.
 * `npm run ask -- --json "質問"`: one JSON object; `--json` without a question reads questions
 * from standard input, one per line, and prints one JSON object per line, in order.
 * `--document ID` answers from that document only.
 * Exit codes: 0 answered, 2 a mistake in the question or the options, 1 the index could not load.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Shiori } from '../answer/engine.ts';
import type { AskOutcome } from '../answer/types.ts';
import { formatLocation } from '../core/citation.ts';
import { detectLanguage, fill, joinList, t } from '../core/i18n.ts';
import { indexDirFor } from '../core/paths.ts';
import { endQuietlyOnBrokenPipe } from './broken-pipe.ts';
import { boundedLines } from './lines.ts';
import { ANSI_MARK, PLAIN_MARK, formatAnswerForTerminal } from './terminal.ts';
import { cliText, rebuildReasons } from './text.ts';

const EXIT_USAGE = 2;
/** Characters of an input line kept: far more than a question may have, few enough to clean at once. */
const LINE_KEEP_CHARS = 4000;
const EXIT_FAILURE = 1;

/** The `--json` shape: plain text, no markup, best first. */
export function outcomeToJson(outcome: AskOutcome): object {
  if (!outcome.ok) return { question: outcome.question, error: { code: outcome.problem, message: outcome.message }, results: [] };
  const { answer } = outcome;
  return {
    question: answer.question,
    confident: answer.confident,
    ...(answer.unsure && { reason: answer.unsure }),
    results: answer.hits.map((hit) => ({
      id: hit.passage.id,
      doc: hit.document.id,
      title: hit.document.title,
      location: formatLocation(hit.passage.location, answer.language),
      quote: hit.quote,
      text: hit.passage.text,
      score: hit.score,
      ...(hit.alsoIn ? { alsoIn: hit.alsoIn.map((document) => document.id) } : {}),
    })),
    figures: answer.figures.map((figure) => figure.id),
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, corpus: { type: 'string' }, document: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(fill(t(cliText.badOption, 'ja'), { detail: (error as Error).message }));
    console.error(t(cliText.askUsage, 'ja'));
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const question = positionals.join(' ');
  const language = detectLanguage(question);
  if (values.help) {
    console.log(t(cliText.askUsage, language));
    return 0;
  }
  const limit = values.limit === undefined ? 3 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10) {
    console.error(t(cliText.badLimit, language));
    return EXIT_USAGE;
  }
  if (!values.json && positionals.length === 0) {
    console.error(t(cliText.askUsage, language));
    return EXIT_USAGE;
  }

  // A mistake in the question is told at once, without waiting for the dictionary to load.
  if (positionals.length > 0) {
    const problem = Shiori.check(question);
    if (problem) {
      if (values.json) console.log(JSON.stringify(outcomeToJson(problem)));
      else console.error(problem.message);
      return EXIT_USAGE;
    }
  }

  let shiori: Shiori;
  try {
    shiori = await Shiori.open({
      ...(values.corpus !== undefined ? { corpusDir: path.resolve(values.corpus), indexDir: indexDirFor(values.corpus) } : {}),
      onRebuild: (reason) => console.error(fill(t(cliText.rebuilding, language), { reason: t(rebuildReasons[reason], language) })),
      onProblem: (problem) => console.error(fill(t(cliText.corpusProblem, language), { file: problem.file, message: t(problem.message, language) })),
    });
  } catch (error) {
    console.error(fill(t(cliText.failed, language), { detail: (error as Error).message }));
    return EXIT_FAILURE;
  }

  const document = values.document;
  if (document !== undefined && !shiori.document(document)) {
    const ids = shiori.documents().map((d) => d.id);
    console.error(fill(t(cliText.unknownDocument, language), { document, ids: joinList(ids, language) }));
    return EXIT_USAGE;
  }
  const askOptions = { limit, ...(document !== undefined && { document }) };

  if (values.json && positionals.length === 0) {
    // One question per line from standard input, one JSON object per line, in order.
    // Bounded: a line far over the limit is read in constant memory and answered as too long.
    for await (const line of boundedLines(process.stdin, LINE_KEEP_CHARS)) {
      const outcome = line.length > LINE_KEEP_CHARS ? Shiori.tooLong(line.text, line.length) : shiori.ask(line.text, askOptions);
      process.stdout.write(`${JSON.stringify(outcomeToJson(outcome))}\n`);
    }
    return 0;
  }

  const outcome = shiori.ask(question, askOptions);
  if (values.json) {
    console.log(JSON.stringify(outcomeToJson(outcome)));
    return outcome.ok ? 0 : EXIT_USAGE;
  }
  if (!outcome.ok) {
    console.error(outcome.message);
    return EXIT_USAGE;
  }
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  console.log(formatAnswerForTerminal(outcome.answer, colour ? ANSI_MARK : PLAIN_MARK));
  return 0;
}

endQuietlyOnBrokenPipe();
process.exitCode = await main();
