/**
 * Retrieval and reranking. MiniSearch (BM25+) finds candidates on the word, bigram and context
 * fields; each candidate is then scored on how much of the question it covers (terms weighted by
 * rarity), how close together the matches are (the best line or sentence), and whether it holds
 * the kind of answer asked for.
 */
import type MiniSearch from 'minisearch';
import { kindSpec } from '../core/answer-kinds.ts';
import type { AnswerKind } from '../core/types.ts';
import { queryPlan, scoresOf, topResults, type MiniSearchInternals, type OrQuery, type OrQueryOptions, type PlannedField, type ScoredResult } from './bm25.ts';
import type { IndexedFields, IndexedPassage } from './build.ts';
import { withinDocumentScores } from './local-weights.ts';
import { EXPANSION_DEFAULTS, slotMatch, type ExpansionOptions, type Question, type Slot } from './question.ts';
import { UNIT_SOURCE_LINE, UNIT_TABLE_ROW } from './units.ts';

/** How the parts of a score add up; tuned with `npm run eval` on tests/eval/questions.json, checked on the held-out sets. */
export interface RankingOptions {
  candidates: number;
  /** Passages holding the question's rarest word read beside the candidates (see candidatesFor). */
  rarestWordCandidates: number;
  fieldBoost: { words: number; bigrams: number; context: number };
  weight: { bm25: number; coverage: number; unit: number; kind: number; context: number; documentHint: number; title: number };
  /** A hit after the first is shown only if it covers at least this share of what the first covers. */
  furtherHitCoverage: number;
  /** How much a slot found on many lines of one passage counts less there (see scoreUnits). */
  withinPassageSpread: number;
  /** Weight of words that only say what kind of answer is wanted (占める in 何％を占める). */
  kindWordWeight: number;
  /** How much a match through another spelling counts (synonyms, words spelled in kana or romaji). */
  expansion: ExpansionOptions;
  /** Passages' worth of the whole index's rarity a document's own is smoothed with (see local-weights.ts); Infinity: the index's alone. */
  withinDocumentPrior: number;
}

export const RANKING_DEFAULTS: RankingOptions = {
  candidates: 30,
  rarestWordCandidates: 10,
  fieldBoost: { words: 2, bigrams: 0.6, context: 0.5 },
  weight: { bm25: 0.3, coverage: 0.3, unit: 0.4, kind: 0.12, context: 0.08, documentHint: 0.3, title: 0.5 },
  furtherHitCoverage: 0.3,
  withinPassageSpread: 1,
  kindWordWeight: 0.3,
  expansion: EXPANSION_DEFAULTS,
  withinDocumentPrior: 10,
};

/** What ranking reads: the MiniSearch index, the passages it holds by id, and the documents' titles. */
export interface SearchIndex {
  miniSearch: MiniSearch<IndexedFields>;
  passages: ReadonlyMap<string, IndexedPassage>;
  titles: DocumentTitles;
}

/**
 * The terms of each document's title and other names (a manual page's 名前 line, a deck's title),
 * and how rare each is among titles: a question that names a document or its subject prefers it.
 */
export class DocumentTitles {
  private readonly rarity = new Map<string, number>();
  /** The documents whose titles hold each term. */
  private readonly documents = new Map<string, string[]>();

