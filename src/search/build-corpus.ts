/**
 * Building the index of a corpus folder, incrementally: each document file is read and analysed
 * only when it changed (search/document-cache.ts keeps what each gave, keyed by its content and
 * the index version); then what depends on the whole corpus is assembled from the documents
 * (build.ts: identical passages folded, MiniSearch's posting lists, synonyms, readings).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Analyzer } from '../analysis/analyzer.ts';
import { forEachDocumentFile, readCorpusFiles, readDocument, sidecarNames, type CorpusFiles, type CorpusProblem, type ReadFiles } from '../corpus/load.ts';
import type { PassageOptions } from '../corpus/passages.ts';
import { assembleIndex, indexVersion, vocabularyOf, type AnalysedDocument, type IndexData, type ReadingMemo } from './build.ts';
import { DOCUMENT_CACHE_DIR, DocumentCache, documentKey, type CachedDocument } from './document-cache.ts';
import { analyseDocuments, type DocumentToAnalyse, type ParallelOptions } from './parallel-analysis.ts';
import { SynonymCache } from './synonym-cache.ts';

/** What builds share from one build to the next: kept by a process that builds again (the bot's rebuild worker). */
export interface BuildCaches {
  documents: DocumentCache;
  /** The corpus files' bytes, read again only when a file changed (in memory). */
  files?: ReadFiles;
  synonyms: SynonymCache;
  readings: ReadingMemo;
}

/** Caches kept in an index folder (`cache/` inside it); without a folder, in memory only. */
export function buildCaches(indexDir?: string): BuildCaches {
  return {
    documents: new DocumentCache(indexDir && path.join(indexDir, DOCUMENT_CACHE_DIR)),
    files: new Map(),
    synonyms: new SynonymCache(indexDir && path.join(indexDir, 'cache')),
    readings: new Map(),
  };
}

export interface CorpusBuild {
  data: IndexData;
  /** Every file skipped or read in part, with why. */
  problems: CorpusProblem[];
  /** Files read and analysed in this build (new or changed); the others came from the cache. */
  analysed: string[];
  /** Milliseconds: reading and analysing the documents that changed, and assembling the index. */
  timings: { documents: number; assemble: number };
}

/** The bytes hashing the corpus read and kept for the build, at most this much: a corpus of large PDFs is read twice rather than held in memory. */
const KEEP_BYTES = 64 * 1024 * 1024;

/** A document's metadata files, as the hash saw them: kept bytes, else read; absent when the folder did not list them. */
async function readSidecars(corpusDir: string, files: CorpusFiles, name: string, id: string): Promise<Array<[string, Uint8Array | undefined]>> {
  return Promise.all(
    sidecarNames(name, id).map(async (sidecar): Promise<[string, Uint8Array | undefined]> => {
      if (!files.names.has(sidecar)) return [sidecar, undefined];
      const kept = files.bytes.get(sidecar);
      if (kept) return [sidecar, kept];
      try {
        return [sidecar, await readFile(path.join(corpusDir, sidecar))];
      } catch {
        return [sidecar, undefined];
      }
    }),
  );
}

/**
 * Build the index of `corpusDir`, reading and analysing only documents the cache does not hold.
 * Documents are read in order, then those read analysed together: on several threads when they
 * are many (see parallel-analysis.ts; `parallel` tunes when). Throws when no document can be used.
 */
export async function buildCorpusIndex(
  corpusDir: string,
  analyzer: Analyzer,
  options: PassageOptions,
  caches: BuildCaches,
  onProgress?: (done: number, total: number) => void,
  parallel?: ParallelOptions,
): Promise<CorpusBuild> {
  const started = performance.now();
  // Hashed before reading: a file that changes while the build runs makes the index stale, not wrong.
  // What the hash read is kept for the documents, so that each file is read once.
  const files = await readCorpusFiles(corpusDir, KEEP_BYTES, caches.files);
  const corpusHash = files.hash;
  const version = indexVersion(options);
  const aliasGroups = analyzer.aliases.groups.map((group) => group.spellings);
  /** The documents in order: analysed (from the cache), or the index of the one read to analyse. */
  const slots: Array<AnalysedDocument | number> = [];
  const toAnalyse: Array<DocumentToAnalyse & { key: string; entry: CachedDocument }> = [];
  const problems: CorpusProblem[] = [];
  const analysed: string[] = [];
  const used = new Set<string>();
  const use = async (file: { name: string; id: string }, bytes: Uint8Array): Promise<boolean> => {
    const key = documentKey({ version, aliasGroups, name: file.name, id: file.id, bytes, sidecars: await readSidecars(corpusDir, files, file.name, file.id) });
    used.add(key);
    const cached = await caches.documents.get(key);
    if (cached) {
      problems.push(...cached.problems);
      if (cached.analysed) slots.push(cached.analysed);
      return cached.analysed !== undefined;
    }
    const read = await readDocument(corpusDir, file.name, file.id, bytes, options);
    const entry: CachedDocument = { problems: read.problems };
    analysed.push(file.name);
    problems.push(...entry.problems);
    if (!read.ok) {
      await caches.documents.put(key, entry);
      return false;
    }
    slots.push(toAnalyse.length);
    toAnalyse.push({ document: read.document, passages: read.passages, key, entry });
    return true;
  };
  // The last step of the progress waits for the analysis.
  let fileCount = 0;
  const reading = (done: number, total: number) => {
    fileCount = total;
    if (done < total) onProgress?.(done, total);
  };
  await forEachDocumentFile(corpusDir, options, problems, use, reading, files.bytes);
  const results = await analyseDocuments(toAnalyse, analyzer, caches.readings, parallel);
  for (const [i, item] of toAnalyse.entries()) {
    item.entry.analysed = results[i]!;
    await caches.documents.put(item.key, item.entry);
  }
  const documents = slots.map((slot) => (typeof slot === 'number' ? results[slot]! : slot));
  onProgress?.(fileCount, fileCount);
  if (documents.length === 0) throw new Error(`no documents found in ${corpusDir}`);
  const assembling = performance.now();
  const synonyms = await caches.synonyms.compile(analyzer, vocabularyOf(documents));
  const data = assembleIndex(documents, { version, corpusHash, aliasGroups, synonyms });
  await caches.documents.prune(used);
  return { data, problems, analysed, timings: { documents: assembling - started, assemble: performance.now() - assembling } };
}
