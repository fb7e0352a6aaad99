/**
 * Shiori's answering core, and the only way in for the front ends: load the analyzer, the index
 * and the figure catalogue once, then answer questions by retrieving passages and quoting them,
 * with the catalogue figures a question asks for attached. Knows nothing of Discord or terminals.
 */
import path from 'node:path';
import { AliasTable, loadAliases } from '../analysis/aliases.ts';
import { Analyzer, type Term } from '../analysis/analyzer.ts';
import { ReadingTable } from '../analysis/readings.ts';
import { SynonymTable } from '../analysis/synonyms.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { ANSWER_KINDS, FIGURE_WORDS, kindSpec } from '../core/answer-kinds.ts';
import { detectLanguage, say } from '../core/i18n.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR } from '../core/paths.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import { hashCorpus, type CorpusProblem } from '../corpus/load.ts';
import { loadCheckedCatalogue, loadCheckedCatalogueCached } from '../figures/catalogue.ts';
import { figureChoices, matchFigures, resolveFigure, type FigureMatch, type FigureResolution } from '../figures/lookup.ts';
import type { Figure } from '../figures/schema.ts';
import { pickFigureValue } from '../figures/value.ts';
import { indexVersion, type IndexData, type IndexedPassage } from '../search/build.ts';
import { buildCaches, buildCorpusIndex, type BuildCaches } from '../search/build-corpus.ts';
import { encodeIndex, openIndex, passageWith, type IndexContent, type LoadedIndex } from '../search/index-file.ts';
import { loadIndex, saveIndex } from '../search/index-store.ts';
import { checkQuestion, QUESTION_MAX_CHARS, readQuestion, type Question, type QuestionContext } from '../search/question.ts';
import { DocumentTitles, rank, retrievalQuery, type SearchIndex } from '../search/rank.ts';
import { resolveOptions, type ShioriOptions, type ShioriOptionsInput } from './options.ts';
import { locatePassage } from './locate.ts';
import { judgeConfidence } from './confidence.ts';
import { chooseQuote } from './quote.ts';
import { questionProblems } from './text.ts';
import type { Answer, AskOutcome, Hit } from './types.ts';

/** Longest question the engine reads, in characters: front ends set it as the limit of their question fields. */
export { QUESTION_MAX_CHARS };

/** Why the index was (re)built, for the notice shown to the person waiting. */
export type RebuildReason = 'missing' | 'stale-corpus' | 'stale-analyzer' | 'corrupt';

/** Words that only say what kind of answer is wanted, of every kind (推移, 定義, §割合…): never a question's subject. */
const ASKING_WORDS = new Set<string>(Object.values(ANSWER_KINDS).flatMap((spec) => spec.askingWords));
/** Nouns that point, count, say when or lean on another word (それ, 三, 最近, こと, 向け): never a question's subject. */
const NOT_SUBJECT_POS = new Set(['名詞-代名詞', '名詞-数', '名詞-副詞可能', '名詞-非自立', '名詞-接尾']);

/** Figure cards attached to an answer, at most. */
const FIGURES_PER_ANSWER_MAX = 2;
/** The title terms of a document the index does not hold. */
const NO_TERMS: ReadonlySet<string> = new Set();
/** Beside the index: the figure catalogue as checked against the indexed corpus (see loadCheckedCatalogueCached). */
const CHECKED_CATALOGUE_FILE = 'figures-checked.json';

export interface OpenOptions {
  corpusDir?: string;
  indexDir?: string;
  /** Tunables (see options.ts); the defaults are what the evaluation was tuned to. */
  options?: ShioriOptionsInput;
  /** Told when the index is rebuilt and when corpus files have problems. */
  onRebuild?: (reason: RebuildReason, detail?: string) => void;
  onProblem?: (problem: CorpusProblem) => void;
  /** Told of build progress (passages analysed so far). */
  onProgress?: (done: number, total: number) => void;
}

export interface AskOptions {
  /** How many hits at most (within the configured maximum). */
  limit?: number;
  /** Only passages of this document (its id). */
  document?: string;
}

export interface BuildResult {
  data: IndexData;
  /** The index as written, opened (what an engine answers with). */
  index: LoadedIndex;
  file: string;
  problems: CorpusProblem[];
  figures: Figure[];
  /** Files read and analysed in this build; the others' analysis came from the index's cache. */
  analysed: string[];
}

/**
 * Analyse the corpus's new and changed documents, assemble and write the index; the figure catalogue
 * must agree with the documents. `caches` are kept by a process that builds again and again (the
 * bot's rebuild worker); by default they are read from the index folder.
 */
