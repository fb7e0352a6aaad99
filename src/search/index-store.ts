/**
 * The index on disk: written atomically, read back with the checks that say whether it can be
 * used (its format, the version of what built it, the corpus it was built from). A missing,
 * stale or damaged index is rebuilt by the caller.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { INDEX_FORMAT, MINISEARCH_OPTIONS, type IndexData, type IndexedFields } from './build.ts';

export const INDEX_FILE = 'shiori-index.json';

/**
 * The index's outline. Checking every stored term with zod would cost more than the rest of the
 * load; the version and MiniSearch's own loader catch the rest of a damaged file.
 */
const indexShape = z.object({
  format: z.number(),
  version: z.string(),
  corpusHash: z.string(),
  builtAt: z.string(),
  documents: z.array(z.object({ id: z.string(), title: z.string() }).loose()),
  passages: z.array(z.object({ id: z.string(), doc: z.string(), text: z.string(), units: z.array(z.unknown()), terms: z.array(z.unknown()) }).loose()).min(1),
  titles: z.record(z.string(), z.array(z.string())),
  aliasGroups: z.array(z.array(z.string())),
  synonyms: z.array(z.array(z.string())),
  readings: z.record(z.string(), z.array(z.string())),
  miniSearch: z.object({}).loose(),
});

/** Write the index atomically (a half-written file is never read). */
export async function saveIndex(indexDir: string, data: IndexData): Promise<string> {
  await mkdir(indexDir, { recursive: true });
  const file = path.join(indexDir, INDEX_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(data));
  await rename(temporary, file);
  return file;
}

export type LoadResult =
  | { status: 'ok'; data: IndexData; miniSearch: MiniSearch<IndexedFields> }
  | { status: 'missing' }
  | { status: 'stale'; reason: 'corpus' | 'analyzer' }
  | { status: 'corrupt'; detail: string };

/** Read the index and check it was built from this corpus by this version of the analyzer. */
export async function loadIndex(indexDir: string, expected: { corpusHash: string; version: string }): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path.join(indexDir, INDEX_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', detail: (error as Error).message };
  }
  let data: IndexData;
  try {
    const raw = JSON.parse(text) as { format?: unknown; version?: unknown } | null;
    // An index written in another format or by another analyser is stale, whatever its shape.
    if (raw && typeof raw === 'object' && (raw.format !== INDEX_FORMAT || raw.version !== expected.version) && typeof raw.version === 'string') {
      return { status: 'stale', reason: 'analyzer' };
    }
    const parsed = indexShape.safeParse(raw);
    if (!parsed.success) return { status: 'corrupt', detail: parsed.error.issues[0]?.message ?? 'unexpected shape' };
    data = parsed.data as unknown as IndexData;
  } catch (error) {
    return { status: 'corrupt', detail: (error as Error).message };
  }
  if (data.format !== INDEX_FORMAT || data.version !== expected.version) return { status: 'stale', reason: 'analyzer' };
  if (data.corpusHash !== expected.corpusHash) return { status: 'stale', reason: 'corpus' };
  try {
    return { status: 'ok', data, miniSearch: loadMiniSearch(data) };
  } catch (error) {
    return { status: 'corrupt', detail: (error as Error).message };
  }
}

export function loadMiniSearch(data: IndexData): MiniSearch<IndexedFields> {
  return MiniSearch.loadJS<IndexedFields>(data.miniSearch as never, MINISEARCH_OPTIONS);
}
