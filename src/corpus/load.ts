/**
 * Reads `corpus/`: each PDF, HTML, text or Markdown file is a document; `NAME.meta.yaml` beside it
 * gives its title, author, date, kind and source. What a file holds is found from its content,
 * not its extension, and a text file's encoding is detected. A file without metadata still works:
 * a PDF's or HTML page's own metadata, the front matter, the first heading or the file name supply
 * the title. A file that cannot be read (encrypted, scanned without text, damaged, empty, binary,
 * too large) is skipped with one warning saying why, never allowed to stop the others.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_EXTENSIONS, META_SUFFIX, ALIAS_FILE_PATTERN } from '../core/paths.ts';
import { fill, type Localised } from '../core/i18n.ts';
import type { DocumentFormat, DocumentKind, DocumentMeta, Passage } from '../core/types.ts';
import { blocksToPassages } from './blocks.ts';
import { decodeHtml, decodeText } from './decode.ts';
import { foldIdenticalPassages } from './dedupe.ts';
import { readHtml } from './html.ts';
import { documentIdFromFileName } from './ids.ts';
import { metadataPassage, PASSAGE_DEFAULTS, slidesToPassages, splitIntoPassages, type PassageOptions } from './passages.ts';
import { readPdf } from './pdf.ts';
import { GARBLED_MAX_SHARE, firstHeading as firstPdfHeading, garbledShare, looksLikeSlides, pdfBlocks, pdfSlides } from './pdf-layout.ts';
import { sniff } from './sniff.ts';
import { corpusProblemText, type CorpusProblemCode } from './text.ts';

const kindSchema = z.enum(['slides', 'article', 'report', 'document']);
const dateSchema = z
  .union([z.string(), z.date(), z.number()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)));
const metadataSchema = z
  .object({
    title: z.string().min(1).optional(),
    author: z.string().optional(),
    publisher: z.string().optional(),
    date: dateSchema.optional(),
    kind: kindSchema.optional(),
    source: z.string().optional(),
    names: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  })
  .loose();

export type Metadata = z.infer<typeof metadataSchema>;

/** A problem with one file: the file is skipped or read without its metadata. */
export interface CorpusProblem {
  file: string;
  /** Why, for programs. */
  code: CorpusProblemCode;
  /** Why, for people: one sentence that follows the file's name. */
  message: Localised;
}

export interface Corpus {
  documents: DocumentMeta[];
  /** Passages in document order; a passage found word for word in several documents is here once (see `alsoIn`). */
  passages: Passage[];
  problems: CorpusProblem[];
  /** A hash of every file read, to tell whether an index is stale. */
  hash: string;
}

function problem(file: string, code: CorpusProblemCode, values: Record<string, string | number> = {}): CorpusProblem {
  const text = corpusProblemText[code];
  return { file, code, message: { ja: fill(text.ja, values), en: fill(text.en, values) } };
}

/** Split `---` YAML front matter from the body. */
export function splitFrontMatter(text: string): { data: unknown; body: string; error?: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: undefined, body: text };
  try {
    return { data: parse(match[1]!), body: text.slice(match[0].length) };
  } catch (error) {
    return { data: undefined, body: text.slice(match[0].length), error: (error as Error).message };
  }
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; ');
}

function firstHeading(body: string): string | undefined {
  const heading = /^#{1,6}\s+(.+)$/m.exec(body)?.[1];
  if (heading) return heading.trim();
  const firstLine = body.split("\n").map((l) => l.trim().replace(/\s{2,}/g, " ")).find(Boolean);
  // A first line that reads as a title (short, not a sentence); a sentence is not a title.
  return firstLine && firstLine.length <= 80 && !/[。．.!?！？]$/.test(firstLine) ? firstLine : undefined;
}

/** Editors' and systems' hidden files (`.#draft.md`, `.DS_Store`) are not documents. */
const isHiddenFile = (name: string) => name.startsWith('.') || name.startsWith('~$');