export async function buildAndSaveIndex(
  analyzer: Analyzer,
  corpusDir: string,
  indexDir: string,
  options: ShioriOptions,
  onProgress?: (done: number, total: number) => void,
  caches: BuildCaches = buildCaches(indexDir),
): Promise<BuildResult> {
  const built = await buildCorpusIndex(corpusDir, analyzer, options.passages, caches, onProgress);
  // The figure catalogue must agree with the documents, or the build fails naming the figure.
  const figures = await loadCheckedCatalogue(corpusDir, built.data);
  const bytes = encodeIndex(built.data);
  const file = await saveIndex(indexDir, bytes);
  return { data: built.data, index: openIndex(bytes), file, problems: built.problems, figures, analysed: built.analysed };
}

/** The analyzer for a corpus: kuromoji plus the corpus's aliases. */
export async function loadAnalyzer(corpusDir: string): Promise<Analyzer> {
  const [tokenizer, aliases] = await Promise.all([loadTokenizer(), loadAliases(corpusDir)]);
  return new Analyzer(tokenizer, aliases);
}

/** A question that cannot be searched, with the message to show, in the asker's language. */
function problemOutcome(problem: Extract<ReturnType<typeof checkQuestion>, { ok: false }>): AskOutcome {
  const language = detectLanguage(problem.text);
  // Counted as the engine counts: characters, not UTF-16 units.
  const message = say(questionProblems[problem.problem], language, { max: QUESTION_MAX_CHARS, length: problem.length });
  return { ok: false, problem: problem.problem, language, question: problem.text, message };
}

export class Shiori {
  private readonly index: SearchIndex;
  private readonly documentsById: Map<string, DocumentMeta>;
  private readonly passagesByDoc = new Map<string, IndexedPassage[]>();
  /** Copies of passages indexed under another document, by their own id. */
  private readonly copies = new Map<string, IndexedPassage>();
  private readonly questionContext: QuestionContext;
  private readonly data: IndexContent;

  private constructor(
    readonly analyzer: Analyzer,
    { data, miniSearch, documentFrequency, indexed }: LoadedIndex,
    private readonly catalogue: readonly Figure[],
    readonly options: ShioriOptions,
  ) {
    this.data = data;
    const titles = new Map(data.documents.map((d) => [d.id, new Set(data.titles[d.id])]));
    this.index = { miniSearch, passages: new Map(data.passages.map((p) => [p.id, p])), titles: new DocumentTitles(titles) };
    this.documentsById = new Map(data.documents.map((d) => [d.id, d]));
    const place = (passage: IndexedPassage) => {
      const list = this.passagesByDoc.get(passage.doc) ?? [];
      list.push(passage);
      this.passagesByDoc.set(passage.doc, list);
    };
    for (const passage of data.passages) {
      place(passage);
      // A passage indexed once for several documents is also in each of the others, at its place there.
      for (const copy of passage.alsoIn ?? []) {
        const view = passageWith(passage, { ...copy, alsoIn: [{ doc: passage.doc, id: passage.id, order: passage.order, location: passage.location }, ...(passage.alsoIn ?? []).filter((c) => c !== copy)] });
        this.copies.set(copy.id, view);
        place(view);
      }
    }
    for (const list of this.passagesByDoc.values()) list.sort((a, b) => a.order - b.order);
    this.questionContext = {
      analyzer,
      documents: data.documents,
      documentFrequency,
      indexed,
      passageCount: data.passages.length,
      titleTerms: (doc) => titles.get(doc) ?? NO_TERMS,
      kindWordWeight: options.ranking.kindWordWeight,
      synonyms: new SynonymTable(data.synonyms),
      readings: new ReadingTable(data.readings),
      expansion: options.ranking.expansion,
    };
  }

  /**
   * Load kuromoji, the index and the figure catalogue, rebuilding the index when it is missing,
   * stale or corrupt. Throws when there are no documents or the catalogue disagrees with them.
   */
  static async open(openOptions: OpenOptions = {}): Promise<Shiori> {
    const corpusDir = openOptions.corpusDir ?? DEFAULT_CORPUS_DIR;
    const indexDir = openOptions.indexDir ?? DEFAULT_INDEX_DIR;
    const options = resolveOptions(openOptions.options);
    const corpusHash = await hashCorpus(corpusDir);
    // kuromoji's dictionary and the index load side by side.
    const [tokenizer, loaded] = await Promise.all([loadTokenizer(), loadIndex(indexDir, { corpusHash, version: indexVersion(options.passages) })]);
    if (loaded.status === 'ok') {
      // A current index holds the alias groups it was built with: no need to parse the YAML again.
      const figures = await loadCheckedCatalogueCached(corpusDir, loaded.data, { file: path.join(indexDir, CHECKED_CATALOGUE_FILE), corpusKey: `${loaded.data.corpusHash}:${loaded.data.version}` });
      return new Shiori(new Analyzer(tokenizer, new AliasTable(loaded.data.aliasGroups, { normalized: true })), loaded, figures, options);
    }
    const analyzer = new Analyzer(tokenizer, await loadAliases(corpusDir));
    const reason: RebuildReason = loaded.status === 'stale' ? (loaded.reason === 'corpus' ? 'stale-corpus' : 'stale-analyzer') : loaded.status;
    openOptions.onRebuild?.(reason, loaded.status === 'corrupt' ? loaded.detail : undefined);
    const built = await buildAndSaveIndex(analyzer, corpusDir, indexDir, options, openOptions.onProgress);
    for (const problem of built.problems) openOptions.onProblem?.(problem);
    // Use what was just built rather than reading it back: the corpus may change again meanwhile.
    return new Shiori(analyzer, built.index, built.figures, options);
  }

