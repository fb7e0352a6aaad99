/**
 * Shiori's answering core: load the analyser and the index once, then answer questions by
 * retrieving passages and quoting them. Knows nothing of Discord or terminals.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { AliasTable, loadAliases } from '../analysis/aliases.ts';
import type { Term } from '../analysis/analyzer.ts';
import { Analyzer } from '../analysis/analyzer.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import { catalogueFileName, loadCheckedCatalogue } from '../figures/catalogue.ts';
import { normalize } from '../analysis/normalize.ts';
import { hashCorpus, loadCorpus, type CorpusProblem } from '../corpus/load.ts';
import type { DocumentMeta, Passage } from '../corpus/types.ts';
import { analyzerHash, buildIndex, loadIndex, MINISEARCH_OPTIONS, saveIndex, type IndexData, type IndexedFields } from '../search/index-store.ts';
import { checkQuestion, detectLanguage, readQuestion, type Question } from '../search/question.ts';
import { rank, RANKING, questionSlots } from '../search/rank.ts';
import { chooseQuote } from './quote.ts';
import type { AskOutcome, Hit } from './types.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
export const DEFAULT_INDEX_DIR = path.join(PROJECT_ROOT, 'index');

/** Hits returned by default, and at most. */
export const DEFAULT_HITS = 3;
export const MAX_HITS = 10;

/** Why the index was (re)built, for the notice shown to the person waiting. */
export type RebuildReason = 'missing' | 'stale-corpus' | 'stale-analyzer' | 'corrupt';

export interface OpenOptions {
  corpusDir?: string;
  indexDir?: string;
  /** Told when the index is rebuilt and when corpus files have problems. */
  onRebuild?: (reason: RebuildReason, detail?: string) => void;
  onProblem?: (problem: CorpusProblem) => void;
  /** Told of build progress (passages analysed so far). */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  data: IndexData;
  file: string;
  problems: CorpusProblem[];
}

/** Analyse the corpus and write the index. */
export async function buildAndSaveIndex(
  analyzer: Analyzer,
  corpusDir: string,
  indexDir: string,
  onProgress?: (done: number, total: number) => void,
  hashOfAnalyzer?: string,
): Promise<BuildResult> {
  const corpus = await loadCorpus(corpusDir);
  if (corpus.passages.length === 0) throw new Error(`no documents found in ${corpusDir}`);
  // The figure catalogue must agree with the documents, or the build fails naming the figure.
  if (existsSync(path.join(corpusDir, catalogueFileName))) await loadCheckedCatalogue(corpusDir, corpus);
  const data = buildIndex(corpus, analyzer, hashOfAnalyzer ?? (await analyzerHash()), onProgress);
  const file = await saveIndex(indexDir, data);
  return { data, file, problems: corpus.problems };
}

/** The analyser for a corpus: kuromoji plus the corpus's aliases. */
export async function loadAnalyzer(corpusDir: string): Promise<Analyzer> {
  const [tokenizer, aliases] = await Promise.all([loadTokenizer(), loadAliases(corpusDir)]);
  return new Analyzer(tokenizer, aliases);
}

export class Shiori {
  private readonly passagesById: Map<string, Passage>;
  private readonly documentsById: Map<string, DocumentMeta>;
  private readonly passagesByDoc = new Map<string, Passage[]>();
  private readonly documentFrequency = new Map<string, number>();

