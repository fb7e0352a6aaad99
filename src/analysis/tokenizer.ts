/**
 * kuromoji, loaded once per process. The dictionary ships inside the npm package, so nothing is
 * downloaded; everything in a process shares one tokenizer.
 *
 * kuromoji ships its dictionary gzipped (17 MB for 96 MB of arrays) and gunzips every file at
 * each start: about half of its load time and a third of its peak memory went to zlib, the
 * garbage it leaves and the copies after it. So the first start writes the arrays gunzipped once
 * under the index folder (`index/kuromoji-dict-<version>/`), and later starts read them straight
 * into kuromoji's own `DictionaryLoader`, which builds the same dictionary from the same bytes:
 * only where the bytes come from changes (no fork of kuromoji). When that folder cannot be
 * written or read (a read-only install, a damaged copy), kuromoji loads from its package as it ships.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import kuromoji from 'kuromoji';
import { DEFAULT_INDEX_DIR } from '../core/paths.ts';

export type KuromojiToken = kuromoji.IpadicFeatures;
export type Tokenizer = kuromoji.Tokenizer<KuromojiToken>;

const require = createRequire(import.meta.url);
const gunzipAsync = promisify(gunzip);
let loading: Promise<Tokenizer> | undefined;

/** kuromoji's loader and tokenizer classes, from its package (not in its type declarations). */
type LoadCallback = (error: unknown, buffer?: ArrayBuffer) => void;
interface DictionaryLoader {
  load(callback: (error: unknown, dictionaries: unknown) => void): void;
  loadArrayBuffer(file: string, callback: LoadCallback): void;
}
type DictionaryLoaderClass = new (dicPath: string) => DictionaryLoader;
type TokenizerClass = new (dictionaries: unknown) => Tokenizer;

/** The dictionary folder inside the installed kuromoji package. */
export function dictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Where the gunzipped copy of the installed kuromoji's dictionary lives. */
export function dictionaryCachePath(indexDir: string = DEFAULT_INDEX_DIR): string {
  const { version } = require('kuromoji/package.json') as { version: string };
  return path.join(indexDir, `kuromoji-dict-${version}`);
}

/** Written last into a complete copy: each file's gunzipped size, so a partial copy is never read. */
const MANIFEST = 'manifest.json';

/** Write the gunzipped dictionary into `target` (through a temporary folder renamed at the end). */
export async function writeDictionaryCache(target: string): Promise<void> {
  const source = dictionaryPath();
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(temporary, { recursive: true });
  try {
    const sizes: Record<string, number> = {};
    for (const file of (await readdir(source)).filter((name) => name.endsWith('.dat.gz'))) {
      const bytes = await gunzipAsync(await readFile(path.join(source, file)));
      const name = file.slice(0, -'.gz'.length);
      await writeFile(path.join(temporary, name), bytes);
      sizes[name] = bytes.byteLength;
    }
    await writeFile(path.join(temporary, MANIFEST), JSON.stringify(sizes));
    // Another process may have finished first: its copy is as good as this one.
    await rename(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(path.join(target, MANIFEST))) throw error;
    });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** The file's bytes as a whole ArrayBuffer (what kuromoji's loader hands on), without a copy when possible. */
function wholeBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer) return buffer;
  return new Uint8Array(bytes).buffer;
}

/** Load kuromoji's dictionary from a gunzipped copy, through kuromoji's own loader. */
export async function loadFromCache(folder: string): Promise<Tokenizer> {
  const sizes = JSON.parse(await readFile(path.join(folder, MANIFEST), 'utf8')) as Record<string, number>;
  const base = path.dirname(require.resolve('kuromoji/package.json'));
  const NodeDictionaryLoader = require(path.join(base, 'src', 'loader', 'NodeDictionaryLoader.js')) as DictionaryLoaderClass;
  const KuromojiTokenizer = require(path.join(base, 'src', 'Tokenizer.js')) as TokenizerClass;
  // The folder given here only prefixes the file names kuromoji asks for.
  const loader = new NodeDictionaryLoader(folder);
  // kuromoji's loader asks for `<name>.dat.gz`; hand it the gunzipped `<name>.dat` instead.
  loader.loadArrayBuffer = (file: string, callback: LoadCallback) => {
    const name = path.basename(file).replace(/\.gz$/, '');
    readFile(path.join(folder, name)).then(
      (bytes) => (bytes.byteLength === sizes[name] ? callback(null, wholeBuffer(bytes)) : callback(new Error(`${name}: incomplete copy`))),
      (error: unknown) => callback(error),
    );
  };
  return new Promise<Tokenizer>((resolve, reject) => {
    loader.load((error, dictionaries) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(new KuromojiTokenizer(dictionaries));
    });
  });
}

/** Load the dictionary as kuromoji ships it (gunzipping every file). */
export function loadFromPackage(): Promise<Tokenizer> {
  return new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(tokenizer);
    });
  });
}

async function loadWithCache(indexDir: string): Promise<Tokenizer> {
  const folder = dictionaryCachePath(indexDir);
  try {
    if (!existsSync(path.join(folder, MANIFEST))) await writeDictionaryCache(folder);
    return await loadFromCache(folder);
  } catch {
    // A folder that cannot be written, or a damaged copy: remove what can be removed, load as shipped.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    return loadFromPackage();
  }
}

/**
 * Load the kuromoji tokenizer (once; later calls share the same promise). `indexDir` is where the
 * gunzipped dictionary is kept; `cache: false` loads it as kuromoji ships it.
 */
export function loadTokenizer(options: { indexDir?: string; cache?: boolean } = {}): Promise<Tokenizer> {
  loading ??= (options.cache === false ? loadFromPackage() : loadWithCache(options.indexDir ?? DEFAULT_INDEX_DIR)).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
