/**
 * Building the index: every passage analysed once into the terms of its text (with positions,
 * for ranking lines and marking quotes), the terms of what it is about (its context), its units
 * (lines or sentences), and the MiniSearch fields. Everything a question needs about a passage is
 * computed here, not at query time.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { ANALYZER_SETTINGS, type Analyzer } from '../analysis/analyzer.ts';
import { normalize } from '../analysis/normalize.ts';
import { buildReadingTable } from '../analysis/readings.ts';
import { compileSynonyms, SYNONYM_SETTINGS } from '../analysis/synonyms.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { PassageOptions } from '../corpus/passages.ts';
import { passageUnits, type StoredUnit } from './units.ts';

/** The layout of the index file; bump it when the stored shape changes. */
export const INDEX_FORMAT = 2;

/**
 * What decides an index's content besides the corpus: the file format, the analyzer's settings
 * (which carry a version to bump when the analysing code changes) and the passage sizes. Derived
 * at build time from values, never from source files read at run time.
 */
export function indexVersion(passages: PassageOptions): string {
  return createHash('sha256').update(JSON.stringify({ format: INDEX_FORMAT, analyzer: ANALYZER_SETTINGS, synonyms: SYNONYM_SETTINGS, passages })).digest('hex').slice(0, 16);
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
  /** The alias groups the index was built with (normalized), so a loaded index needs no YAML. */
  aliasGroups: string[][];
  /** The synonym groups of the general dictionary that touch this corpus (see analysis/synonyms.ts). */
  synonyms: string[][];
  /** Katakana reading → the corpus's terms that read so (see analysis/readings.ts). */
  readings: Record<string, string[]>;
  miniSearch: unknown;
}

/** Openings that refer to what came just before. */
const POINTS_BACK = /^(?:この|その|これ|それ|こうした|そうした|同じ)/;

/**
 * What a passage is about beyond its own text: the slide's lead message and chapter, the document's
 * title, the other parts of the same slide (or the passage before one that opens by pointing back,
 * この数字…).
 */
function contextText(passage: Passage, document: DocumentMeta | undefined, related: readonly Passage[]): string {
  const parts = [passage.heading, passage.location.chapter, document?.title];
  for (const other of related) if (other.id !== passage.id) parts.push(other.text);
  return parts.filter(Boolean).join('\n');
}

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

/** Analyse every passage and build the index. `onProgress` is told after each passage. */
export function buildIndex(corpus: Corpus, analyzer: Analyzer, version: string, onProgress?: (done: number, total: number) => void): IndexData {
  const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const siblings = siblingsOf(corpus.passages);
  /** Every term of the corpus, and the normalized surface forms of its words (what the synonym dictionary spells). */
  const vocabulary = new Set<string>();
  const readable = new Set<string>();
  const passages: IndexedPassage[] = corpus.passages.map((passage, i) => {
    const terms = analyzer.analyze(passage.text);
    for (const t of terms) {
      vocabulary.add(t.term);
      if (t.kind === 'word') vocabulary.add(normalize(passage.text.slice(t.start, t.end)));
      if ((t.kind === 'word' || t.kind === 'compound') && isReadable(t.term)) readable.add(t.term);
    }
    // A document's details are found by their labels and values; its title is what it is about (context).
    const words = passage.location.front ? terms.filter((t) => t.start > passage.text.indexOf('\n')) : terms;
    const related = [...(siblings.get(passage.id) ?? [])];
    // A passage that opens by pointing back (この数字、…) is read with the passage before it.
    const previous = corpus.passages[i - 1];
    if (previous && previous.doc === passage.doc && POINTS_BACK.test(passage.text) && !related.includes(previous)) related.push(previous);
    const contextTerms = analyzer.analyze(contextText(passage, documents.get(passage.doc), related)).map((t) => t.term);
    miniSearch.add({
      id: passage.id,
      // Each term once: in short passages presence is what counts, and a diagram that repeats a
      // name on every label (アント…) should not outrank the line that answers.
      words: [...new Set(words.map((t) => t.term))].join(' '),
      bigrams: [...new Set(analyzer.bigrams(passage.text))].join(' '),
      context: contextTerms.join(' '),
    });
    onProgress?.(i + 1, corpus.passages.length);
    return {
      ...passage,
      units: passageUnits(passage),
      terms: words.map((t): StoredTerm => [t.term, t.start, t.end]),
      context: [...new Set(contextTerms)],
    };
  });
  return {
    format: INDEX_FORMAT,
    version,
    corpusHash: corpus.hash,
    builtAt: new Date().toISOString(),
    documents: corpus.documents,
    passages,
    aliasGroups: analyzer.aliases.groups.map((group) => group.spellings),
    synonyms: compileSynonyms(analyzer, vocabulary),
    readings: buildReadingTable([...readable].map((term) => [term, analyzer.reading(term)])),
    miniSearch: miniSearch.toJSON(),
  };
}

/** Terms worth a reading: words and compounds written with kanji, not concepts or Latin words. */
function isReadable(term: string): boolean {
  return /[\u3005\u4e00-\u9fff]/.test(term) && !term.startsWith('§') && [...term].length >= 2;
}
