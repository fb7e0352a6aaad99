/**
 * MiniSearch's serialised index (what `toJSON` writes and `loadJS` reads), composed directly from
 * each passage's analysed fields. Adding 10,000 passages to a MiniSearch and serialising it takes
 * seconds, because every term goes through its radix tree; an index build only needs the posting
 * lists, which plain maps give in a fraction of that, so a build that reuses the analysis of
 * unchanged documents need not pay for the whole corpus again.
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

/** The serialised index of `documents`, in order (short ids 0, 1, 2…), with no stored fields. */
export function composeMiniSearchJson<F extends string>(documents: Iterable<{ id: string } & Record<F, string>>, options: ComposeOptions<F>): MiniSearchJson {
  const fieldIds = Object.fromEntries(options.fields.map((field, i) => [field, i])) as Record<string, number>;
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  /** Term → per field → short id → frequency; maps keep terms in the order they were first seen. */
  const postings = new Map<string, Array<Map<number, number> | undefined>>();
  let count = 0;
  for (const document of documents) {
    const shortId = count;
    documentIds[shortId] = document.id;
    const lengths: number[] = [];
    options.fields.forEach((field, fieldId) => {
      const tokens = options.tokenize(document[field]);
      const length = new Set(tokens).size;
      lengths[fieldId] = length;
      // MiniSearch's running average, with its arithmetic, so that scores come out the same.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * count + length) / (count + 1);
      for (const token of tokens) {
        const term = options.processTerm(token);
        if (!term) continue;
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = []));
        let frequencies = byField[fieldId];
        if (!frequencies) byField[fieldId] = frequencies = new Map();
        frequencies.set(shortId, (frequencies.get(shortId) ?? 0) + 1);
      }
    });
    fieldLength[shortId] = lengths;
    count++;
  }
  const index: MiniSearchJson['index'] = [];
  for (const [term, byField] of postings) {
    const entry: Record<number, Record<number, number>> = {};
    byField.forEach((frequencies, fieldId) => {
      if (frequencies) entry[fieldId] = Object.fromEntries(frequencies);
    });
    index.push([term, entry]);
  }
  return { documentCount: count, nextId: count, documentIds, fieldIds, fieldLength, averageFieldLength, storedFields: {}, dirtCount: 0, index, serializationVersion: 2 };
}
