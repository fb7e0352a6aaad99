/**
 * Building the index: every passage analysed once into the terms of its text (with positions,
 * for ranking lines and marking quotes), the terms of what it is about (its context), its units
 * (lines or sentences), and the MiniSearch fields. Everything a question needs about a passage is
 * computed here, not at query time.
 */
import { createHash } from 'node:crypto';
import { ANALYZER_SETTINGS, type Analyzer } from '../analysis/analyzer.ts';
import { normalize } from '../analysis/normalize.ts';
import { buildReadingTable } from '../analysis/readings.ts';
import { SYNONYM_SETTINGS } from '../analysis/synonyms.ts';
import type { DocumentMeta, Passage, PassageCopy } from '../core/types.ts';
import { DETAILS_LABELS, type PassageOptions } from '../corpus/passages.ts';
import { blockPostings, composeBlocks, type BlockPostings, type ComposedIndex } from './minisearch-json.ts';
import { passageUnits, type StoredUnit } from './units.ts';

/** The layout of the index file; bump it when the stored shape changes. */
export const INDEX_FORMAT = 4;

/**
 * What decides an index's content besides the corpus: the file format, the analyzer's settings
 * (which carry a version to bump when the analysing code changes) and the passage sizes. Derived
 * at build time from values, never from source files read at run time.
 */
export function indexVersion(passages: PassageOptions): string {
  return createHash('sha256').update(JSON.stringify({ format: INDEX_FORMAT, analyzer: ANALYZER_SETTINGS, synonyms: SYNONYM_SETTINGS, passages, details: DETAILS_LABELS })).digest('hex').slice(0, 16);
}

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

/** A passage as the index keeps it: the passage, its units, and its analysed terms. */
export interface IndexedPassage extends Passage {
  units: StoredUnit[];
  /** Word terms of the passage text, in text order, for reranking and marking quotes. */
  terms: StoredTerm[];
  /** Word terms of what the passage is about beyond its text (heading, chapter, title, siblings). */
  context: string[];
}

export interface IndexData {
  format: number;
  version: string;
  corpusHash: string;
  builtAt: string;
  documents: DocumentMeta[];
  passages: IndexedPassage[];
  /** The terms of each document's title and other names, by document id (see DocumentTitles). */
  titles: Record<string, string[]>;
  /** The alias groups the index was built with (normalized), so a loaded index needs no YAML. */
  aliasGroups: string[][];
  /** The synonym groups of the general dictionary that touch this corpus (see analysis/synonyms.ts). */
  synonyms: string[][];
  /** Katakana reading → the corpus's terms that read so (see analysis/readings.ts). */
  readings: Record<string, string[]>;
  miniSearch: ComposedIndex;
}

/** Openings that refer to what came just before. */
const POINTS_BACK = /^(?:この|その|これ|それ|こうした|そうした|同じ)/;

