/**
 * The project's folders, defined once. Everything that reads or writes a default location asks
 * here, so running from another working directory (or from a compiled build) finds the same files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds package.json, corpus/ and index/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
export const DEFAULT_INDEX_DIR = path.join(PROJECT_ROOT, 'index');
export const EVAL_DIR = path.join(PROJECT_ROOT, 'tests', 'eval');

/**
 * Where the index of a corpus folder lives: `index/` for `corpus/`, and for another folder
 * (`npm run ask -- --corpus DIR`) a folder of its own under `index/corpora/`, named after it, so
 * that nothing is written into the documents' folder and two corpora never share an index.
 */
export function indexDirFor(corpusDir: string): string {
  const absolute = path.resolve(corpusDir);
  if (absolute === DEFAULT_CORPUS_DIR) return DEFAULT_INDEX_DIR;
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 8);
  return path.join(DEFAULT_INDEX_DIR, 'corpora', `${path.basename(absolute).replace(/[^\w.-]+/g, '-')}-${hash}`);
}

/** Files of a corpus folder: documents, their metadata sidecars, alias files, the figure catalogue. */
/** Files read as documents (what they hold is then found from their content). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.pdf', '.html', '.htm', '.xhtml'];
export const META_SUFFIX = '.meta.yaml';
/** `aliases.yaml` and any `aliases-*.yaml` (an English glossary, say). */
export const ALIAS_FILE_PATTERN = /^aliases(?:-[\w-]+)?\.ya?ml$/;
export const CATALOGUE_FILE = 'figures.yaml';