/**
 * Files the index depends on: documents, their metadata and the alias files. The figure catalogue
 * is checked at build time but not indexed, so editing it does not make the index stale.
 */
function isCorpusFile(name: string): boolean {
  if (isHiddenFile(name)) return false;
  return DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()) || name.endsWith(META_SUFFIX) || ALIAS_FILE_PATTERN.test(name);
}

/** Files larger than this are hashed by their size and time of change, not read, at every start. */
const HASH_CONTENT_MAX_BYTES = 64 * 1024 * 1024;

/** A hash of every corpus file's name and content: cheap enough to check at every start. */
export async function hashCorpus(corpusDir: string): Promise<string> {
  return (await readCorpusFiles(corpusDir, 0)).hash;
}

/** What hashing a corpus folder read: its hash, the corpus files listed, and the bytes of those kept. */
export interface CorpusFiles {
  hash: string;
  /** Every corpus file of the folder (documents, metadata, aliases) when it was listed. */
  names: ReadonlySet<string>;
  /** The bytes read for the hash, of files up to KEEP_FILE_MAX_BYTES, up to the total asked for. */
  bytes: ReadonlyMap<string, Uint8Array>;
}

/** Files larger than this are read again by the build rather than kept from the hash. */
const KEEP_FILE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of the files a build read, by name, with what their status said then: a process that
 * builds again (the bot's rebuild worker) reads a file again only when its size, modification or
 * change time, or inode changed, as make and git decide.
 */
export type ReadFiles = Map<string, { status: string; bytes: Uint8Array }>;

/**
 * A file changed this shortly before it was read may change again within the same tick of its
 * file system's clock, leaving its status as it was: its bytes are not kept for the next build
 * (git's "racy" files). Two seconds covers the coarsest clocks (FAT).
 */
const RACY_MS = 2000;

/** A time in nanoseconds as the milliseconds Node's `mtimeMs` gives (seconds × 1000 + nanoseconds / 1e6), fraction included. */
function msOf(ns: bigint): number {
  return Number(ns / 1_000_000_000n) * 1000 + Number(ns % 1_000_000_000n) / 1e6;
}

/** What says a file changed, to the nanosecond. */
function statusOf(info: BigIntStats): string {
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`;
}

/**
 * Hash the corpus (see hashCorpus) and keep the bytes read, up to `keepBytes` in all, so that a
 * build that hashes the corpus reads each file once (documents and their metadata are read again
 * only when they are not kept). `previous`: the bytes an earlier call kept, taken instead of
 * reading files whose status did not change; updated with what this call read.
 */
export async function readCorpusFiles(corpusDir: string, keepBytes: number, previous?: ReadFiles): Promise<CorpusFiles> {
  const hash = createHash('sha256');
  const names = (await readdir(corpusDir)).sort().filter(isCorpusFile);
  const bytes = new Map<string, Uint8Array>();
  let kept = 0;
  for (const name of names) {
    try {
      const file = path.join(corpusDir, name);
      const info = await stat(file, { bigint: true });
      if (info.size > HASH_CONTENT_MAX_BYTES) {
        hash.update(name).update(`${info.size}:${msOf(info.mtimeNs)}`);
        continue;
      }
      const status = statusOf(info);
      const known = previous?.get(name);
      const readAt = Date.now();
      const content = known?.status === status ? known.bytes : new Uint8Array(await readFile(file));
      hash.update(name).update(content);
      if (content.byteLength <= KEEP_FILE_MAX_BYTES && kept + content.byteLength <= keepBytes) {
        bytes.set(name, content);
        kept += content.byteLength;
      }
      if (bytes.has(name) && Number(info.mtimeNs / 1_000_000n) < readAt - RACY_MS && Number(info.ctimeNs / 1_000_000n) < readAt - RACY_MS) previous?.set(name, { status, bytes: content });
      else previous?.delete(name);
    } catch {
      hash.update(name).update('unreadable');
      previous?.delete(name);
    }
  }
  const listed = new Set(names);
  if (previous) for (const name of previous.keys()) if (!listed.has(name)) previous.delete(name);
  return { hash: hash.digest('hex').slice(0, 16), names: listed, bytes };
}

/** What reading one file gave: a document and its passages, or why not. */
type Read = { ok: true; document: DocumentMeta; passages: Passage[] } | { ok: false; problem: CorpusProblem };

interface FileToRead {
  name: string;
  id: string;
  bytes: Uint8Array;
  corpusDir: string;
  problems: CorpusProblem[];
  options: PassageOptions;
}

/** The document's fields from its metadata, else what the file itself says, else its name. */
function documentMeta(file: FileToRead, meta: Metadata, own: { title?: string; author?: string; date?: string }, kind: DocumentKind, format: DocumentFormat): DocumentMeta {
  return {
    id: file.id,
    title: meta.title ?? own.title ?? file.id,
    author: meta.author ?? meta.publisher ?? own.author ?? '',
    date: meta.date ?? own.date ?? '',
    kind: meta.kind ?? kind,
    source: meta.source,
    names: meta.names,
    file: file.name,
    format,
  };
}

async function readTextDocument(file: FileToRead, markdown: boolean): Promise<Read> {
  const decoded = decodeText(file.bytes);
  if (!decoded) return { ok: false, problem: problem(file.name, 'undecodable') };
  const front = splitFrontMatter(decoded.text.replace(/^\uFEFF/, ''));
  if (front.error) file.problems.push(problem(file.name, 'frontMatter', { detail: front.error }));
  const meta = await readMetadata(file.corpusDir, file.name, file.id, front.data, file.problems);
  const document = documentMeta(file, meta, { title: firstHeading(front.body) }, markdown ? 'article' : 'document', markdown ? 'markdown' : 'text');
  return { ok: true, document, passages: splitIntoPassages(document, front.body, meta.title !== undefined, file.options) };
}

async function readPdfDocument(file: FileToRead): Promise<Read> {
  const read = await readPdf(file.bytes);
  if (!read.ok) return { ok: false, problem: problem(file.name, read.problem, { detail: read.detail }) };
  const { pdf } = read;
  if (pdf.pages.every((page) => page.lines.length === 0)) return { ok: false, problem: problem(file.name, 'pdfNoText') };
  if (garbledShare(pdf.pages) > GARBLED_MAX_SHARE) return { ok: false, problem: problem(file.name, 'pdfGarbled') };
  const meta = await readMetadata(file.corpusDir, file.name, file.id, undefined, file.problems);
  const own = { title: pdf.title ?? firstPdfHeading(pdf), author: pdf.author, date: pdf.date };
  const document = documentMeta(file, meta, own, looksLikeSlides(pdf.pages) ? 'slides' : 'document', 'pdf');
  document.pages = pdf.pages.length;
  const passages =
    document.kind === 'slides'
      ? slidesToPassages(document, pdfSlides(pdf), file.options, (slide) => ({ page: slide.page }))
      : blocksToPassages(document, pdfBlocks(pdf), file.options);
  return { ok: true, document, passages };
}

async function readHtmlDocument(file: FileToRead): Promise<Read> {
  const decoded = decodeHtml(file.bytes);
  if (!decoded) return { ok: false, problem: problem(file.name, 'undecodable') };
  const html = readHtml(decoded.text);
  const meta = await readMetadata(file.corpusDir, file.name, file.id, undefined, file.problems);
  const document = documentMeta(file, meta, html, 'document', 'html');
  return { ok: true, document, passages: blocksToPassages(document, html.blocks, file.options) };
}

/** A size as people read it: 200 MB, 4.7 KB. */
export function formatBytes(bytes: number): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return bytes >= 1024 * 1024 ? `${round(bytes / (1024 * 1024))} MB` : `${round(bytes / 1024)} KB`;
}

/** Whether `target` is inside `folder` (a link in corpus/ must not reach outside it). */
const isInside = (folder: string, target: string) => {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** A document file of a corpus folder, in the order the folder is read, with the id its name gives. */
export interface DocumentFile {
  name: string;
  /** Undefined when the name gives no id (`###.txt`). */
  id: string | undefined;
}

/** The files read as documents, sorted by name: not hidden, with a document extension. */
export async function listDocumentFiles(corpusDir: string): Promise<DocumentFile[]> {
  return (await readdir(corpusDir))
    .sort()
    .filter((name) => !isHiddenFile(name) && DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .map((name) => ({ name, id: documentIdFromFileName(name) }));
}

/**
 * A document file's bytes, or why it cannot be read without reading it: a link out of the folder,
 * something other than a file, or a size over the limit (a 200 MB file is never loaded).
 */
export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; problem: CorpusProblem };

export async function readFileBytes(corpusDir: string, name: string, options: Pick<PassageOptions, 'maxFileBytes'>, known?: ReadonlyMap<string, Uint8Array>): Promise<FileBytes> {
  const file = path.join(corpusDir, name);
  let size: number;
  try {
    if ((await lstat(file)).isSymbolicLink() && !isInside(await realpath(corpusDir), await realpath(file))) {
      return { ok: false, problem: problem(name, 'outsideCorpus') };
    }
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, problem: problem(name, 'unreadable', { detail: 'not a file' }) };
    size = info.size;
  } catch (error) {
    return { ok: false, problem: problem(name, 'unreadable', { detail: (error as Error).message }) };
  }
  // Checked before reading: a 200 MB file is never loaded into memory.
  if (size > options.maxFileBytes) {
    return { ok: false, problem: problem(name, 'tooLarge', { size: formatBytes(size), limit: formatBytes(options.maxFileBytes) }) };
  }
  const bytes = known?.get(name);
  if (bytes) return { ok: true, bytes };
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    return { ok: false, problem: problem(name, 'unreadable', { detail: (error as Error).message }) };
  }
}