  /**
   * An engine over an index built elsewhere (the rebuild worker), sharing `previous`'s kuromoji
   * and options: what a running bot swaps in when the documents change.
   */
  static withIndex(previous: Shiori, index: LoadedIndex, figures: readonly Figure[]): Shiori {
    // The index holds the alias groups it was built with, in search form (as open() reads them).
    const analyzer = new Analyzer(previous.analyzer.tokenizer, new AliasTable(index.data.aliasGroups, { normalized: true }));
    return new Shiori(analyzer, index, figures, previous.options);
  }

  /**
   * What is wrong with a question before anything is loaded (blank, too long, no words), with the
   * message to show; undefined when it can be asked.
   */
  static check(rawQuestion: string): Extract<AskOutcome, { ok: false }> | undefined {
    const checked = checkQuestion(rawQuestion);
    return checked.ok ? undefined : (problemOutcome(checked) as Extract<AskOutcome, { ok: false }>);
  }

  /**
   * A question known to be too long before it is read whole (a line of input cut while reading),
   * with the message to show: `sample` is its beginning, `length` how long it was.
   */
  static tooLong(sample: string, length: number): Extract<AskOutcome, { ok: false }> {
    const text = [...sample].slice(0, QUESTION_MAX_CHARS).join('');
    return problemOutcome({ ok: false, problem: 'too_long', text, length }) as Extract<AskOutcome, { ok: false }>;
  }

  /** Answer a question: the best passages, each with the excerpt that answers, and the figures it asks for. */
  ask(rawQuestion: string, options: AskOptions = {}): AskOutcome {
    const checked = checkQuestion(rawQuestion);
    if (!checked.ok) return problemOutcome(checked);
    const question = readQuestion(checked.text, this.questionContext);
    const { hits: hitLimits, ranking } = this.options;
    const limit = Math.min(hitLimits.max, Math.max(1, options.limit ?? hitLimits.default));
    const ranked = rank(question, this.index, ranking, options.document);
    // Further hits must cover a fair part of what the best one covers: /search lists no passage that
    // only shares a common word (元 in 元金) with the question.
    const floor = (ranked[0]?.coverage ?? 0) * ranking.furtherHitCoverage;
    const kept = ranked.filter((r, i) => i === 0 || r.coverage >= floor);
    const hits: Hit[] = kept.slice(0, limit).map((r) => {
      const quote = chooseQuote(r.passage, r.layout, r.units, question.slots, question.kind, this.options.quotes);
      // Asked within one document, a passage indexed once for several is cited at its place there.
      const copy = options.document !== undefined && r.passage.doc !== options.document ? r.passage.alsoIn?.find((c) => c.doc === options.document) : undefined;
      const shown = (copy && this.copies.get(copy.id)) ?? r.passage;
      const hit: Hit = {
        passage: toPassage(shown),
        document: this.documentsById.get(shown.doc)!,
        score: round(r.score),
        quote: quote.text,
        marks: quote.marks,
        answerMarks: quote.answerMarks,
      };
      const alsoIn = (shown.alsoIn ?? []).flatMap((copy) => this.documentsById.get(copy.doc) ?? []);
      if (alsoIn.length > 0) hit.alsoIn = alsoIn;
      return hit;
    });
    const unsure = judgeConfidence(question, ranked, this.options.confidence);
    const answer: Answer = { question: question.text, language: question.language, kind: question.kind, hits, confident: unsure === undefined, ...(unsure && { unsure }), figures: [] };
    answer.figures = this.figuresAskedFor(question, answer);
    const asked = answer.figures[0];
    if (asked && kindSpec(question.kind)?.number) answer.value = pickFigureValue(asked, question.text, question.language).text;
    return { ok: true, answer };
  }

