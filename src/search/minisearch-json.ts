/**
 * MiniSearch's serialised index (what `toJSON` writes and `loadJS` reads), composed directly from
 * each passage's analysed fields. Adding 10,000 passages to a MiniSearch and serialising it takes
 * seconds, because every term goes through its radix tree; an index build only needs the posting
 * lists, which plain maps give in a fraction of that, so a build that reuses the analysis of
 * unchanged documents need not pay for the whole corpus again.
 *
 * Composing is done in two steps, so that a rebuild after one file changed is a merge: the
 * postings of a block of consecutive documents (one corpus document's passages) are counted once
 * (`blockPostings`, kept by the caller with the document), then the blocks are put together with
 * their documents' short ids (`composeBlocks`).
 *
 * It follows MiniSearch 7's `add` exactly: a field's length is its number of distinct tokens, the
 * average field length is updated document by document in the same order and arithmetic, and a
 * token the term processor drops is not indexed. A test compares the result with MiniSearch's own
 * `toJSON` for the same documents, so a MiniSearch that changes its format is noticed.
 */

/** The options the index is built and loaded with (see MINISEARCH_OPTIONS). */
export interface ComposeOptions<F extends string> {
  fields: readonly F[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** MiniSearch 7's serialised index, version 2. */
export interface MiniSearchJson {
  documentCount: number;
  nextId: number;
  documentIds: Record<number, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<number, number[]>;
  averageFieldLength: number[];
  /** Always empty: the index stores no fields. */
  storedFields: Record<number, never>;
  dirtCount: number;
  index: Array<[term: string, postings: Record<number, Record<number, number>>]>;
  serializationVersion: 2;
}

/**
 * The postings of consecutive documents, counted with their positions in the block (0, 1, 2…):
 * what a block adds to the index wherever its documents' short ids start.
 */
export interface BlockPostings {
  ids: string[];
  /** Per document, each field's length (its number of distinct tokens, as MiniSearch counts it). */
  lengths: number[][];
  /** Term → per field, [position in the block, frequency] pairs laid flat; terms in the order first seen. */
  postings: Map<string, Array<number[] | undefined>>;
}

/** Count the postings of consecutive documents (see BlockPostings). */
export function blockPostings<F extends string>(documents: Iterable<{ id: string } & Record<F, string>>, options: ComposeOptions<F>): BlockPostings {
  const ids: string[] = [];
  const lengths: number[][] = [];
  const postings: BlockPostings['postings'] = new Map();
  const frequencies = new Map<string, number>();
  for (const document of documents) {
    const position = ids.length;
    ids.push(document.id);
    const documentLengths: number[] = [];
    options.fields.forEach((field, fieldId) => {
      frequencies.clear();
      for (const token of options.tokenize(document[field])) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
      documentLengths[fieldId] = frequencies.size;
      for (const [token, frequency] of frequencies) {
        const term = options.processTerm(token);
        if (!term) continue;
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = []));
        const list = (byField[fieldId] ??= []);
        // Two tokens the term processor makes one term count together.
        if (list.at(-2) === position) list[list.length - 1]! += frequency;
        else list.push(position, frequency);
      }
    });
    lengths.push(documentLengths);
  }
  return { ids, lengths, postings };
}

/** The serialised index of blocks of documents, in order (short ids 0, 1, 2… across the blocks), with no stored fields. */
export function composeBlocks(blocks: Iterable<BlockPostings>, fields: readonly string[]): MiniSearchJson {
  const fieldIds = Object.fromEntries(fields.map((field, i) => [field, i])) as Record<string, number>;
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  /** Term → per field, short id → frequency; terms in the order first seen. */
  const merged = new Map<string, Array<Map<number, number> | undefined>>();
  let count = 0;
  for (const block of blocks) {
    const first = count;
    block.ids.forEach((id, position) => {
      const lengths = block.lengths[position]!;
      documentIds[count] = id;
      fieldLength[count] = lengths;
      // MiniSearch's running average, with its arithmetic, so that scores come out the same.
      lengths.forEach((length, fieldId) => {
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * count + length) / (count + 1);
      });
      count++;
    });
    for (const [term, byField] of block.postings) {
      let into = merged.get(term);
      if (!into) merged.set(term, (into = []));
      for (let fieldId = 0; fieldId < byField.length; fieldId++) {
        const list = byField[fieldId];
        if (!list) continue;
        const frequencies = (into[fieldId] ??= new Map());
        for (let i = 0; i < list.length; i += 2) frequencies.set(first + list[i]!, list[i + 1]!);
      }
    }
  }
  const index: MiniSearchJson['index'] = [];
  for (const [term, byField] of merged) {
    const entry: Record<number, Record<number, number>> = {};
    byField.forEach((frequencies, fieldId) => {
      if (frequencies) entry[fieldId] = Object.fromEntries(frequencies);
    });
    index.push([term, entry]);
  }
  return { documentCount: count, nextId: count, documentIds, fieldIds, fieldLength, averageFieldLength, storedFields: {}, dirtCount: 0, index, serializationVersion: 2 };
}

/** The serialised index of `documents`, in order (short ids 0, 1, 2…), with no stored fields. */
export function composeMiniSearchJson<F extends string>(documents: Iterable<{ id: string } & Record<F, string>>, options: ComposeOptions<F>): MiniSearchJson {
  return composeBlocks([blockPostings(documents, options)], options.fields);
}