/** The metadata files a document may have beside it (`<name>.meta.yaml`, `<id>.meta.yaml`), in the order they are tried. */
export function sidecarNames(name: string, id: string): string[] {
  const stem = name.replace(/\.[^.]*$/, '');
  return [...new Set([stem, id])].map((candidate) => candidate + META_SUFFIX);
}

/**
 * What reading one document gave: the document with its passages (its details first, then its
 * text, in reading order), or the problem that made it unusable; `problems` also holds warnings
 * about a document that was read (metadata that was ignored).
 */
export type DocumentRead =
  | { ok: true; document: DocumentMeta; passages: Passage[]; problems: CorpusProblem[] }
  | { ok: false; problems: CorpusProblem[] };

/** Read one document from its bytes (see readFileBytes): its type from its content, its metadata from beside it. */
export async function readDocument(corpusDir: string, name: string, id: string, bytes: Uint8Array, options: PassageOptions): Promise<DocumentRead> {
  const problems: CorpusProblem[] = [];
  const read = await readByType({ name, id, bytes, corpusDir, problems, options });
  if (!read.ok) return { ok: false, problems: [...problems, read.problem] };
  if (read.passages.length === 0) return { ok: false, problems: [...problems, problem(name, 'noText')] };
  const passages = [metadataPassage(read.document), ...read.passages.map((passage) => ({ ...passage, order: passage.order + 1 }))];
  return { ok: true, document: read.document, passages, problems };
}

