/**
 * What each document gave the last time it was read and analysed, kept beside the index
 * (`index/cache/documents/<key>.json`) and in memory, so that a build analyses only the documents
 * that changed. The key is a hash of everything the result depends on: the file's name and bytes,
 * its metadata files, the alias groups, and the index version (the analyzer's settings with their
 * version, the synonym settings, the passage sizes, the index format). A document that could not be
 * used is kept too, with its reason, so that a damaged PDF is not parsed again at every build.
 *
 * Entries are written atomically under their content's key, so two processes building at once
 * write the same bytes; entries no build uses any more are removed after a build (`prune`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusProblem } from '../corpus/load.ts';
import type { AnalysedDocument } from './build.ts';

/** What a document file gave: the analysed document, or why it could not be used; with the warnings about it either way. */
export interface CachedDocument {
  analysed?: AnalysedDocument;
  problems: CorpusProblem[];
}

/** The folder of the cache inside an index folder. */
export const DOCUMENT_CACHE_DIR = path.join('cache', 'documents');

const ENTRY_SUFFIX = '.json';

/** The alias groups as JSON, by the list a build passes for every document. */
const settingsJson = new WeakMap<readonly string[][], string>();

/** The key of a document: a hash of what its analysis depends on. */
export function documentKey(parts: { version: string; aliasGroups: readonly string[][]; name: string; id: string; bytes: Uint8Array; sidecars: ReadonlyArray<[name: string, bytes: Uint8Array | undefined]> }): string {
  const hash = createHash('sha256');
  // The same as hashing JSON.stringify({ version, aliasGroups, name, id }), the alias groups written once per build.
  let settings = settingsJson.get(parts.aliasGroups);
  if (settings === undefined) settingsJson.set(parts.aliasGroups, (settings = JSON.stringify(parts.aliasGroups)));
  hash.update(`{"version":${JSON.stringify(parts.version)},"aliasGroups":${settings},"name":${JSON.stringify(parts.name)},"id":${JSON.stringify(parts.id)}}`);
  hash.update('\0').update(parts.bytes);
  for (const [name, bytes] of parts.sidecars) hash.update(`\0${name}\0${bytes === undefined ? 'none' : bytes.length}\0`).update(bytes ?? new Uint8Array());
  return hash.digest('hex').slice(0, 32);
}

export class DocumentCache {
  private readonly memory = new Map<string, CachedDocument>();

  /** `dir`: where entries are kept on disk; without it they are kept in memory only. */
  constructor(readonly dir?: string) {}

  async get(key: string): Promise<CachedDocument | undefined> {
    const remembered = this.memory.get(key);
    if (remembered || !this.dir) return remembered;
    try {
      const entry = JSON.parse(await readFile(path.join(this.dir, key + ENTRY_SUFFIX), 'utf8')) as CachedDocument;
      this.memory.set(key, entry);
      return entry;
    } catch {
      // Missing or damaged: the document is read again.
      return undefined;
    }
  }

  async put(key: string, entry: CachedDocument): Promise<void> {
    this.memory.set(key, entry);
    if (!this.dir) return;
    try {
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, key + ENTRY_SUFFIX);
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, JSON.stringify(entry));
      await rename(temporary, file);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }

  /** Forget every entry but those of `keep` (the last build's documents), in memory and on disk. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    for (const key of this.memory.keys()) if (!keep.has(key)) this.memory.delete(key);
    if (!this.dir) return;
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(ENTRY_SUFFIX) || keep.has(name.slice(0, -ENTRY_SUFFIX.length))) continue;
      await rm(path.join(this.dir, name), { force: true }).catch(() => undefined);
    }
  }
}
