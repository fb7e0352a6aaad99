/**
 * The index file's layout, made to be opened fast and kept small in memory. Parsing 36 MB of JSON,
 * checking it, and rebuilding MiniSearch's radix tree from it took two seconds, and kept both the
 * JSON and the tree; a question reads a few dozen posting lists and a few hundred passages.
 *
 * One line of JSON (the header: format, versions, where each section is, the payload's length and
 * CRC-32), then the sections:
 * - `meta`: JSON of everything small (documents, titles, aliases, synonyms, readings) and
 *   MiniSearch's per-document figures (ids, field lengths, averages);
 * - `passages`: JSON of the passages without their text and analysis, parsed at load;
 * - `details`: each passage's text and analysis (`text`, `units`, `terms`, `context`) as its own
 *   JSON, parsed the first time the passage is read, with `detailOffsets` saying where each is;
 * - `terms`: JSON of every term, with per term its document frequency (`frequencies`) and its
 *   posting list (`postings`, varints, where `postingOffsets` says), decoded when a question
 *   asks for the term.
 * The payload's checksum is verified at load, so a damaged file is found then, not at a question.
 * What is kept after loading is copied out of the file's bytes, which are let go. Offsets and
 * frequencies are 32-bit words in the machine's byte order (little-endian wherever Node runs in
 * practice).
 */
import { crc32 } from 'node:zlib';
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, type IndexData, type IndexedFields, type IndexedPassage } from './build.ts';
import type { MiniSearchJson, PostingTable } from './minisearch-json.ts';

/** An index as the engine keeps it: its content (without MiniSearch's serialised form), MiniSearch, each term's document frequency. */
export interface LoadedIndex {
  data: IndexContent;
  miniSearch: MiniSearch<IndexedFields>;
  /** How many passages hold the term among their text's terms. */
  documentFrequency: (term: string) => number;
  /** Whether a passage holds the term among its words or what it is about (its heading, chapter, title), not only among its bigrams. */
  indexed: (term: string) => boolean;
}

export type IndexContent = Omit<IndexData, 'miniSearch'>;

/** What the header line says. */
export interface IndexHeader {
  format: number;
  version: string;
  corpusHash: string;
  builtAt: string;
  /** The payload's length in bytes and its CRC-32. */
  bytes: number;
  crc32: number;
  sections: Record<SectionName, [start: number, end: number]>;
}

type SectionName = 'meta' | 'passages' | 'details' | 'detailOffsets' | 'terms' | 'frequencies' | 'postings' | 'postingOffsets';

/** A passage's fields stored apart and parsed on first use: most passages are never read by a question. */
const DETAIL_FIELDS = ['text', 'units', 'terms', 'context'] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

/** MiniSearch's figures per document, as its serialised form has them (all but the posting lists). */
type SearchMeta = Omit<MiniSearchJson, 'index' | 'documentIds' | 'fieldLength'> & { documentIds: string[]; fieldLength: number[][] };

const NEWLINE = 0x0a;

/** Room for the header line before the payload, in the one buffer the file is written into. */
const HEADER_ROOM = 4096;

/** A section: text (written as UTF-8, its length in bytes given) or bytes. */
type Section = { texts: readonly string[]; bytes: number } | Uint8Array;

/**
 * The index as bytes: what is written to disk and what the rebuild worker hands over. Each section
 * is measured, then written straight into one buffer with the header line before it: a 20 MB
 * index is allocated once, not joined from parts.
 */
