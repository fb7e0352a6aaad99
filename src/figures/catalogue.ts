/**
 * Reading `corpus/figures.yaml`: YAML, then the zod schema, then (with the documents) the checks of
 * `verify.ts`. Errors name the figure, never only an index into the file. A corpus without a
 * catalogue has no figures.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CATALOGUE_FILE, DEFAULT_CORPUS_DIR } from '../core/paths.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import { loadCorpus, type Corpus } from '../corpus/load.ts';
import { catalogueSchema, type Figure } from './schema.ts';
import { CatalogueError, verifyCatalogue } from './verify.ts';

/** Parse and validate catalogue text (no document checks). */
export function parseCatalogue(yamlText: string): Figure[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new CatalogueError([`${CATALOGUE_FILE} is not valid YAML: ${(error as Error).message}`]);
  }
  const result = catalogueSchema.safeParse(data);
  if (result.success) return result.data;
  throw new CatalogueError(
    result.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const entry = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown } | undefined) : undefined;
      const name = typeof entry?.id === 'string' ? entry.id : `figure #${String(index ?? '?')}`;
      return `${name}: ${rest.length > 0 ? `${rest.join('.')}: ` : ''}${issue.message}`;
    }),
  );
}

export async function readCatalogue(corpusDir = DEFAULT_CORPUS_DIR): Promise<Figure[]> {
  return parseCatalogue(await readFile(join(corpusDir, CATALOGUE_FILE), 'utf8'));
}

/**
 * The catalogue, validated and checked against the documents and their passages; empty when the
 * corpus has none. Pass the documents and passages when they are loaded already (the index build
 * and the engine have them) so the corpus is not split twice.
 */
export async function loadCheckedCatalogue(corpusDir = DEFAULT_CORPUS_DIR, corpus?: Pick<Corpus, 'documents' | 'passages'>): Promise<Figure[]> {
  if (!existsSync(join(corpusDir, CATALOGUE_FILE))) return [];
  const figures = await readCatalogue(corpusDir);
  const { documents, passages } = corpus ?? (await loadCorpus(corpusDir));
  // Only the documents the figures cite are read: a corpus of 500 files has figures from a few.
  const cited = new Set(figures.map((figure) => figure.source.doc));
  const documentTexts = new Map<string, string>();
  for (const document of documents) if (cited.has(document.id)) documentTexts.set(document.id, await readFile(join(corpusDir, document.file), 'utf8'));
  verifyCatalogue(figures, { documentTexts, passages });
  return figures;
}

/**
 * The checked catalogue kept in `cacheFile` for the corpus state `corpusKey` (the index's corpus
 * hash, which covers the documents and the catalogue): a start from a current index reads that
 * JSON instead of parsing the YAML and reading every document again to check it. Checked and
 * written again when the corpus changed or the file cannot be read.
 */
export async function loadCheckedCatalogueCached(
  corpusDir: string,
  corpus: Pick<Corpus, 'documents' | 'passages'>,
  cache: { file: string; corpusKey: string },
): Promise<Figure[]> {
  try {
    const kept = JSON.parse(await readFile(cache.file, 'utf8')) as { corpusKey?: unknown; figures?: unknown };
    if (kept.corpusKey === cache.corpusKey && Array.isArray(kept.figures)) return kept.figures as Figure[];
  } catch {
    // No copy yet, or a damaged one: check the catalogue as usual.
  }
  const figures = await loadCheckedCatalogue(corpusDir, corpus);
  const temporary = `${cache.file}.${process.pid}.tmp`;
  // Only a cache: a folder that cannot be written costs the check at the next start, nothing more.
  await writeFile(temporary, JSON.stringify({ corpusKey: cache.corpusKey, figures }))
    .then(() => rename(temporary, cache.file))
    .catch(() => rm(temporary, { force: true }).catch(() => undefined));
  return figures;
}

/** The catalogue with the documents and passages it cites, for tools that need no search (npm run metric). */
export interface CatalogueWithDocuments {
  figures: Figure[];
  documents: DocumentMeta[];
  passages: Passage[];
}

export async function openCatalogue(corpusDir = DEFAULT_CORPUS_DIR): Promise<CatalogueWithDocuments> {
  const corpus = await loadCorpus(corpusDir);
  return { figures: await loadCheckedCatalogue(corpusDir, corpus), documents: corpus.documents, passages: corpus.passages };
}
