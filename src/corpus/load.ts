/**
 * Reads `corpus/`: each `.txt` or `.md` file is a document; `NAME.meta.yaml` beside it gives its
 * title, author, date, kind and source. A file without one still works: its front matter, first
 * heading or file name supply the title. A file that cannot be read is skipped and reported,
 * never allowed to stop the others.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_EXTENSIONS, META_SUFFIX, ALIAS_FILE_PATTERN } from '../core/paths.ts';
import { metadataPassage, PASSAGE_DEFAULTS, splitIntoPassages, type PassageOptions } from './passages.ts';
import type { DocumentKind, DocumentMeta, Passage } from '../core/types.ts';


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
  message: string;
}

export interface Corpus {
  documents: DocumentMeta[];
  passages: Passage[];
  problems: CorpusProblem[];
  /** A hash of every file read, to tell whether an index is stale. */
  hash: string;
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

/** Text that is not a text document: NUL bytes, or many replacement characters from bad UTF-8. */
function looksBinary(buffer: Buffer, text: string): boolean {
  if (buffer.includes(0)) return true;
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  return replacements > 0 && replacements / Math.max(1, text.length) > 0.01;
}

function firstHeading(body: string): string | undefined {
  const heading = /^#{1,6}\s+(.+)$/m.exec(body)?.[1];
  if (heading) return heading.trim();
  const firstLine = body.split('\n').map((l) => l.trim()).find(Boolean);
  // A first line that reads as a title (short, not a sentence); a sentence is not a title.
  return firstLine && firstLine.length <= 80 && !/[。．.!?！？]$/.test(firstLine) ? firstLine : undefined;
}

/**
 * Files the index depends on: documents, their metadata and the alias files. The figure catalogue
 * is checked at build time but not indexed, so editing it does not make the index stale.
 */
function isCorpusFile(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()) || name.endsWith(META_SUFFIX) || ALIAS_FILE_PATTERN.test(name);
}

/** A hash of every corpus file's name and content: cheap enough to check at every start. */
export async function hashCorpus(corpusDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(corpusDir)).sort()) {
    if (!isCorpusFile(name)) continue;
    try {
      hash.update(name).update(await readFile(path.join(corpusDir, name)));
    } catch {
      hash.update(name).update('unreadable');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export async function loadCorpus(corpusDir: string, options: PassageOptions = PASSAGE_DEFAULTS): Promise<Corpus> {
  const names = (await readdir(corpusDir)).sort();
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const problems: CorpusProblem[] = [];

  for (const name of names) {
    const extension = path.extname(name).toLowerCase();
    if (!DOCUMENT_EXTENSIONS.includes(extension)) continue;
    const id = path.basename(name, path.extname(name));
    let buffer: Buffer;
    try {
      buffer = await readFile(path.join(corpusDir, name));
    } catch (error) {
      problems.push({ file: name, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const text = buffer.toString('utf8');
    if (looksBinary(buffer, text)) {
      problems.push({ file: name, message: 'not a UTF-8 text file; skipped' });
      continue;
    }
    const front = splitFrontMatter(text);
    if (front.error) problems.push({ file: name, message: `front matter is not valid YAML (${front.error}); read without it` });
    const meta = await readMetadata(corpusDir, id, front.data, problems, name);
    const document: DocumentMeta = {
      id,
      title: meta.title ?? firstHeading(front.body) ?? id,
      author: meta.author ?? meta.publisher ?? '',
      date: meta.date ?? '',
      kind: meta.kind ?? (extension === '.md' ? 'article' : 'document'),
      source: meta.source,
      names: meta.names,
      file: name,
    };
    const documentPassages = splitIntoPassages(document, front.body, meta.title !== undefined, options);
    if (documentPassages.length === 0) {
      problems.push({ file: name, message: 'no text found; skipped' });
      continue;
    }
    documents.push(document);
    passages.push(metadataPassage(document));
    for (const passage of documentPassages) passages.push({ ...passage, order: passage.order + 1 });
  }
  return { documents, passages, problems, hash: await hashCorpus(corpusDir) };
}

/** Metadata from the sidecar file, else the front matter; invalid entries are reported and ignored. */
async function readMetadata(corpusDir: string, id: string, frontMatter: unknown, problems: CorpusProblem[], file: string): Promise<Metadata> {
  let sidecar: unknown;
  try {
    sidecar = parse(await readFile(path.join(corpusDir, id + META_SUFFIX), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ file: id + META_SUFFIX, message: `cannot read metadata: ${(error as Error).message}` });
    }
  }
  const merged: Metadata = {};
  for (const [source, data] of [['front matter', frontMatter], [id + META_SUFFIX, sidecar]] as const) {
    if (data === undefined || data === null) continue;
    const result = metadataSchema.safeParse(data);
    if (result.success) Object.assign(merged, Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)));
    else problems.push({ file: source === 'front matter' ? file : source, message: `metadata ignored: ${describeZodError(result.error)}` });
  }
  return merged;
}

export type { DocumentKind };