  /**
   * What a question is about: the words that name its subject (names, nouns, acronyms), as
   * written, without the words that only ask (推移, 定義, 理由), say when (2019年) or how many, or
   * point (それ). Empty for a question that leans on the one before it («2019年は？», «それの定義は？»),
   * which a front end may read together with the earlier question's subject words.
   */
  subjectWords(rawQuestion: string): string[] {
    const checked = checkQuestion(rawQuestion);
    if (!checked.ok) return [];
    const question = readQuestion(checked.text, this.questionContext);
    const names = (term: Term) => (term.kind === 'word' || term.kind === 'compound' || term.kind === 'concept') && term.noun && !ASKING_WORDS.has(term.term) && !NOT_SUBJECT_POS.has(term.pos ?? '') && [...term.term].length >= 2;
    // A concept spelled by a word that does not name (§推移 by 推移) does not either.
    const notNaming = question.terms.filter((term) => term.kind !== 'concept' && !names(term));
    const spans = question.terms
      .filter((term) => names(term) && !(term.kind === 'concept' && notNaming.some((word) => word.start === term.start && word.end === term.end)))
      .map((term): [number, number] => [term.start, term.end])
      .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of spans) {
      const last = merged.at(-1);
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return [...new Set(merged.map(([start, end]) => question.text.slice(start, end)))];
  }

  /**
   * A question's retrieval as MiniSearch's own search() runs it, ready to be run: what ranking
   * scores in its place from the same postings (search/bm25.ts). `npm run bench` times it as the
   * retrieval floor. Undefined when the question cannot be asked or has nothing to search for.
   */
  miniSearchRetrieval(rawQuestion: string): (() => void) | undefined {
    const checked = checkQuestion(rawQuestion);
    if (!checked.ok) return undefined;
    const retrieval = retrievalQuery(readQuestion(checked.text, this.questionContext), this.index, this.options.ranking);
    return retrieval && (() => void this.index.miniSearch.search(retrieval.query, retrieval.searchOptions));
  }

  /** Search: like ask, with more hits, for browsing. */
  search(query: string, options: AskOptions = {}): AskOutcome {
    return this.ask(query, { ...options, limit: options.limit ?? this.options.hits.max });
  }

  /**
   * The catalogue figures a question asks for: only when the answer is confident, the question asks
   * for numbers, and it names a figure (its title or an alias). 「アリババとは？」 gets none.
   */
  private figuresAskedFor(question: Question, answer: Answer): Figure[] {
    if (!answer.confident) return [];
    if (!kindSpec(question.kind)?.figure && !FIGURE_WORDS.test(question.text)) return [];
    return matchFigures(this.catalogue, question.text)
      .slice(0, FIGURES_PER_ANSWER_MAX)
      .map((match) => match.figure);
  }

  documents(): DocumentMeta[] {
    return [...this.data.documents];
  }

  document(id: string): DocumentMeta | undefined {
    return this.documentsById.get(id);
  }

  passage(id: string): Passage | undefined {
    const passage = this.index.passages.get(id) ?? this.copies.get(id);
    return passage && toPassage(passage);
  }

  /** A document's passages in reading order. */
  passages(docId: string): Passage[] {
    return (this.passagesByDoc.get(docId) ?? []).map(toPassage);
  }

  /**
   * The passage of a document at a place a person names: what autocomplete sends (a passage id) or
   * what they type (12, スライド12, slide 12, 第3段落, s12.2); undefined when it names no place.
   */
  locate(docId: string, typed: string): Passage | undefined {
    const document = this.documentsById.get(docId);
    return document && locatePassage(typed, document, this.passages(docId));
  }

  neighbours(passageId: string): { previous?: Passage; next?: Passage } {
    const passage = this.index.passages.get(passageId) ?? this.copies.get(passageId);
    if (!passage) return {};
    const list = this.passagesByDoc.get(passage.doc) ?? [];
    const index = list.indexOf(passage);
    const previous = list[index - 1];
    const next = list[index + 1];
    return { previous: previous && toPassage(previous), next: next && toPassage(next) };
  }

  /** The figure catalogue, checked against the documents. */
  figures(): readonly Figure[] {
    return this.catalogue;
  }

  /** The figure an id or name means, the candidates when several fit as well, or the closest ones. */
  resolveFigure(query: string): FigureResolution {
    return resolveFigure(this.catalogue, query);
  }

  /** Figures for an autocomplete box. */
  figureChoices(typed: string, limit: number): FigureMatch[] {
    return figureChoices(this.catalogue, typed, limit);
  }

  /** When the index was built and from what, for /help and the CLI. */
  indexInfo(): { builtAt: string; passages: number; documents: number; corpusHash: string } {
    return { builtAt: this.data.builtAt, passages: this.data.passages.length, documents: this.data.documents.length, corpusHash: this.data.corpusHash };
  }
}

/** The passage alone, without what the index keeps beside it. */
const plainPassages = new WeakMap<IndexedPassage, Passage>();
function toPassage(indexed: IndexedPassage): Passage {
  let plain = plainPassages.get(indexed);
  if (!plain) {
    const { units: _units, terms: _terms, context: _context, ...passage } = indexed;
    plain = passage;
    plainPassages.set(indexed, plain);
  }
  return plain;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
