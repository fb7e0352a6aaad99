/**
 * Reading a question, once, into the value that ranking, quoting and formatting all take: the
 * cleaned text, its language, the kind of answer it wants, its search terms grouped into slots
 * (one per thing asked about, weighted by rarity), and the documents it points at. Question words
 * and polite endings are recognised on the raw question, then dropped from the search terms.
 */
import type { Analyzer, Term } from '../analysis/analyzer.ts';
import { normalize, stripInvisible } from '../analysis/normalize.ts';
import { detectAnswerKind, kindSpec } from '../core/answer-kinds.ts';
import { detectLanguage } from '../core/i18n.ts';
import type { AnswerKind, DocumentKind, DocumentMeta, Language, QuestionProblem } from '../core/types.ts';

/** Longest question Shiori reads, in characters. */
export const QUESTION_MAX_CHARS = 500;

/** A question term and the terms that stand for the same thing (a word and its alias concept). */
export interface Slot {
  terms: Set<string>;
  weight: number;
  /**
   * Only adds precision: matching it helps, missing it costs nothing. So are compounds (延滞率 beside
   * 延滞 and 率), words and concepts inside a longer alias spelling, and ordinals outside a rank question.
   */
  optional: boolean;
}

export interface Question {
  /** As the person wrote it, invisible characters removed, spaces collapsed. */
  text: string;
  /** The text normalized (NFKC, case, numbers), as patterns and names are matched against it. */
  normalized: string;
  language: Language;
  kind: AnswerKind;
  /** Search terms of the word field, with positions in `text`. */
  terms: Term[];
  /** Search terms of the bigram field. */
  bigrams: string[];
  /** The terms grouped by what they stand for, weighted (see readQuestion). */
  slots: Slot[];
  /** Documents the question points at by kind (「記事だと」) or by one of their names (NRI): they rank higher. */
  documents: ReadonlySet<string>;
}

/** What reading a question needs to know about the index it will be asked of. */
export interface QuestionContext {
  analyzer: Analyzer;
  documents: readonly DocumentMeta[];
  /** In how many passages a term occurs. */
  documentFrequency(term: string): number;
  passageCount: number;
  /** Weight of words that only say what kind of answer is wanted (占める in 何％を占める). */
  kindWordWeight: number;
}

/** Words of a question that ask rather than say: dropped from the search terms. */
const QUESTION_TERMS = new Set([
  '教える', '知る', '知りたい', 'とは', '意味', '定義', '具体', '具体的', '詳しい', '詳細', '説明', '概要', 'いくら',
  'mean', 'meaning', 'define', 'definition', 'explain', 'describe', 'detail', 'know', 'want', 'like',
]);

/** Concepts that only say what kind of answer is wanted (§順位 for "rank", §目的 for "why"). */
const QUESTION_CONCEPTS = new Set(['§出所']);

/** Words that point at a kind of document rather than say what is asked. */
const DOCUMENT_HINTS: Array<[DocumentKind, RegExp, ReadonlySet<string>]> = [
  ['article', /記事|ブログ|コラム|\barticle\b|\bblog\b/, new Set(['記事', 'ブログ', 'コラム', 'article', 'blog'])],
  ['slides', /スライド|講演資料|プレゼン|\bdeck\b|\bslides?\b|\bpresentation\b/, new Set(['スライド', '講演資料', 'プレゼン', 'deck', 'slide'])],
];

export type CheckedQuestion = { ok: true; text: string } | { ok: false; problem: QuestionProblem; text: string };

/** Clean a raw question and say what is wrong with it, if anything. */
export function checkQuestion(raw: string): CheckedQuestion {
  const text = stripInvisible(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, problem: 'blank', text };
  if ([...text].length > QUESTION_MAX_CHARS) return { ok: false, problem: 'too_long', text };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, problem: 'no_content', text };
  return { ok: true, text };
}

