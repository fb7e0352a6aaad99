/**
 * The index on disk: the serialised MiniSearch, the passages, each passage's analysed terms, and
 * the hashes that say which corpus and which analyser built it. Loading checks both hashes; a
 * missing, stale or corrupt index is rebuilt by the caller.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { analyzerFingerprint, type Analyzer, type Term } from '../analysis/analyzer.ts';
import type { Corpus } from '../corpus/load.ts';
import type { DocumentMeta, Passage } from '../corpus/types.ts';

export const INDEX_FILE = 'shiori-index.json';
const INDEX_FORMAT = 1;

/** Fields of the MiniSearch index; their values are analysed terms joined by spaces. */
export interface IndexedFields {
  id: string;
  /** Word terms of the passage: kuromoji base forms, compounds, alias concepts. */
  words: string;
  /** Character bigrams, for recall. */
  bigrams: string;
  /** Terms of the slide's lead message, chapter and document title: what the passage is about. */
  context: string;
}

/** The same options must build and load the index. */
export const MINISEARCH_OPTIONS = {
  fields: ['words', 'bigrams', 'context'],
  storeFields: [] as string[],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { prefix: false, fuzzy: false },
};

/** A passage's term with its position, as stored: [term, start, end] in the passage text. */
export type StoredTerm = [term: string, start: number, end: number];

export interface IndexData {
  format: number;
  corpusHash: string;
  analyzerHash: string;
  builtAt: string;
  documents: DocumentMeta[];
  passages: Passage[];
  /** Word terms of each passage's text, by passage id, for reranking and marking quotes. */
  passageTerms: Record<string, StoredTerm[]>;
  /** Word terms of each passage's context (heading, chapter, title). */
  contextTerms: Record<string, string[]>;
  /** The alias groups the index was built with (normalised), so a loaded index needs no YAML. */
  aliasGroups: string[][];
  miniSearch: unknown;
}

/**
 * The index's outline. Checking every stored term with zod would cost more than the rest of the
 * load; the hashes and MiniSearch's own loader catch the rest of a damaged file.
 */
const indexShape = z.object({
  format: z.literal(INDEX_FORMAT),
  corpusHash: z.string(),
  analyzerHash: z.string(),
  builtAt: z.string(),
  documents: z.array(z.object({ id: z.string(), title: z.string() }).loose()),
  passages: z.array(z.object({ id: z.string(), doc: z.string(), text: z.string() }).loose()).min(1),
  passageTerms: z.record(z.string(), z.array(z.unknown())),
  contextTerms: z.record(z.string(), z.array(z.unknown())),
  aliasGroups: z.array(z.array(z.string())),
  miniSearch: z.object({}).loose(),
});

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The analyser's fingerprint: its settings plus the source of the code that turns documents into
 * terms, so that changing that code makes an old index stale without anyone bumping a version.
 */
export async function analyzerHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['analysis', 'corpus', 'search']) {
    const dir = path.join(SOURCE_ROOT, folder);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(dir, name)));
  }
  return analyzerFingerprint(hash.digest('hex'));
}

/**
 * What a passage is about beyond its own text: the slide's lead message and chapter, the document's
 * title, the other parts of the same slide (or the passage before one that opens by pointing back,
 * この数字…), and, for the first passage (the title page), the
 * document's author, date and source.
 */
function contextText(passage: Passage, document: DocumentMeta | undefined, siblings: Passage[]): string {
  const parts = [passage.heading, passage.location.chapter, document?.title];
  if (passage.order === 0 && document) parts.push(document.author, document.source, document.date);
  for (const sibling of siblings) if (sibling.id !== passage.id) parts.push(sibling.text);
  return parts.filter(Boolean).join('\n');
}

/** Openings that refer to what came just before. */
const POINTS_BACK = /^(?:この|その|これ|それ|こうした|そうした|同じ)/;

/** The parts of one split slide or paragraph belong together. */
function siblingsOf(passages: Passage[]): Map<string, Passage[]> {
  const groups = new Map<string, Passage[]>();
  for (const passage of passages) {
    if (passage.location.parts === undefined) continue;
    const key = `${passage.doc}/${passage.location.slide ?? ''}/${passage.location.paragraph ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), passage]);
  }
  const byId = new Map<string, Passage[]>();
  for (const group of groups.values()) for (const passage of group) byId.set(passage.id, group);
  return byId;
}

/** Analyse every passage and build the index. `onProgress` is told after each passage. */
export function buildIndex(
  corpus: Corpus,
  analyzer: Analyzer,
  hashOfAnalyzer: string,
  onProgress?: (done: number, total: number) => void,
): IndexData {
  const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  const passageTerms: Record<string, StoredTerm[]> = {};
  const contextTerms: Record<string, string[]> = {};
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const siblings = siblingsOf(corpus.passages);
  corpus.passages.forEach((passage, i) => {
    const terms = analyzer.analyze(passage.text);
    const related = [...(siblings.get(passage.id) ?? [])];
    // A passage that opens by pointing back (この数字、…) is read with the passage before it.
    const previous = corpus.passages[i - 1];
    if (previous && previous.doc === passage.doc && POINTS_BACK.test(passage.text) && !related.includes(previous)) related.push(previous);
    const context = contextText(passage, documents.get(passage.doc), related);
    const contextAnalysed = analyzer.analyze(context).map((t) => t.term);
    passageTerms[passage.id] = terms.map((t: Term) => [t.term, t.start, t.end]);
    contextTerms[passage.id] = [...new Set(contextAnalysed)];
    miniSearch.add({
      id: passage.id,
      // Each term once: in short passages presence is what counts, and a diagram that repeats a
      // name on every label (アント…) should not outrank the line that answers.
      words: [...new Set(terms.map((t) => t.term))].join(' '),
      bigrams: [...new Set(analyzer.bigrams(passage.text))].join(' '),
      context: contextAnalysed.join(' '),
    });
    onProgress?.(i + 1, corpus.passages.length);
  });
  return {
    format: INDEX_FORMAT,
    corpusHash: corpus.hash,
    analyzerHash: hashOfAnalyzer,
    builtAt: new Date().toISOString(),
    documents: corpus.documents,
    passages: corpus.passages,
    passageTerms,
    contextTerms,
    aliasGroups: analyzer.aliases.groups.map((group) => group.spellings),
    miniSearch: miniSearch.toJSON(),
  };
}

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

/** Read the index and check it was built from this corpus with this analyser. */
export async function loadIndex(indexDir: string, expected: { corpusHash: string; analyzerHash: string }): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path.join(indexDir, INDEX_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', detail: (error as Error).message };
  }
  let data: IndexData;
  try {
    const parsed = indexShape.safeParse(JSON.parse(text));
    if (!parsed.success) return { status: 'corrupt', detail: parsed.error.issues[0]?.message ?? 'unexpected shape' };
    data = parsed.data as unknown as IndexData;
  } catch (error) {
    return { status: 'corrupt', detail: (error as Error).message };
  }
  if (data.corpusHash !== expected.corpusHash) return { status: 'stale', reason: 'corpus' };
  if (data.analyzerHash !== expected.analyzerHash) return { status: 'stale', reason: 'analyzer' };
  try {
    const miniSearch = MiniSearch.loadJS<IndexedFields>(data.miniSearch as never, MINISEARCH_OPTIONS);
    return { status: 'ok', data, miniSearch };
  } catch (error) {
    return { status: 'corrupt', detail: (error as Error).message };
  }
}