export function encodeIndex(data: IndexData): Uint8Array {
  const { format, version, corpusHash, builtAt, passages, miniSearch, ...rest } = data;
  const { documentCount, documentIds, fieldIds, fieldLength, averageFieldLength } = miniSearch;
  // What MiniSearch's loader reads besides the posting lists. Short ids run from 0
  // (composeBlocks): as arrays, which parse faster and which its loader reads alike (by their keys).
  const search: SearchMeta = { documentCount, nextId: documentCount, fieldIds, averageFieldLength, storedFields: {}, dirtCount: 0, serializationVersion: 2, documentIds, fieldLength };
  const json = (value: unknown): Section => {
    const text = JSON.stringify(value);
    return { texts: [text], bytes: Buffer.byteLength(text) };
  };
  // Each passage's outline and details as JSON: the outlines joined as JSON.stringify of the list
  // would write them. Kept per passage object: a rebuild passes the passages of unchanged documents again.
  const outlines: string[] = ['['];
  let outlineBytes = 2 + Math.max(0, passages.length - 1);
  const details: string[] = [];
  const detailOffsets = new Uint32Array(passages.length + 1);
  passages.forEach((passage, i) => {
    const encoded = encodedPassage(passage);
    if (i > 0) outlines.push(',');
    outlines.push(encoded.outline);
    outlineBytes += encoded.outlineBytes;
    details.push(encoded.details);
    detailOffsets[i + 1] = detailOffsets[i]! + encoded.detailBytes;
  });
  outlines.push(']');

  // Every term of the posting lists and of the passages' terms, sorted, so that a lookup is a
  // binary search with nothing built at load. A term's document frequency (how many passages hold
  // it among their text's terms) is the length of its list in the words field, which holds each
  // passage's distinct terms, but for terms that field splits (with a space in them) and the parts
  // they split into: counted from the few passages that have such terms.
  const table = miniSearch.postings;
  const wordsField = fieldIds['words']!;
  const number = new Map<string, number>();
  table.terms.forEach((term, t) => number.set(term, t));
  const adjust = new Map<string, number>();
  const own = new Set<string>();
  for (const passage of passages) {
    if (!encodedPassage(passage).splitTerms) continue;
    own.clear();
    for (const [term] of passage.terms) own.add(term);
    const parts = new Set<string>();
    for (const term of own) {
      if (!splits(term)) continue;
      adjust.set(term, (adjust.get(term) ?? 0) + 1);
      for (const part of term.split(' ')) if (part && !own.has(part)) parts.add(part);
    }
    for (const part of parts) adjust.set(part, (adjust.get(part) ?? 0) - 1);
  }
  const frequencyOf = (term: string): number => {
    const t = number.get(term);
    const listed = t === undefined ? 0 : (table.starts[wordsField]![t + 1]! - table.starts[wordsField]![t]!) / 2;
    return listed + (adjust.get(term) ?? 0);
  };
  const termSet = new Set(table.terms);
  for (const term of adjust.keys()) termSet.add(term);
  const terms = sortedTerms(termSet);
  const { postings, postingOffsets } = encodePostings(table, terms, number);

  const sections: Array<[SectionName, Section]> = [
    ['meta', json({ ...rest, search })],
    ['passages', { texts: outlines, bytes: outlineBytes }],
    ['details', { texts: details, bytes: detailOffsets[passages.length]! }],
    ['detailOffsets', bytesOf(detailOffsets)],
    ['terms', json(terms)],
    ['frequencies', bytesOf(Uint32Array.from(terms, frequencyOf))],
    ['postings', postings],
    ['postingOffsets', bytesOf(postingOffsets)],
  ];
  const places = {} as IndexHeader['sections'];
  let length = 0;
  for (const [name, section] of sections) {
    const size = section instanceof Uint8Array ? section.length : section.bytes;
    places[name] = [length, length + size];
    length += size;
  }
  const file = Buffer.allocUnsafe(HEADER_ROOM + length);
  let at = HEADER_ROOM;
  for (const [, section] of sections) {
    if (section instanceof Uint8Array) {
      file.set(section, at);
      at += section.length;
    } else for (const text of section.texts) at += file.write(text, at, 'utf8');
  }
  const payload = file.subarray(HEADER_ROOM);
  const header: IndexHeader = { format, version, corpusHash, builtAt, bytes: payload.length, crc32: crc32(payload), sections: places };
  const line = Buffer.from(`${JSON.stringify(header)}\n`);
  if (line.length > HEADER_ROOM) return Buffer.concat([line, payload]);
  file.set(line, HEADER_ROOM - line.length);
  return file.subarray(HEADER_ROOM - line.length);
}

