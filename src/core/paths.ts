/**
 * The project's folders, defined once. Everything that reads or writes a default location asks
 * here, so running from another working directory (or from a compiled build) finds the same files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds package.json, corpus/ and index/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
export const DEFAULT_INDEX_DIR = path.join(PROJECT_ROOT, 'index');
export const EVAL_DIR = path.join(PROJECT_ROOT, 'tests', 'eval');

/** Files of a corpus folder: documents, their metadata sidecars, alias files, the figure catalogue. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
export const META_SUFFIX = '.meta.yaml';
/** `aliases.yaml` and any `aliases-*.yaml` (an English glossary, say). */
export const ALIAS_FILE_PATTERN = /^aliases(?:-[\w-]+)?\.ya?ml$/;
export const CATALOGUE_FILE = 'figures.yaml';
