/**
 * The index on disk: written atomically, read back with the checks that say whether it can be
 * used (its format, the version of what built it, the corpus it was built from, its checksum).
 * A missing, stale or damaged index is rebuilt by the caller. The layout is index-file.ts's.
 */
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FORMAT, type IndexData } from './build.ts';
import { encodeIndex, openIndex, readHeader, type LoadedIndex } from './index-file.ts';

export const INDEX_FILE = 'shiori-index.bin';
/** Where indexes of format 3 and before were written (whole JSON): one left there is stale. */
const OLD_INDEX_FILE = 'shiori-index.json';

/** Write the index atomically (a half-written file is never read); `index` may come encoded already. */
export async function saveIndex(indexDir: string, index: IndexData | Uint8Array): Promise<string> {
  await mkdir(indexDir, { recursive: true });
  const file = path.join(indexDir, INDEX_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, index instanceof Uint8Array ? index : encodeIndex(index));
  await rename(temporary, file);
  await rm(path.join(indexDir, OLD_INDEX_FILE), { force: true });
  return file;
}

export type LoadResult =
  | ({ status: 'ok' } & LoadedIndex)
  | { status: 'missing' }
  | { status: 'stale'; reason: 'corpus' | 'analyzer' }
  | { status: 'corrupt'; detail: string };

/** Read the index and check it was built from this corpus by this version of the analyzer. */
export async function loadIndex(indexDir: string, expected: { corpusHash: string; version: string }): Promise<LoadResult> {
  let file: Buffer;
  try {
    file = await readFile(path.join(indexDir, INDEX_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'corrupt', detail: (error as Error).message };
    // An index of an older format is stale, not missing.
    const old = await access(path.join(indexDir, OLD_INDEX_FILE)).then(() => true, () => false);
    return old ? { status: 'stale', reason: 'analyzer' } : { status: 'missing' };
  }
  const header = readHeader(file)?.header;
  if (!header) return { status: 'corrupt', detail: 'the index header is not readable' };
  // An index written in another format or by another analyser is stale, whatever its shape.
  if ((header.format !== INDEX_FORMAT || header.version !== expected.version) && typeof header.version === 'string') return { status: 'stale', reason: 'analyzer' };
  if (header.format !== INDEX_FORMAT || header.version !== expected.version) return { status: 'corrupt', detail: 'the index header has no version' };
  if (header.corpusHash !== expected.corpusHash) return { status: 'stale', reason: 'corpus' };
  try {
    return { status: 'ok', ...openIndex(file) };
  } catch (error) {
    return { status: 'corrupt', detail: (error as Error).message };
  }
}