/** The terms the last encoding sorted, as a list and as a set. */
let lastSorted: { list: string[]; set: ReadonlySet<string> } = { list: [], set: new Set() };

/**
 * `terms` sorted by UTF-16 code units, as `<` compares strings (see find). A rebuild has nearly
 * the terms of the one before: those are kept in their order, and the few new ones sorted and
 * merged in.
 */
function sortedTerms(terms: ReadonlySet<string>): string[] {
  const kept = lastSorted.list.filter((term) => terms.has(term));
  const added = [...terms].filter((term) => !lastSorted.set.has(term)).sort();
  const list: string[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && kept[i]! < added[j]!)) list.push(kept[i++]!);
    else list.push(added[j++]!);
  }
  lastSorted = { list, set: terms };
  return list;
}

/** Scratch space for encoding posting lists, kept from one encoding to the next. */
let scratch = new Uint8Array(1 << 20);

/**
 * Each term's posting lists as varints, in `terms` order: the number of fields, then per field
 * (ascending, as MiniSearch's loader reads them) the field, the list's length, and the gaps
 * between short ids (ascending) with the counts. A term without lists has nothing.
 */
function encodePostings(table: PostingTable, terms: readonly string[], number: ReadonlyMap<string, number>): { postings: Uint8Array; postingOffsets: Uint32Array } {
  // At most five bytes a number: the counts, field numbers and lengths, and the pairs.
  let most = 5 * terms.length;
  for (const start of table.starts) most += 5 * (2 * table.terms.length + start[table.terms.length]!);
  if (scratch.length < most) scratch = new Uint8Array(most);
  const out = scratch;
  let length = 0;
  const write = (value: number) => {
    while (value >= 0x80) {
      out[length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    out[length++] = value;
  };
  const postingOffsets = new Uint32Array(terms.length + 1);
  const fields = table.starts.length;
  terms.forEach((term, i) => {
    const t = number.get(term);
    if (t !== undefined) {
      let listed = 0;
      for (let field = 0; field < fields; field++) if (table.starts[field]![t + 1]! > table.starts[field]![t]!) listed++;
      if (listed > 0) write(listed);
      for (let field = 0; field < fields; field++) {
        const start = table.starts[field]![t]!;
        const end = table.starts[field]![t + 1]!;
        if (end === start) continue;
        const pairs = table.pairs[field]!;
        write(field);
        write((end - start) / 2);
        let previous = 0;
        for (let j = start; j < end; j += 2) {
          write(pairs[j]! - previous);
          write(pairs[j + 1]!);
          previous = pairs[j]!;
        }
      }
    }
    postingOffsets[i + 1] = length;
  });
  return { postings: out.subarray(0, length), postingOffsets };
}

/**
 * The header line of an index file; undefined when it is not JSON. An index of an older format
 * (whole JSON on one line) reads as a header with its own format number.
 */
export function readHeader(file: Uint8Array): { header: IndexHeader; payloadStart: number } | undefined {
  let end = file.indexOf(NEWLINE);
  if (end < 0) end = file.length;
  try {
    const header = JSON.parse(Buffer.from(file.buffer, file.byteOffset, end).toString('utf8')) as IndexHeader | null;
    return header && typeof header === 'object' ? { header, payloadStart: end + 1 } : undefined;
  } catch {
    return undefined;
  }
}

/** Open an index from its bytes (what is kept is copied out of them). Throws when the file is damaged. */
export function openIndex(file: Uint8Array): LoadedIndex {
  const steps = openingSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a step at a time, letting other work run between steps: what a running bot does on
 * the thread that answers, where no step should hold a question up for long.
 */
export async function openIndexInSteps(file: Uint8Array): Promise<LoadedIndex> {
  const steps = openingSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Opening an index, in steps of a few dozen milliseconds at most for 500 manual pages. */
function* openingSteps(file: Uint8Array): Generator<void, LoadedIndex> {
  const read = readHeader(file);
  if (!read) throw new Error('the index header is not readable');
  const { header, payloadStart } = read;
  const payload = file.subarray(payloadStart);
  if (payload.length !== header.bytes) throw new Error(`the index is ${payload.length} bytes, not ${header.bytes} (cut short?)`);
  if (crc32(payload) !== header.crc32) throw new Error('the index does not match its checksum');
  const section = (name: SectionName) => {
    const [start, end] = header.sections[name];
    return payload.subarray(start, end);
  };
  const text = (name: SectionName) => Buffer.from(section(name).buffer, section(name).byteOffset, section(name).length).toString('utf8');
  const words = (name: SectionName) => uint32s(section(name));
  yield;

  const { search, ...rest } = JSON.parse(text('meta')) as Omit<IndexContent, 'format' | 'version' | 'corpusHash' | 'builtAt' | 'passages'> & { search: SearchMeta };
  yield;
  // What stays (read when asked) is copied out: the file's other bytes are not kept.
  const details = copy(section('details'));
  const detailOffsets = words('detailOffsets');
  const outlines = JSON.parse(text('passages')) as IndexedPassage[];
  yield;
  const passages = outlines.map((passage, i) => withLazyDetails(passage, details, detailOffsets[i]!, detailOffsets[i + 1]!));
  const data: IndexContent = { format: header.format, version: header.version, corpusHash: header.corpusHash, builtAt: header.builtAt, passages, ...rest };
  yield;

  const terms = JSON.parse(text('terms')) as string[];
  const frequencies = words('frequencies');
  const postings = new PostingLists(terms, copy(section('postings')), words('postingOffsets'));
  // MiniSearch's own loader makes everything but the posting lists (a few maps of small numbers);
  // the lists are read from the file when a question looks a term up (search uses nothing else
  // with prefix and fuzzy search off, which MINISEARCH_OPTIONS sets).
  const miniSearch = MiniSearch.loadJS<IndexedFields>({ ...search, index: [] } as never, MINISEARCH_OPTIONS);
  (miniSearch as unknown as { _index: PostingLists })._index = postings;
  // Bigrams hold every pair of adjacent characters, across words: a word is not held for that.
  const wordFields = [search.fieldIds['words']!, search.fieldIds['context']!];
  const indexed = (term: string) => {
    const lists = postings.get(term);
    return lists !== undefined && wordFields.some((field) => lists.has(field));
  };
  return { data, miniSearch, documentFrequency: (term) => frequencies[find(terms, term)] ?? 0, indexed };
}

/** Whether the words field splits a term (into what its spaces separate): such a term has no posting list of its own. */
function splits(term: string): boolean {
  return term === '' || term.includes(' ');
}

/** A passage's outline and details as JSON, and the details' length in bytes. */
interface EncodedPassage {
  /** Whether it has terms the words field splits (see splits). */
  splitTerms: boolean;
  outline: string;
  outlineBytes: number;
  details: string;
  detailBytes: number;
}

const encodedPassages = new WeakMap<IndexedPassage, EncodedPassage>();

function encodedPassage(passage: IndexedPassage): EncodedPassage {
  let encoded = encodedPassages.get(passage);
  if (!encoded) {
    const details = JSON.stringify(DETAIL_FIELDS.map((field) => passage[field]));
    const outline = JSON.stringify(withoutDetails(passage));
    encoded = { splitTerms: passage.terms.some(([term]) => splits(term)), outline, outlineBytes: Buffer.byteLength(outline), details, detailBytes: Buffer.byteLength(details) };
    encodedPassages.set(passage, encoded);
  }
  return encoded;
}

function withoutDetails(passage: IndexedPassage): Omit<IndexedPassage, DetailField> {
  const { text: _text, units: _units, terms: _terms, context: _context, ...rest } = passage;
  return rest;
}

/** Where a passage's details are, and once read, their values (in DETAIL_FIELDS order). */
const DETAILS = Symbol('details');
interface Details {
  bytes: Uint8Array;
  start: number;
  end: number;
  values?: unknown[];
}
type LazyPassage = IndexedPassage & { [DETAILS]: Details };

function detailsOf(passage: LazyPassage): unknown[] {
  const details = passage[DETAILS];
  details.values ??= JSON.parse(Buffer.from(details.bytes.buffer, details.bytes.byteOffset + details.start, details.end - details.start).toString('utf8')) as unknown[];
  return details.values;
}

/**
 * The same accessors for every passage (no closures per passage); the first read of a detail
 * reads them all. They stay accessors: turning them into plain fields once read would put each
 * read passage into V8's slow dictionary mode, and ranking reads these fields in its inner loops.
 */
const DETAIL_ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  DETAIL_FIELDS.map((field, i) => [
    field,
    {
      get(this: LazyPassage) {
        return detailsOf(this)[i];
      },
      set(this: LazyPassage, value: unknown) {
        detailsOf(this)[i] = value;
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/**
 * `passage` with some fields replaced (a passage as another document holds it), its text and
 * analysis still read when first asked for, and then once for both.
 */
export function passageWith(passage: IndexedPassage, fields: Partial<IndexedPassage>): IndexedPassage {
  const details = (passage as Partial<LazyPassage>)[DETAILS];
  if (!details) return { ...passage, ...fields };
  const view: Record<string, unknown> = {};
  for (const key of Object.keys(passage)) if (!(DETAIL_FIELDS as readonly string[]).includes(key)) view[key] = passage[key as keyof IndexedPassage];
  Object.assign(view, fields);
  Object.defineProperty(view, DETAILS, { value: details });
  return Object.defineProperties(view, DETAIL_ACCESSORS) as unknown as IndexedPassage;
}

/** The passage with its details read from `bytes` when first asked for (spreading or cloning it reads them too). */
function withLazyDetails(passage: IndexedPassage, bytes: Uint8Array, start: number, end: number): IndexedPassage {
  Object.defineProperty(passage, DETAILS, { value: { bytes, start, end } satisfies Details });
  return Object.defineProperties(passage, DETAIL_ACCESSORS);
}

/**
 * MiniSearch's term index as far as searching reads it (`get`, `has`, `size`), each posting list
 * decoded from the file the first time it is asked for. The index is never changed after it is
 * built: adding or removing documents is not supported.
 */
class PostingLists {
  private readonly decoded = new Map<number, Map<number, Map<number, number>>>();

  constructor(
    /** Sorted (see find). */
    private readonly terms: string[],
    private readonly postings: Uint8Array,
    private readonly offsets: Uint32Array,
  ) {}

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get(term: string): Map<number, Map<number, number>> | undefined {
    const i = find(this.terms, term);
    if (i < 0 || this.offsets[i] === this.offsets[i + 1]) return undefined;
    let byField = this.decoded.get(i);
    if (!byField) this.decoded.set(i, (byField = this.decode(this.offsets[i]!)));
    return byField;
  }

  private decode(start: number): Map<number, Map<number, number>> {
    const reader = new VarintReader(this.postings, start);
    const byField = new Map<number, Map<number, number>>();
    for (let fields = reader.read(); fields > 0; fields--) {
      const field = reader.read();
      const frequencies = new Map<number, number>();
      let shortId = 0;
      for (let n = reader.read(); n > 0; n--) {
        shortId += reader.read();
        frequencies.set(shortId, reader.read());
      }
      byField.set(field, frequencies);
    }
    return byField;
  }
}

/** Where `term` is in `terms`, sorted by UTF-16 code units (as `<` and a default sort compare strings), or -1. */
function find(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = terms[middle]!;
    if (found === term) return middle;
    if (found < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Unsigned integers, 7 bits a byte (see encodePostings). */
class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    private position: number,
  ) {}

  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }
}

function bytesOf(words: Uint32Array): Uint8Array {
  return new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
}

/** Bytes of their own (a Buffer's `slice` would be a view). */
function copy(bytes: Uint8Array): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes);
}

/** A section as 32-bit words, copied (the file's bytes are not kept). */
function uint32s(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(copy(bytes).buffer);
}
