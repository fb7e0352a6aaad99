/**
 * The synonym dictionary as an index build needs it, kept beside the index
 * (`index/cache/synonyms-<version>.json`): the dictionary prepared (read and its ambiguity counted,
 * about a second from the package's 14 MB JSON) and the analyzer's key of every spelling met so far
 * (analysing them took seconds on a corpus of 500 manual pages). A build then compiles the groups
 * that touch its vocabulary in milliseconds; the file is rewritten only when it learnt new keys.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ANALYZER_SETTINGS, type Analyzer } from '../analysis/analyzer.ts';
import { SYNONYM_SETTINGS, SynonymDictionary } from '../analysis/synonyms.ts';

/** What decides the file's content: the dictionary and the settings that prepare and key it. */
const CACHE_VERSION = createHash('sha256').update(JSON.stringify({ analyzer: ANALYZER_SETTINGS, synonyms: SYNONYM_SETTINGS })).digest('hex').slice(0, 12);

interface StoredCache {
  dictionary: ReturnType<SynonymDictionary['toJSON']>;
  keys: Array<[midashi: string, key: string | null]>;
}

export class SynonymCache {
  private loaded?: { dictionary: SynonymDictionary; keys: Map<string, string | null> };

  /** `dir`: the index's cache folder; without it nothing is kept on disk. */
  constructor(private readonly dir?: string) {}

  private get file(): string | undefined {
    return this.dir && path.join(this.dir, `synonyms-${CACHE_VERSION}.json`);
  }

  /** The groups of the dictionary that touch `vocabulary` (see SynonymDictionary.compile). */
  async compile(analyzer: Analyzer, vocabulary: ReadonlySet<string>): Promise<string[][]> {
    let fresh = false;
    if (!this.loaded) {
      const stored = await this.read();
      fresh = stored === undefined;
      this.loaded = stored ? { dictionary: SynonymDictionary.fromJSON(stored.dictionary), keys: new Map(stored.keys) } : { dictionary: SynonymDictionary.read(), keys: new Map() };
    }
    const known = this.loaded.keys.size;
    const groups = this.loaded.dictionary.compile(analyzer, vocabulary, this.loaded.keys);
    if (fresh || this.loaded.keys.size > known) await this.write();
    return groups;
  }

  private async read(): Promise<StoredCache | undefined> {
    if (!this.file) return undefined;
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as StoredCache;
    } catch {
      return undefined;
    }
  }

  private async write(): Promise<void> {
    const file = this.file;
    if (!file || !this.loaded) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ dictionary: this.loaded.dictionary.toJSON(), keys: [...this.loaded.keys] } satisfies StoredCache));
      await rename(temporary, file);
    } catch {
      // Only the next build is slower.
    }
  }
}