/** Inverse document frequency over passages; a term no passage has weighs the most. */
export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Whether normalized text names something: a Latin name as a whole word, any other as a substring. */
function mentions(text: string, name: string): boolean {
  if (!name) return false;
  if (!/^[a-z0-9 .&-]+$/.test(name)) return text.includes(name);
  return new RegExp(`(?<![a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).test(text);
}

/** The documents a question names by one of their names (NRI, ALLFORCES), and the names found. */
function documentsNamed(normalized: string, documents: readonly DocumentMeta[]): { documents: Set<string>; names: string[] } {
  const named = new Set<string>();
  const names: string[] = [];
  for (const document of documents) {
    for (const name of (document.names ?? []).map(normalize)) {
      if (!mentions(normalized, name)) continue;
      names.push(name);
      named.add(document.id);
    }
  }
  return { documents: named, names };
}

/** Group the question's terms into slots: one per thing asked about. */
export function questionSlots(terms: Term[], context: Pick<QuestionContext, 'documentFrequency' | 'passageCount' | 'kindWordWeight'>, kind: AnswerKind = 'any'): Slot[] {
  const slots: Slot[] = [];
  const concepts = terms.filter((t) => t.kind === 'concept');
  const weightOf = (term: string) => idf(context.passageCount, context.documentFrequency(term));
  for (const concept of concepts) {
    // A concept inside a longer one (§元 in デジタル人民元) only adds precision, like a word inside it.
    const nested = concepts.some((outer) => outer !== concept && outer.start <= concept.start && concept.end <= outer.end && outer.end - outer.start > concept.end - concept.start);
    if (slots.some((s) => s.terms.has(concept.term))) continue;
    slots.push({ terms: new Set([concept.term]), weight: 0, optional: nested });
  }
  for (const term of terms) {
    if (term.kind === 'concept' || slots.some((s) => s.terms.has(term.term))) continue;
    // A word inside an alias spelling (テック in 資産運用テック) only adds precision: the concept is
    // what was asked, even when kuromoji ran past the spelling's end (零售通って → 零 / 售 / 通う).
    // A number is always asked for itself (3800 keeps its weight beside §億). An ordinal is the rank
    // asked for in a question for a rank (second → row 2), a mere word elsewhere (do X first).
    const inside = concepts.some((c) => c.start <= term.start && term.start < c.end);
    const optional = (inside && term.kind !== 'number') || term.kind === 'compound' || (term.kind === 'ordinal' && kind !== 'rank');
    slots.push({ terms: new Set([term.term]), weight: 0, optional });
  }
  const kindWords = new Set(kindSpec(kind)?.askingWords ?? []);
  // A concept spelled by a word that only asks (占める → §割合) asks too.
  const askingConcepts = new Set(
    concepts
      .filter((c) => {
        const inside = terms.filter((t) => t.kind !== 'concept' && c.start <= t.start && t.end <= c.end);
        return kindWords.size > 0 && inside.length > 0 && inside.every((t) => kindWords.has(t.term));
      })
      .map((c) => c.term),
  );
  for (const slot of slots) {
    const askingOnly = [...slot.terms].some((t) => kindWords.has(t) || askingConcepts.has(t));
    slot.weight = Math.max(...[...slot.terms].map(weightOf)) * (slot.optional ? 0.5 : 1) * (askingOnly ? context.kindWordWeight : 1);
  }
  return slots;
}

/**
 * Read a (checked) question into what to search for. Words that name a kind of document
 * (「記事だと」) or a document (NRI, ALLFORCES) point at it and are not searched for themselves:
 * "What does NRI say about Huawei?" asks about Huawei, in NRI's deck.
 */
export function readQuestion(text: string, context: QuestionContext): Question {
  const normalized = normalize(text);
  const kind = detectAnswerKind(normalized);
  const all = context.analyzer.analyze(text);
  const hint = DOCUMENT_HINTS.find(([, pattern]) => pattern.test(normalized));
  let terms = all.filter((t) => !QUESTION_TERMS.has(t.term) && !QUESTION_CONCEPTS.has(t.term) && !hint?.[2].has(t.term));
  // A question made only of question words still searches for them.
  if (terms.length === 0) terms = all;
  const bigrams = terms
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'ordinal')
    .flatMap((t) => context.analyzer.bigrams(text.slice(t.start, t.end)));
  const named = documentsNamed(normalized, context.documents);
  if (named.names.length > 0) {
    const naming = (t: Term) => named.names.some((name) => name.includes(normalize(text.slice(t.start, t.end))));
    const rest = terms.filter((t) => !naming(t));
    if (rest.length > 0) terms = rest;
  }
  const documents = named.documents;
  if (hint) for (const d of context.documents) if (d.kind === hint[0]) documents.add(d.id);
  return {
    text,
    normalized,
    language: detectLanguage(text),
    kind,
    terms,
    bigrams: [...new Set(bigrams)],
    slots: questionSlots(terms, context, kind),
    documents,
  };
}