  private constructor(
    readonly analyzer: Analyzer,
    private readonly data: IndexData,
    private readonly miniSearch: MiniSearch<IndexedFields>,
  ) {
    this.passagesById = new Map(data.passages.map((p) => [p.id, p]));
    this.documentsById = new Map(data.documents.map((d) => [d.id, d]));

    for (const passage of data.passages) {
      const list = this.passagesByDoc.get(passage.doc) ?? [];
      list.push(passage);
      this.passagesByDoc.set(passage.doc, list);
    }
    for (const terms of Object.values(data.passageTerms)) {
      for (const term of new Set(terms.map(([t]) => t))) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  /** Load kuromoji and the index, rebuilding the index when it is missing, stale or corrupt. */
  static async open(options: OpenOptions = {}): Promise<Shiori> {
    const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
    const indexDir = options.indexDir ?? DEFAULT_INDEX_DIR;
    const [corpusHash, hashOfAnalyzer] = await Promise.all([hashCorpus(corpusDir), analyzerHash()]);
    // kuromoji's dictionary and the index load side by side.
    const [tokenizer, loaded] = await Promise.all([loadTokenizer(), loadIndex(indexDir, { corpusHash, analyzerHash: hashOfAnalyzer })]);
    // A current index holds the alias groups it was built with: no need to parse the YAML again.
    if (loaded.status === 'ok') return new Shiori(new Analyzer(tokenizer, new AliasTable(loaded.data.aliasGroups)), loaded.data, loaded.miniSearch);
    const analyzer = new Analyzer(tokenizer, await loadAliases(corpusDir));

    const reason: RebuildReason =
      loaded.status === 'stale' ? (loaded.reason === 'corpus' ? 'stale-corpus' : 'stale-analyzer') : loaded.status;
    options.onRebuild?.(reason, loaded.status === 'corrupt' ? loaded.detail : undefined);
    const built = await buildAndSaveIndex(analyzer, corpusDir, indexDir, options.onProgress, hashOfAnalyzer);
    for (const problem of built.problems) options.onProblem?.(problem);
    // Use what was just built rather than reading it back: the corpus may change again meanwhile.
    return new Shiori(analyzer, built.data, MiniSearch.loadJS<IndexedFields>(built.data.miniSearch as never, MINISEARCH_OPTIONS));
  }

  /** Answer a question: the best passages, each with the excerpt that answers. */
  ask(rawQuestion: string, options: { limit?: number } = {}): AskOutcome {
    const checked = checkQuestion(rawQuestion);
    if (!checked.ok) {
      return { ok: false, problem: checked.problem, language: detectLanguage(checked.text), question: checked.text };
    }
    const pointed = this.documentsPointedAt(readQuestion(checked.text, this.analyzer));
    const question = pointed.question;
    const limit = Math.min(MAX_HITS, Math.max(1, options.limit ?? DEFAULT_HITS));
    const df = (term: string) => this.documentFrequency.get(term) ?? 0;
    const slots = questionSlots(question.terms, df, this.data.passages.length, question.kind);
    const ranked = rank({
      question,
      slots,
      miniSearch: this.miniSearch,
      passages: this.passagesById,
      passageTerms: this.data.passageTerms,
      contextTerms: this.data.contextTerms,
      preferredDocuments: pointed.documents,
    });
    // Further hits must cover a fair part of what the best one covers: /search lists no passage that
    // only shares a common word (元 in 元金) with the question.
    const floor = (ranked[0]?.coverage ?? 0) * RANKING.furtherHitCoverage;
    const kept = ranked.filter((r, i) => i === 0 || r.coverage >= floor);
    const hits: Hit[] = kept.slice(0, limit).map((r) => {
      const quote = chooseQuote(r.passage, r.units, this.data.passageTerms[r.passage.id] ?? [], slots, question.kind);
      return { passage: r.passage, document: this.documentsById.get(r.passage.doc)!, score: round(r.score), quote: quote.text, marks: quote.marks };
    });
    const confident = (ranked[0]?.coverage ?? 0) >= RANKING.confidentCoverage;
    return { ok: true, answer: { question: question.text, language: question.language, kind: question.kind, hits, confident } };
  }

  /**
   * The documents a question names by kind (「記事だと」) or by one of their names (NRI, ALLFORCES),
   * and the question without the words that named them: "What does NRI say about Huawei?" asks
   * about Huawei, in NRI's deck.
   */
  private documentsPointedAt(question: Question): { documents: Set<string>; question: Question } {
    const text = normalize(question.text);
    const names: string[] = [];
    const documents = new Set<string>();
    for (const document of this.data.documents) {
      for (const name of (document.names ?? []).map(normalize)) {
        if (!mentions(text, name)) continue;
        names.push(name);
        documents.add(document.id);
      }
    }
    if (question.documentHint) for (const d of this.data.documents) if (d.kind === question.documentHint) documents.add(d.id);
    if (names.length === 0) return { documents, question };
    const naming = (t: Term) => names.some((name) => name.includes(normalize(question.text.slice(t.start, t.end))));
    const terms = question.terms.filter((t) => !naming(t));
    return { documents, question: terms.length > 0 ? { ...question, terms } : question };
  }

  /** Search: like ask, with more hits, for browsing. */
  search(query: string, options: { limit?: number } = {}): AskOutcome {
    return this.ask(query, { limit: options.limit ?? MAX_HITS });
  }

  documents(): DocumentMeta[] {
    return [...this.data.documents];
  }

  document(id: string): DocumentMeta | undefined {
    return this.documentsById.get(id);
  }

  passage(id: string): Passage | undefined {
    return this.passagesById.get(id);
  }

  /** A document's passages in reading order. */
  passages(docId: string): Passage[] {
    return [...(this.passagesByDoc.get(docId) ?? [])];
  }

  neighbours(passageId: string): { previous?: Passage; next?: Passage } {
    const passage = this.passagesById.get(passageId);
    if (!passage) return {};
    const list = this.passagesByDoc.get(passage.doc) ?? [];
    const index = list.findIndex((p) => p.id === passageId);
    return { previous: list[index - 1], next: list[index + 1] };
  }

  /** When the index was built and from what, for /help and the CLI. */
  indexInfo(): { builtAt: string; passages: number; documents: number } {
    return { builtAt: this.data.builtAt, passages: this.data.passages.length, documents: this.data.documents.length };
  }
}

/** Whether normalised text names something: a Latin name as a whole word, any other as a substring. */
function mentions(text: string, name: string): boolean {
  if (!name) return false;
  if (!/^[a-z0-9 .&-]+$/.test(name)) return text.includes(name);
  return new RegExp(`(?<![a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).test(text);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
