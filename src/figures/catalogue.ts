/**
 * Reading `corpus/figures.yaml`: YAML, then the zod schema, then (with the documents) the checks of
 * `verify.ts`. Errors name the figure, never only an index into the file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadCorpus, type Corpus } from '../corpus/load.ts';
import type { DocumentMeta, Passage } from '../corpus/types.ts';
import { catalogueSchema, type Figure } from './schema.ts';
import { CatalogueError, verifyCatalogue } from './verify.ts';

export const defaultCorpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const catalogueFileName = 'figures.yaml';

/** Parse and validate catalogue text (no document checks). */
export function parseCatalogue(yamlText: string): Figure[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new CatalogueError([`${catalogueFileName} is not valid YAML: ${(error as Error).message}`]);
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

export async function readCatalogue(corpusDir = defaultCorpusDir): Promise<Figure[]> {
  return parseCatalogue(await readFile(join(corpusDir, catalogueFileName), 'utf8'));
}

/**
 * The catalogue, validated and checked against the documents and their passages. Pass the corpus
 * when it is already loaded (the index build has it) so it is not read twice.
 */
export async function loadCheckedCatalogue(
  corpusDir = defaultCorpusDir,
  corpus?: Pick<Corpus, 'documents' | 'passages'>,
): Promise<Figure[]> {
  const figures = await readCatalogue(corpusDir);
  const { documents, passages } = corpus ?? (await loadCorpus(corpusDir));
  const documentTexts = new Map<string, string>();
  for (const document of documents) documentTexts.set(document.id, await readFile(join(corpusDir, document.file), 'utf8'));
  verifyCatalogue(figures, { documentTexts, passages });
  return figures;
}

/** What a loaded answering engine can tell about the corpus: its documents and their passages. */
export interface LoadedDocuments {
  documents(): DocumentMeta[];
  passages(docId: string): Passage[];
}

/** The catalogue checked against the passages an engine has already loaded (the bot at start). */
export function loadCatalogueFor(loaded: LoadedDocuments, corpusDir = defaultCorpusDir): Promise<Figure[]> {
  const documents = loaded.documents();
  return loadCheckedCatalogue(corpusDir, { documents, passages: documents.flatMap((document) => loaded.passages(document.id)) });
}