function readByType(file: FileToRead): Promise<Read> {
  const sniffed = sniff(file.bytes, file.name);
  switch (sniffed.type) {
    case 'empty':
      return Promise.resolve({ ok: false, problem: problem(file.name, 'empty') });
    case 'binary':
      return Promise.resolve({ ok: false, problem: problem(file.name, 'binary', { kind: sniffed.kind }) });
    case 'pdf':
      return readPdfDocument(file);
    case 'html':
      return readHtmlDocument(file);
    case 'text':
      return readTextDocument(file, path.extname(file.name).toLowerCase() === '.md');
  }
}

/** Problems found before a file is read: a name without an id, an id an earlier document has. */
export function namingProblem(file: DocumentFile, fileOfId: ReadonlyMap<string, string>): CorpusProblem | undefined {
  if (file.id === undefined) return problem(file.name, 'badId');
  const other = fileOfId.get(file.id);
  return other === undefined ? undefined : problem(file.name, 'idClash', { id: file.id, other });
}

/**
 * Visit each document file of a corpus folder that can be read, in order, with its bytes. What
 * stops a file before it is read (a name without an id, an id an earlier document has, a link
 * out of the folder, a size over the limit) goes to `problems`. `use` says whether the file gave
 * a document: only then does its id count as taken. `known`: bytes already read (readCorpusFiles).
 */
