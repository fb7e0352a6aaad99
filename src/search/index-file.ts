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
import type { MiniSearchJson } from './minisearch-json.ts';

/** An index as the engine keeps it: its content (without MiniSearch's serialised form), MiniSearch, each term's document frequency. */
export interface LoadedIndex {
  data: IndexContent;
  miniSearch: MiniSearch<IndexedFields>;
  /** How many passages hold the term among their text's terms. */
  documentFrequency: (term: string) => number;
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

/** The index as bytes: what is written to disk and what the rebuild worker hands over. */
export function encodeIndex(data: IndexData): Uint8Array {
  const { format, version, corpusHash, builtAt, passages, miniSearch, ...rest } = data;
  const { index, documentIds, fieldLength, ...search } = miniSearch;
  // Short ids run from 0 (composeMiniSearchJson): as arrays, which parse faster and which
  // MiniSearch's loader reads alike (by their keys).
  if (Object.keys(documentIds).length !== search.nextId) throw new Error('the index has gaps in its short ids');
  const sections: Array<[SectionName, Uint8Array]> = [];
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  sections.push(['meta', json({ ...rest, search: { ...search, documentIds: Object.values(documentIds), fieldLength: Object.values(fieldLength) } })]);
  sections.push(['passages', json(passages.map((passage) => withoutDetails(passage)))]);
  // One string, and each piece's length in bytes: one buffer made instead of one per passage.
  const details: string[] = [];
  const detailOffsets = new Uint32Array(passages.length + 1);
  let offset = 0;
  passages.forEach((passage, i) => {
    const piece = JSON.stringify(DETAIL_FIELDS.map((field) => passage[field]));
    details.push(piece);
    detailOffsets[i + 1] = offset += Buffer.byteLength(piece);
  });
  sections.push(['details', Buffer.from(details.join(''))], ['detailOffsets', bytesOf(detailOffsets)]);

  // Every term of the posting lists and of the passages' terms (a term the words field would split
  // has no posting list), sorted, so that a lookup is a binary search with nothing built at load.
  const frequency = new Map<string, number>();
  const seen = new Set<string>();
  for (const passage of passages) {
    seen.clear();
    for (const [term] of passage.terms) seen.add(term);
    for (const term of seen) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const lists = new Map(index);
  for (const term of frequency.keys()) if (!lists.has(term)) lists.set(term, {});
  // Sorted by UTF-16 code units, as `<` compares strings (see find).
  const terms = [...lists.keys()].sort();
  const postings = new VarintWriter();
  const scratch: number[] = [];
  const postingOffsets = new Uint32Array(terms.length + 1);
  terms.forEach((term, i) => {
    const byField = lists.get(term)!;
    // Fields and short ids in the order MiniSearch's loader reads them (integer keys, ascending).
    const fields = Object.keys(byField);
    if (fields.length > 0) postings.write(fields.length);
    for (const field of fields) {
      const frequencies = byField[+field]!;
      // Gaps between short ids and counts, gathered first: the list starts with its length.
      let length = 0;
      let previous = 0;
      for (const key in frequencies) {
        const shortId = +key;
        scratch[length++] = shortId - previous;
        scratch[length++] = frequencies[shortId]!;
        previous = shortId;
      }
      postings.write(+field);
      postings.write(length / 2);
      for (let j = 0; j < length; j++) postings.write(scratch[j]!);
    }
    postingOffsets[i + 1] = postings.length;
  });
  sections.push(
    ['terms', json(terms)],
    ['frequencies', bytesOf(Uint32Array.from(terms, (term) => frequency.get(term) ?? 0))],
    ['postings', postings.bytes()],
    ['postingOffsets', bytesOf(postingOffsets)],
  );

  const places = {} as IndexHeader['sections'];
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const [name, bytes] of sections) {
    places[name] = [length, length + bytes.length];
    parts.push(bytes);
    length += bytes.length;
  }
  const payload = Buffer.concat(parts, length);
  const header: IndexHeader = { format, version, corpusHash, builtAt, bytes: payload.length, crc32: crc32(payload), sections: places };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]);
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
  return { data, miniSearch, documentFrequency: (term) => frequencies[find(terms, term)] ?? 0 };
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

/** Unsigned integers, 7 bits a byte. */
class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

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