/** The parts of one split slide or paragraph belong together. */
function siblingsOf(passages: readonly Passage[]): Map<string, Passage[]> {
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

/** A passage analysed for the index: what the index keeps, and the values of its MiniSearch fields. */
export interface AnalysedPassage extends IndexedPassage {
  /** The MiniSearch fields' values but `words`, which is the distinct terms of `terms`. */
  fields: { bigrams: string; context: string };
}

/**
 * One document analysed on its own: everything the index needs from it. An index build keeps it
 * per document (search/document-cache.ts), so a document that did not change is never analysed
 * again; what depends on the whole corpus is assembled from these (assembleIndex).
 */
export interface AnalysedDocument {
  document: DocumentMeta;
  /** Its passages, its details first, in reading order; identical passages of other documents not yet folded. */
  passages: AnalysedPassage[];
  /** The terms of its title and other names (see DocumentTitles). */
  titleTerms: string[];
  /** Every term of its text, and the normalized surface of every word (what the synonym dictionary spells). */
  vocabulary: string[];
  /** Its terms worth a reading, with kuromoji's reading (null: none). */
  readings: Array<[term: string, reading: string | null]>;
}

/** Readings of terms already read in this process: most terms recur from document to document. */
export type ReadingMemo = Map<string, string | null>;

/**
 * Analyse one document's passages (its details first, as the corpus reader gives them). Each text
 * is analysed once: what a passage is about (its heading, chapter, the document's title, the other
 * parts of its slide or paragraph) is put together from the terms of those texts, each heading or
 * title analysed once per document, instead of analysing the joined text again for every passage,
 * which made a manual page's long option list quadratic.
 */
export function analyseDocument(document: DocumentMeta, passages: readonly Passage[], analyzer: Analyzer, readingMemo: ReadingMemo = new Map()): AnalysedDocument {
  const siblings = siblingsOf(passages);
  const analysed = passages.map((passage) => analyzer.analyzeWithBigrams(passage.text));
  const indexOf = new Map(passages.map((passage, i) => [passage.id, i]));
  const pieces = new Map<string, string[]>();
  const termsOfPiece = (text: string): string[] => {
    let terms = pieces.get(text);
    if (!terms) pieces.set(text, (terms = analyzer.analyze(text).map((t) => t.term)));
    return terms;
  };
  const vocabulary = new Set<string>();
  /** Words as the text writes them, each normalized once. */
  const surfaces = new Set<string>();
  const readable = new Set<string>();
  const out = passages.map((passage, i): AnalysedPassage => {
    const { terms, bigrams } = analysed[i]!;
    for (const t of terms) {
      vocabulary.add(t.term);
      if (t.kind === 'word') {
        const surface = passage.text.slice(t.start, t.end);
        if (!surfaces.has(surface)) {
          surfaces.add(surface);
          vocabulary.add(normalize(surface));
        }
      }
      if ((t.kind === 'word' || t.kind === 'compound') && isReadable(t.term)) readable.add(t.term);
    }
    // A document's details are found by their labels and values; its title is what it is about (context).
    const words = passage.location.front ? terms.filter((t) => t.start > passage.text.indexOf('\n')) : terms;
    const related = [...(siblings.get(passage.id) ?? [])];
    // A passage that opens by pointing back (この数字、…) is read with the passage before it.
    const previous = passages[i - 1];
    if (previous && previous.doc === passage.doc && POINTS_BACK.test(passage.text) && !related.includes(previous)) related.push(previous);
    // What the passage is about beyond its own text: the slide's lead message and chapter, the
    // document's title, the other parts of the same slide (or the passage before one that points back).
    const contextTerms: string[] = [];
    for (const piece of [passage.heading, passage.location.chapter, document.title]) if (piece) contextTerms.push(...termsOfPiece(piece));
    for (const other of related) {
      if (other.id === passage.id || !other.text) continue;
      contextTerms.push(...analysed[indexOf.get(other.id)!]!.terms.map((t) => t.term));
    }
    return {
      ...passage,
      units: passageUnits(passage),
      terms: words.map((t): StoredTerm => [t.term, t.start, t.end]),
      context: [...new Set(contextTerms)],
      // Each term once: in short passages presence is what counts, and a diagram that repeats a
      // name on every label (アント…) should not outrank the line that answers.
      fields: { bigrams: [...new Set(bigrams)].join(' '), context: contextTerms.join(' ') },
    };
  });
  // How each term sounds where the text has it in its dictionary form; else read on its own (an
  // inflected verb's base form, a compound with one): kept for the next documents.
  const heard = new Map<string, string>();
  for (const { readings: inText } of analysed) for (const [term, reading] of inText) if (!heard.has(term)) heard.set(term, reading);
  const readings = [...readable].map((term): [string, string | null] => {
    const inText = heard.get(term);
    if (inText !== undefined) return [term, inText];
    let reading = readingMemo.get(term);
    if (reading === undefined) readingMemo.set(term, (reading = analyzer.reading(term) ?? null));
    return [term, reading];
  });
  const titleTerms = [...new Set(analyzer.analyze([document.title, ...(document.names ?? [])].join('\n')).map((t) => t.term))];
  return { document, passages: out, titleTerms, vocabulary: [...vocabulary], readings };
}

/** The words field of a passage: its distinct terms, in text order. */
function wordsField(passage: IndexedPassage): string {
  return [...new Set(passage.terms.map(([term]) => term))].join(' ');
}

/** A passage's MiniSearch fields, as MINISEARCH_OPTIONS names them. */
function fieldsOf(passage: AnalysedPassage): { id: string } & Record<string, string> {
  return { id: passage.id, words: wordsField(passage), bigrams: passage.fields.bigrams, context: passage.fields.context };
}

/**
 * The postings of each document's passages, counted once per analysed document and the passages
 * it keeps (all of them, or those no other document had first): a document the cache keeps is not
 * counted again in the next build, which only merges it (see minisearch-json.ts).
 */
const postingsMemo = new WeakMap<AnalysedDocument, { kept: AnalysedPassage[]; postings: BlockPostings }>();

function postingsOf(document: AnalysedDocument, kept: AnalysedPassage[]): BlockPostings {
  const memo = postingsMemo.get(document);
  if (memo && memo.kept.length === kept.length && memo.kept.every((passage, i) => passage === kept[i])) return memo.postings;
  const postings = blockPostings(kept.map(fieldsOf), MINISEARCH_OPTIONS);
  postingsMemo.set(document, { kept, postings });
  return postings;
}

/** A passage as the index keeps it (without its MiniSearch fields): made once per analysed passage, as the document's postings are. */
const indexedMemo = new WeakMap<AnalysedPassage, IndexedPassage>();

function indexedOf(passage: AnalysedPassage): IndexedPassage {
  let indexed = indexedMemo.get(passage);
  if (!indexed) {
    const { fields: _fields, ...rest } = passage;
    indexedMemo.set(passage, (indexed = rest));
  }
  return indexed;
}

/**
 * The documents' passages with identical passages of other documents folded into the first (as
 * corpus/dedupe.ts does), without the MiniSearch fields, and the postings of the passages each
 * document keeps (counted once, see postingsOf).
 */
function foldDocuments(documents: readonly AnalysedDocument[]): { passages: IndexedPassage[]; blocks: BlockPostings[] } {
  const firstByText = new Map<string, { doc: string; index: number }>();
  const passages: IndexedPassage[] = [];
  const copies = new Map<number, PassageCopy[]>();
  const blocks: BlockPostings[] = [];
  for (const document of documents) {
    const kept: AnalysedPassage[] = [];
    for (const passage of document.passages) {
      const first = firstByText.get(passage.text);
      if (first && first.doc !== passage.doc) {
        const list = copies.get(first.index) ?? [];
        list.push({ doc: passage.doc, id: passage.id, order: passage.order, location: passage.location });
        copies.set(first.index, list);
        continue;
      }
      if (!first) firstByText.set(passage.text, { doc: passage.doc, index: passages.length });
      passages.push(indexedOf(passage));
      kept.push(passage);
    }
    blocks.push(postingsOf(document, kept));
  }
  for (const [index, list] of copies) {
    const passage = passages[index]!;
    passages[index] = { ...passage, alsoIn: [...(passage.alsoIn ?? []), ...list] };
  }
  return { passages, blocks };
}

/** What an index is assembled with besides its documents. */
export interface AssembleInput {
  version: string;
  corpusHash: string;
  /** The alias groups the analyzer was built with. */
  aliasGroups: string[][];
  /** The synonym groups that touch the documents' vocabulary (see vocabularyOf and analysis/synonyms.ts). */
  synonyms: string[][];
}

/** Every term and normalized word of the documents: what the synonym dictionary is compiled against. */
export function vocabularyOf(documents: readonly AnalysedDocument[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const d of documents) for (const term of d.vocabulary) vocabulary.add(term);
  return vocabulary;
}

/**
 * The index of analysed documents: what depends on the whole corpus is computed here, each in one
 * pass over what the documents give: identical passages folded (corpus/dedupe.ts), MiniSearch's
 * posting lists, the reading table; the synonym groups come compiled against the vocabulary.
 */
export function assembleIndex(documents: readonly AnalysedDocument[], input: AssembleInput): IndexData {
  const { passages, blocks } = foldDocuments(documents);
  const miniSearch = composeBlocks(blocks, MINISEARCH_OPTIONS.fields);
  return {
    format: INDEX_FORMAT,
    version: input.version,
    corpusHash: input.corpusHash,
    builtAt: new Date().toISOString(),
    documents: documents.map((d) => d.document),
    passages,
    titles: Object.fromEntries(documents.map((d) => [d.document.id, d.titleTerms])),
    aliasGroups: input.aliasGroups,
    synonyms: input.synonyms,
    readings: buildReadingTable(documents.flatMap((d) => d.readings.map(([term, reading]): [string, string | undefined] => [term, reading ?? undefined]))),
    miniSearch,
  };
}

/** Terms worth a reading: words and compounds written with kanji, not concepts or Latin words. */
function isReadable(term: string): boolean {
  return /[\u3005\u4e00-\u9fff]/.test(term) && !term.startsWith('§') && [...term].length >= 2;
}