  constructor(readonly terms: ReadonlyMap<string, ReadonlySet<string>>) {
    const count = new Map<string, number>();
    for (const [doc, set] of terms) {
      for (const term of set) {
        count.set(term, (count.get(term) ?? 0) + 1);
        const list = this.documents.get(term);
        if (list) list.push(doc);
        else this.documents.set(term, [doc]);
      }
    }
    const n = terms.size;
    const most = Math.log(1 + (n + 0.5) / 0.5);
    for (const [term, df] of count) this.rarity.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)) / most);
  }

  /** How much of the question each document's title names (0..1), weighted by how few titles share the words. */
  scores(slots: readonly Slot[]): Map<string, number> {
    const required = slots.filter((s) => !s.optional);
    const total = required.reduce((n, s) => n + s.weight, 0) || 1;
    // Only the documents whose titles hold one of a slot's spellings score on it: looked up by term,
    // not every document for every question.
    const sums = new Map<string, number>();
    for (const slot of required) {
      // Per document: whether its title holds the asker's own word, the best share of another
      // spelling it holds (as slotMatch), and the rarest of the slot's spellings it holds.
      const found = new Map<string, { own: boolean; share: number; rare: number }>();
      const holds = (term: string, own: boolean, share: number) => {
        const rare = this.rarity.get(term) ?? 0;
        for (const doc of this.documents.get(term) ?? []) {
          const seen = found.get(doc);
          if (!seen) found.set(doc, { own, share, rare });
          else {
            seen.own ||= own;
            if (share > seen.share) seen.share = share;
            seen.rare = Math.max(seen.rare, rare);
          }
        }
      };
      for (const [term, share] of slot.alternatives) holds(term, false, share > 0 ? share : 0);
      for (const term of slot.terms) holds(term, true, 0);
      for (const [doc, { own, share, rare }] of found) {
        const match = own ? 1 : share;
        if (match !== 0) sums.set(doc, (sums.get(doc) ?? 0) + slot.weight * match * rare);
      }
    }
    const out = new Map<string, number>();
    for (const [doc, score] of sums) if (score > 0) out.set(doc, score / total);
    return out;
  }
}

/** A unit of a passage (a line or a sentence) with its text. */
export interface TextUnit {
  start: number;
  end: number;
  text: string;
  tableRow: boolean;
  sourceLine: boolean;
}

export interface UnitScore {
  unit: TextUnit;
  index: number;
  /** Share of the question's weight matched in this unit (a table row: with its header and title). */
  coverage: number;
  /** The same with words found on many lines of the passage counting less: for choosing the quote's lines. */
  lineCoverage: number;
  /** Whether the unit holds the kind of answer asked for. */
  hasKind: boolean;
  /** Indices (in the question's slots) of what the unit's own text matches. */
  matched: number[];
}

/** A passage's units with the terms of each: derived once per passage from what the index stores. */
export interface PassageLayout {
  units: TextUnit[];
  /** Units each unit is read with (a table row: the header and title). */
  readWith: number[][];
  /** The units each term is in: of their own text, and of what they are read with (a table row: its header and title too). */
  ownUnits: Map<string, number[]>;
  readUnits: Map<string, number[]>;
  /** Every term of the passage text. */
  terms: Set<string>;
  /** Every term of what the passage is about beyond its text. */
  context: Set<string>;
}

const layouts = new WeakMap<IndexedPassage, PassageLayout>();

