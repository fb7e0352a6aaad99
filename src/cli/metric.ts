/**
 * `npm run metric -- <id or name>`: one figure of the catalogue as a table, `--chart FILE` also
 * writes its chart as a PNG. `--json` prints the whole catalogue, `--list` its ids and titles.
 * A name that fits no figure gets the closest figures and the documents' related numbers.
 * Exit codes: 0 done, 2 a mistake in the name or the options, 1 the catalogue or corpus failed.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Language } from '../core/types.ts';
import { figureCard } from '../figures/card.ts';
import { openCatalogue, type CatalogueWithDocuments } from '../figures/catalogue.ts';
import { renderFigureChart } from '../figures/chart/render.ts';
import { figureToJson } from '../figures/json.ts';
import { resolveFigure } from '../figures/lookup.ts';
import { findNumbers } from '../figures/number-search.ts';
import type { Figure } from '../figures/schema.ts';
import { formatFigureCardText } from '../figures/terminal.ts';
import { figureText } from '../figures/text.ts';
import { metricText } from './text.ts';
import { detectLanguage, fill, joinList, t, withNote } from '../core/i18n.ts';
import { formatLocation } from '../core/citation.ts';
import { endQuietlyOnBrokenPipe } from './broken-pipe.ts';

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;
/** Related numbers shown under "no such figure": enough to point the way, few enough to read. */
const RELATED_NUMBERS = 5;

function nameList(figures: readonly Figure[], language: Language): string {
  return joinList(figures.map((figure) => withNote(figure.title[language], figure.id, language)), language);
}

/** What to say when a name is not one figure: the candidates, the closest ones, related numbers. */
function explainMiss(query: string, corpus: CatalogueWithDocuments, figures: readonly Figure[], language: Language): string {
  const resolution = resolveFigure(figures, query);
  if (resolution.kind === 'ambiguous') {
    return fill(t(figureText.ambiguousFigure, language), { query, candidates: nameList(resolution.candidates, language) });
  }
  const suggestions = resolution.kind === 'unknown' ? resolution.suggestions : [];
  const lines = [
    suggestions.length > 0
      ? fill(t(figureText.unknownFigure, language), { query, suggestions: nameList(suggestions, language) })
      : fill(t(figureText.unknownFigureNoSuggestion, language), { query, listHint: 'npm run metric -- --list' }),
  ];
  const numbers = findNumbers(corpus.passages, query, RELATED_NUMBERS);
  if (numbers.length > 0) {
    lines.push(t(metricText.numbersInDocuments, language));
    for (const number of numbers) lines.push(`  ${number.text}  ${number.context}  — ${number.passage.doc} ${formatLocation(number.passage.location, language)}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        json: { type: 'boolean' },
        list: { type: 'boolean' },
        chart: { type: 'string' },
        en: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error((error as Error).message);
    console.error(t(metricText.usage, 'ja'));
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const query = positionals.join(' ').trim();
  // A figure id (ant-revenue-mix) is not English; Japanese comes first unless asked for English.
  const isId = /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(query ?? '');
  const language: Language = values.en ? 'en' : query && !isId ? detectLanguage(query) : 'ja';
  if (values.help || (!values.json && !values.list && query === '')) {
    console.error(t(metricText.usage, language));
    return values.help ? 0 : EXIT_USAGE;
  }

  let corpus: CatalogueWithDocuments;
  try {
    corpus = await openCatalogue();
  } catch (error) {
    console.error((error as Error).message);
    return EXIT_FAILURE;
  }
  const { figures } = corpus;
  const documentOf = (figure: Figure) => corpus.documents.find((document) => document.id === figure.source.doc);

  if (values.json) {
    console.log(JSON.stringify(figures.map((figure) => figureToJson(figure, documentOf(figure))), null, 2));
    return 0;
  }
  if (values.list) {
    for (const figure of figures) console.log(`${figure.id}\t${figure.kind}\t${figure.title[language]}`);
    return 0;
  }
  const resolution = resolveFigure(figures, query);
  if (resolution.kind !== 'found') {
    console.error(explainMiss(query, corpus, figures, language));
    return EXIT_USAGE;
  }
  const { figure } = resolution;
  console.log(formatFigureCardText(figureCard(figure, documentOf(figure), language)));
  if (values.chart) {
    const { png } = await renderFigureChart(figure, documentOf(figure), language);
    await writeFile(values.chart, png);
    console.error(fill(t(metricText.chartWritten, language), { file: values.chart }));
  }
  return 0;
}

endQuietlyOnBrokenPipe();
process.exitCode = await main();