export async function forEachDocumentFile(
  corpusDir: string,
  options: Pick<PassageOptions, 'maxFileBytes'>,
  problems: CorpusProblem[],
  use: (file: { name: string; id: string }, bytes: Uint8Array) => Promise<boolean>,
  onProgress?: (done: number, total: number) => void,
  known?: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const fileOfId = new Map<string, string>();
  const files = await listDocumentFiles(corpusDir);
  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length);
    const naming = namingProblem(file, fileOfId);
    if (naming || file.id === undefined) {
      problems.push(naming!);
      continue;
    }
    const bytes = await readFileBytes(corpusDir, file.name, options, known);
    if (!bytes.ok) {
      problems.push(bytes.problem);
      continue;
    }
    if (await use({ name: file.name, id: file.id }, bytes.bytes)) fileOfId.set(file.id, file.name);
  }
  onProgress?.(files.length, files.length);
}

export async function loadCorpus(corpusDir: string, options: PassageOptions = PASSAGE_DEFAULTS): Promise<Corpus> {
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const problems: CorpusProblem[] = [];
  await forEachDocumentFile(corpusDir, options, problems, async (file, bytes) => {
    const read = await readDocument(corpusDir, file.name, file.id, bytes, options);
    problems.push(...read.problems);
    if (!read.ok) return false;
    documents.push(read.document);
    passages.push(...read.passages);
    return true;
  });
  return { documents, passages: foldIdenticalPassages(passages), problems, hash: await hashCorpus(corpusDir) };
}

/** Metadata from the sidecar file (`<file name without extension>.meta.yaml`), else the front matter; invalid entries are reported and ignored. */
async function readMetadata(corpusDir: string, file: string, id: string, frontMatter: unknown, problems: CorpusProblem[]): Promise<Metadata> {
  // The sidecar is named after the file as written, so `決算 資料.pdf` has `決算 資料.meta.yaml`; the id's spelling also works.
  const candidates = sidecarNames(file, id);
  let sidecar: unknown;
  let sidecarName = candidates[0]!;
  for (const candidate of candidates) {
    try {
      sidecar = parse(await readFile(path.join(corpusDir, candidate), 'utf8'));
      sidecarName = candidate;
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        problems.push(problem(candidate, 'metadataUnreadable', { detail: (error as Error).message }));
        break;
      }
    }
  }
  const merged: Metadata = {};
  for (const [source, data] of [['front matter', frontMatter], [sidecarName, sidecar]] as const) {
    if (data === undefined || data === null) continue;
    const result = metadataSchema.safeParse(data);
    if (result.success) Object.assign(merged, Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)));
    else problems.push(problem(source === 'front matter' ? file : source, 'metadataIgnored', { detail: describeZodError(result.error) }));
  }
  return merged;
}

export type { DocumentKind };