export function passageLayout(passage: IndexedPassage): PassageLayout {
  const cached = layouts.get(passage);
  if (cached) return cached;
  const units = passage.units.map((u) => ({
    start: u.start,
    end: u.end,
    text: passage.text.slice(u.start, u.end),
    tableRow: ((u.flags ?? 0) & UNIT_TABLE_ROW) !== 0,
    sourceLine: ((u.flags ?? 0) & UNIT_SOURCE_LINE) !== 0,
  }));
  const unitTerms = units.map((unit) => new Set(passage.terms.filter(([, start]) => start >= unit.start && start < unit.end).map(([term]) => term)));
  const readWith = passage.units.map((u) => u.with ?? []);
  const readTerms = units.map((_, i) => new Set([...unitTerms[i]!, ...readWith[i]!.flatMap((k) => [...unitTerms[k]!])]));
  const layout = {
    units,
    readWith,
    ownUnits: unitsOfTerms(unitTerms),
    readUnits: unitsOfTerms(readTerms),
    terms: new Set(passage.terms.map(([term]) => term)),
    context: new Set(passage.context),
  };
  layouts.set(passage, layout);
  return layout;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** Terms a passage writes only in small Latin letters, by passage (made when a question writes a word in capitals). */
const smallLettered = new WeakMap<IndexedPassage, ReadonlySet<string>>();

function writtenInSmallLetters(passage: IndexedPassage): ReadonlySet<string> {
  let found = smallLettered.get(passage);
  if (found) return found;
  const small = new Map<string, boolean>();
  for (const [term, start, end] of passage.terms) {
    const form = passage.text.slice(start, end).normalize('NFKC');
    small.set(term, (small.get(term) ?? true) && /^[\x21-\x7e]*[a-z][\x21-\x7e]*$/.test(form) && !/[A-Z]/.test(form));
  }
  const terms = [...small].filter(([, only]) => only).map(([term]) => term);
  smallLettered.set(passage, (found = terms.length > 0 ? new Set(terms) : NO_TERMS));
  return found;
}

/**
 * The words a question writes in Latin capitals (LST, AT, IT, LST's, LSTs): an acronym, which a
 * passage that writes the same letters only small (menu.lst, "at", "it") does not hold. None when
 * the question is several words in capitals throughout ("WHAT IS LST"), which tells nothing; a
 * question that is one acronym ("LST?") asks for it.
 */
export function writtenInCapitals(question: Pick<Question, 'text' | 'terms'>): ReadonlySet<string> {
  const out = new Set<string>();
  const text = question.text.normalize('NFKC');
  if (!/[a-z\u3041-\u30ff\u4e00-\u9fff]/.test(text) && (text.match(/[A-Z]+/g) ?? []).length >= 2) return out;
  for (const term of question.terms) {
    const form = question.text.slice(term.start, term.end).normalize('NFKC');
    if (/^[A-Z0-9&.+-]+(?:['’]?s)?$/.test(form) && (form.match(/[A-Z]/g) ?? []).length >= 2) out.add(term.term);
  }
  return out;
}

/** For each term, the units whose terms hold it, in order. */
function unitsOfTerms(termsOfUnits: ReadonlyArray<ReadonlySet<string>>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  termsOfUnits.forEach((terms, i) => {
    for (const term of terms) {
      const list = out.get(term);
      if (list) list.push(i);
      else out.set(term, [i]);
    }
  });
  return out;
}

/**
 * slotMatch for every unit at once, from the units each term is in: a question's few terms are
 * looked up once, not once per unit. Undefined when the slot matches no unit (most slots, in most
 * passages): nothing is made for it.
 */
function unitMatches(slot: Slot, unitsOf: ReadonlyMap<string, readonly number[]>, count: number): Float64Array | undefined {
  let out: Float64Array | undefined;
  for (const [term, share] of slot.alternatives) {
    if (!(share > 0)) continue;
    const units = unitsOf.get(term);
    if (!units) continue;
    out ??= new Float64Array(count);
    for (const i of units) if (share > out[i]!) out[i] = share;
  }
  for (const term of slot.terms) {
    const units = unitsOf.get(term);
    if (!units) continue;
    out ??= new Float64Array(count);
    for (const i of units) out[i] = 1;
  }
  return out;
}

/** How far each unit of a passage covers the question, as numbers (see scoreUnits). */
interface UnitCoverage {
  coverage: Float64Array;
  lineCoverage: Float64Array;
  hasKind: readonly boolean[] | undefined;
}

/**
 * How far each unit of a passage covers the required slots. Slots weigh by the square of their
 * rarity here, so that within a passage the line with the specific term (IBM) beats the line that
 * only repeats the passage's topic (ブロックチェーン特許).
 */
function unitCoverage(layout: PassageLayout, slots: readonly Slot[], kind: AnswerKind, options: Pick<RankingOptions, 'withinPassageSpread'>): UnitCoverage {
  const required = slots.filter((s) => !s.optional);
  const count = layout.units.length;
  // How far each required slot matches what each unit is read with: computed once, used three times.
  const reads = required.map((s) => unitMatches(s, layout.readUnits, count));
  // Within the passage too, a slot found on many lines (事業部 on every box of an org chart) tells
  // less about which line answers than one found on a single line (CSIG).
  const spread = reads.map((row) => row?.reduce((n, match) => (match > 0 ? n + 1 : n), 0) ?? 0);
  const squared = required.map((s) => s.weight ** 2);
  const lineWeight = required.map((_s, k) => squared[k]! / (1 + options.withinPassageSpread * Math.log(Math.max(1, spread[k]!))));
  const total = squared.reduce((n, w) => n + w, 0) || 1;
  // Lines compete only on what the passage has: a word found nowhere in it weighs on every line alike.
  const lineTotal = lineWeight.reduce((n, w, k) => n + (spread[k]! > 0 ? w : 0), 0) || 1;
  const coverage = new Float64Array(count);
  const lineCoverage = new Float64Array(count);
  for (let k = 0; k < required.length; k++) {
    // A slot matching no unit adds nothing (0 to every sum).
    const row = reads[k];
    if (!row) continue;
    for (let index = 0; index < count; index++) {
      coverage[index] = coverage[index]! + row[index]! * squared[k]!;
      lineCoverage[index] = lineCoverage[index]! + row[index]! * lineWeight[k]!;
    }
  }
  for (let index = 0; index < count; index++) {
    coverage[index] = Math.min(1, coverage[index]! / total);
    lineCoverage[index] = Math.min(1, lineCoverage[index]! / lineTotal);
  }
  return { coverage, lineCoverage, hasKind: kindEvidence(layout, kind) };
}

/** The units of a passage with how they cover the question and which slots their own text matches. */
function unitScores(layout: PassageLayout, slots: readonly Slot[], covered: UnitCoverage): UnitScore[] {
  const count = layout.units.length;
  // The slots each unit's own text matches, in the slots' order.
  const matched: number[][] = layout.units.map(() => []);
  slots.forEach((s, k) => {
    unitMatches(s, layout.ownUnits, count)?.forEach((match, index) => {
      if (match > 0) matched[index]!.push(k);
    });
  });
  return layout.units.map((unit, index) => ({
    unit,
    index,
    coverage: covered.coverage[index]!,
    lineCoverage: covered.lineCoverage[index]!,
    hasKind: covered.hasKind?.[index] ?? false,
    matched: matched[index]!,
  }));
}

/** Which slots each unit of a passage matches, and how far it covers the question (see unitCoverage). */
export function scoreUnits(layout: PassageLayout, slots: Slot[], kind: AnswerKind, options: Pick<RankingOptions, 'withinPassageSpread'>): UnitScore[] {
  return unitScores(layout, slots, unitCoverage(layout, slots, kind, options));
}

/** Which units of a passage hold the kind of answer asked for: a property of the text, found once per passage and kind. */
const evidenceByLayout = new WeakMap<PassageLayout, Map<AnswerKind, boolean[]>>();
function kindEvidence(layout: PassageLayout, kind: AnswerKind): boolean[] | undefined {
  const pattern = kindSpec(kind)?.evidence;
  if (!pattern) return undefined;
  let byKind = evidenceByLayout.get(layout);
  if (!byKind) evidenceByLayout.set(layout, (byKind = new Map()));
  let found = byKind.get(kind);
  if (!found) byKind.set(kind, (found = layout.units.map((unit) => pattern.test(unit.text))));
  return found;
}

export interface Ranked {
  passage: IndexedPassage;
  layout: PassageLayout;
  score: number;
  /** Share of the question's weight found anywhere in the passage or its context. */
  coverage: number;
  /** Made when first read. */
  readonly units: UnitScore[];
  /** The parts of the score, for explaining a ranking (`npm run eval -- --verbose`). */
  parts: Record<string, number>;
}

/**
 * A ranked passage, its units' objects made when first read. A class, not an object literal with
 * a getter: V8 gives each such literal a hidden class of its own, which lives in the old
 * generation and holds the getter's closure, so every candidate of every question (its coverage
 * arrays and all the closure holds) would outlive the young generation's collections and be
 * copied by each of them (a few milliseconds each, the slowest questions' time).
 */
class RankedPassage implements Ranked {
  private unitScores: UnitScore[] | undefined;

  constructor(
    readonly passage: IndexedPassage,
    readonly layout: PassageLayout,
    readonly score: number,
    readonly coverage: number,
    private readonly slots: readonly Slot[],
    private readonly covered: UnitCoverage,
    readonly parts: Record<string, number>,
  ) {}

  get units(): UnitScore[] {
    return (this.unitScores ??= unitScores(this.layout, this.slots, this.covered));
  }
}

/** Whether a passage is one of document `within`'s: its own, or indexed once for it and another document. */
function inDocument(index: SearchIndex, id: string, within: string): boolean {
  const passage = index.passages.get(id);
  return passage !== undefined && (passage.doc === within || (passage.alsoIn ?? []).some((copy) => copy.doc === within));
}

/**
 * What MiniSearch is asked for a question: its words (and their other spellings, at the weight a
 * match through them earns) in the word and context fields, its bigrams in the bigram field, the
 * three added together. Undefined when there is nothing to search for.
 */
export function retrievalQuery(question: Question, index: SearchIndex, options: RankingOptions, within?: string): { query: OrQuery; searchOptions: OrQueryOptions & { prefix: false; fuzzy: false } } | undefined {
  const own = [...new Set(question.terms.map((t) => t.term))];
  const share = new Map<string, number>();
  for (const slot of question.slots) for (const [term, value] of slot.alternatives) if (!own.includes(term)) share.set(term, Math.max(share.get(term) ?? 0, value));
  const words = [...own, ...share.keys()];
  if (words.length === 0 && question.bigrams.length === 0 && question.documents.size === 0) return undefined;
  const boostTerm = (term: string) => share.get(term) ?? 1;
  // An acronym the question writes in capitals is not held by a passage that writes its letters
  // only small (menu.lst for LST): such passages are not candidates, however many there are.
  const capitals = writtenInCapitals(question);
  const small = capitals.size > 0 ? smallLetteredHolders(index, capitals) : undefined;
  const inWithin = within === undefined ? undefined : (id: string) => inDocument(index, id, within);
  const filter =
    small && small.size > 0
      ? (result: { id: unknown }) => !small.has(String(result.id)) && (inWithin?.(String(result.id)) ?? true)
      : inWithin && ((result: { id: unknown }) => inWithin(String(result.id)));
  return {
    query: {
      combineWith: 'OR',
      queries: [
        { queries: [words.join(' ')], fields: ['words'], boost: { words: options.fieldBoost.words } },
        { queries: [question.bigrams.join(' ')], fields: ['bigrams'], boost: { bigrams: options.fieldBoost.bigrams } },
        { queries: [words.join(' ')], fields: ['context'], boost: { context: options.fieldBoost.context } },
      ],
    },
    searchOptions: { prefix: false, fuzzy: false, boostTerm, ...(filter && { filter }) },
  };
}

/**
 * The passages that hold one of `capitals` (the question's acronyms) only written small: menu.lst
 * for LST. Read through the words' posting lists, so only passages holding the letters are looked at.
 */
function smallLetteredHolders(index: SearchIndex, capitals: ReadonlySet<string>): Set<string> {
  const internals = index.miniSearch as unknown as MiniSearchInternals;
  const words = internals._fieldIds['words']!;
  const out = new Set<string>();
  for (const term of capitals) {
    for (const shortId of internals._index.get(term)?.get(words)?.keys() ?? []) {
      const id = String(internals._documentIds.get(shortId));
      const passage = index.passages.get(id);
      if (passage && writtenInSmallLetters(passage).has(term)) out.add(id);
    }
  }
  return out;
}

/** What MiniSearch is asked for a question, with the posting lists the query reads. */
type Retrieval = NonNullable<ReturnType<typeof retrievalQuery>> & { plan: PlannedField[] };

/**
 * The passages ranking reads: MiniSearch's first `options.candidates`, then
 * - the first of the documents the question points at (「講演資料」, NRI), which compete for places
 *   among their own passages too: in a large corpus, other documents' passages could otherwise
 *   fill every place;
 * - those that hold the question's rarest word (Qwen, in a question about its latest version),
 *   scored by the whole question as the others are: a corpus full of passages sharing its commoner
 *   words (最新, バージョン, and their bigrams) could otherwise take every place before them;
 * - for a question about a document itself, the document's front passages (its details).
 */
function candidatesFor(
  question: Question,
  index: SearchIndex,
  options: RankingOptions,
  retrieval: Retrieval,
  results: readonly ScoredResult[],
  { within, aboutDocument }: { within: string | undefined; aboutDocument: boolean },
): ScoredResult[] {
  const candidates = results.slice(0, options.candidates);
  const ids = new Set(candidates.map((c) => c.id));
  const add = (found: readonly ScoredResult[]) => {
    for (const result of found) {
      if (ids.has(result.id)) continue;
      ids.add(result.id);
      candidates.push(result);
    }
  };
  if (within === undefined && question.documents.size > 0) {
    const documents = [...question.documents];
    const pointed = (result: { id: unknown }) => documents.some((doc) => inDocument(index, String(result.id), doc));
    const inner = retrieval.searchOptions.filter;
    const filter = inner ? (result: { id: unknown }) => pointed(result) && inner(result) : pointed;
    add(topResults(index.miniSearch, retrieval.query, { ...retrieval.searchOptions, filter }, Math.max(1, options.candidates), retrieval.plan));
  }
  const rarest = question.slots.filter((s) => !s.optional && !s.unknown && s.weight > 0).reduce<Slot | undefined>((a, s) => (a && a.weight >= s.weight ? a : s), undefined);
  if (rarest && options.rarestWordCandidates > 0) {
    const terms = [...rarest.terms, ...[...rarest.alternatives].filter(([, share]) => share > 0).map(([term]) => term)];
    const query: OrQuery = { combineWith: 'OR', queries: [{ queries: [terms.join(' ')], fields: ['words'], boost: { words: 1 } }] };
    const holding = topResults(index.miniSearch, query, { filter: retrieval.searchOptions.filter }, options.rarestWordCandidates).flatMap((r) => (ids.has(r.id) ? [] : [r.id]));
    add(scoresOf(index.miniSearch, retrieval.query, retrieval.searchOptions, holding, retrieval.plan));
  }
  if (aboutDocument) {
    const front: string[] = [];
    // Kept to the document asked within, and without passages that write the question's acronym only small, as every candidate is.
    const { filter } = retrieval.searchOptions;
    for (const passage of index.passages.values()) {
      if (passage.location.front && question.documents.has(passage.doc) && !ids.has(passage.id) && (filter?.({ id: passage.id }) ?? true)) front.push(passage.id);
    }
    add(scoresOf(index.miniSearch, retrieval.query, retrieval.searchOptions, front, retrieval.plan));
  }
  return candidates;
}

/**
 * Each candidate's BM25 relevance (0..1): how its document's best candidate scores against the
 * best of all, times how the candidate scores against its document's best with words' rarity taken
 * within that document (local-weights.ts). Other documents' words then weigh on which document
 * answers but not on which of its passages does. A candidate's document is `within` when the
 * question is asked within one (a passage indexed once for several documents is read as one of it).
 */
function relevance(index: SearchIndex, retrieval: Retrieval, candidates: readonly ScoredResult[], best: number, prior: number, within: string | undefined): Float64Array {
  const out = new Float64Array(candidates.length);
  if (!Number.isFinite(prior)) {
    candidates.forEach((c, i) => (out[i] = c.score / best));
    return out;
  }
  const read = candidates.map((c) => ({ id: c.id, doc: within ?? index.passages.get(c.id)!.doc }));
  const scores = withinDocumentScores(index.miniSearch, index.passages, retrieval.plan, read, prior);
  const bestOf = new Map<string, { score: number; within: number }>();
  candidates.forEach((c, i) => {
    const seen = bestOf.get(read[i]!.doc);
    if (!seen) bestOf.set(read[i]!.doc, { score: c.score, within: scores[i]! });
    else {
      seen.score = Math.max(seen.score, c.score);
      seen.within = Math.max(seen.within, scores[i]!);
    }
  });
  candidates.forEach((c, i) => {
    const document = bestOf.get(read[i]!.doc)!;
    out[i] = document.within > 0 ? (document.score / best) * (scores[i]! / document.within) : c.score / best;
  });
  return out;
}

/**
 * The passages that best answer `question`, best first. `within`: only passages of that document
 * (its own, or indexed once for it and another document).
 */
export function rank(question: Question, index: SearchIndex, options: RankingOptions, within?: string): Ranked[] {
  const asked = retrievalQuery(question, index, options, within);
  if (!asked) return [];
  // The question's posting lists, looked up once for the several reads below.
  const retrieval: Retrieval = { ...asked, plan: queryPlan(index.miniSearch, asked.query, asked.searchOptions) };
  // The first candidates of MiniSearch's search(), scored from its postings (bm25.ts): the same
  // scores, without a result object for each of the thousands of passages a question's bigrams match.
  const results = topResults(index.miniSearch, retrieval.query, retrieval.searchOptions, Math.max(1, options.candidates), retrieval.plan);
  const best = results[0]?.score ?? 1;
  const { slots } = question;
  const required = slots.filter((s) => !s.optional);
  const total = required.reduce((n, s) => n + s.weight, 0) || 1;
  const hasEvidence = kindSpec(question.kind)?.evidence !== undefined;
  const { weight } = options;
  const titleScores = index.titles.scores(slots);
  // A question about a document itself (「この記事いつの？」, "who wrote the NRI deck?") names the
  // document and asks nothing else: its details answer.
  const aboutDocument = required.every((s) => s.weight === 0) && question.documents.size > 0;
  const candidates = candidatesFor(question, index, options, retrieval, results, { within, aboutDocument });

  const bm25Of = relevance(index, retrieval, candidates, best, options.withinDocumentPrior, within);

  return candidates
    .map((result, c): Ranked => {
      const passage = index.passages.get(result.id)!;
      const layout = passageLayout(passage);
      const inText = layout.terms;
      const details = aboutDocument && passage.location.front === true && question.documents.has(passage.doc);
      const inTextMatches = details ? [] : required.map((s) => slotMatch(s, inText));
      const textCoverage = details ? 1 : required.reduce((n, s, k) => n + inTextMatches[k]! * s.weight, 0) / total;
      const coverage = details ? 1 : required.reduce((n, s, k) => n + Math.max(inTextMatches[k]!, slotMatch(s, layout.context)) * s.weight, 0) / total;
      // The units' scores as numbers; their objects are made only for the passages an answer
      // quotes or judges (a few of the thirty candidates).
      const covered = unitCoverage(layout, slots, question.kind, options);
      let bestUnit = 0;
      let kindMatch = 0;
      for (let index = 0; index < covered.coverage.length; index++) {
        const hasKind = covered.hasKind?.[index] ?? false;
        bestUnit = Math.max(bestUnit, covered.coverage[index]! + (hasKind ? 0.15 : 0));
        // The kind asked for on a line that matches the question; half as much anywhere else in the passage.
        if (hasEvidence && hasKind) kindMatch = Math.max(kindMatch, covered.coverage[index]! > 0 ? 1 : 0.5);
      }
      const compoundBonus = slots.some((s) => s.optional && slotMatch(s, inText) > 0) ? 0.03 : 0;
      const bm25 = bm25Of[c]!;
      const score =
        weight.bm25 * bm25 +
        weight.coverage * textCoverage +
        weight.unit * bestUnit +
        weight.kind * kindMatch +
        weight.context * (coverage - textCoverage) +
        compoundBonus +
        (question.documents.has(passage.doc) ? weight.documentHint : 0) +
        weight.title * (titleScores.get(passage.doc) ?? 0);
      return new RankedPassage(passage, layout, score, coverage, slots, covered, { bm25, textCoverage, bestUnit, kindMatch, context: coverage - textCoverage, title: titleScores.get(passage.doc) ?? 0 });
    })
    .sort((a, b) => b.score - a.score);
}
