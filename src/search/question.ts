/**
 * Reading a question, once, into the value that ranking, quoting and formatting all take: the
 * cleaned text, its language, the kind of answer it wants, its search terms grouped into slots
 * (one per thing asked about, weighted by rarity), and the documents it points at. Question words
 * and polite endings are recognised on the raw question, then dropped from the search terms.
 */
import type { Analyzer, Term } from '../analysis/analyzer.ts';
import { normalize, normalizeWithMap, stripInvisible, type NormalizedText } from '../analysis/normalize.ts';
import { READING_WHOLE_RUN_MIN_KANA, toKatakana, type ReadingTable } from '../analysis/readings.ts';
import { ROMAJI_FUNCTION_WORDS, romajiFunctionWordsAsKana, romajiSpellings, romajiToKatakana } from '../analysis/romaji.ts';
import type { SynonymTable } from '../analysis/synonyms.ts';
import { detectAnswerKind, kindSpec } from '../core/answer-kinds.ts';
import { detectLanguage } from '../core/i18n.ts';
import type { AnswerKind, DocumentKind, DocumentMeta, Language, QuestionProblem } from '../core/types.ts';
import { idf } from './bm25.ts';

/** Longest question Shiori reads, in characters. */
export const QUESTION_MAX_CHARS = 500;

/** A question term and the terms that stand for the same thing (a word and its alias concept). */
export interface Slot {
  /** The asker's own terms: a word and the alias concept it spells. */
  terms: Set<string>;
  /**
   * Other spellings of the same thing the asker did not write (a synonym from the dictionary, a word
   * the kana or romaji spells), each with the share of the slot's weight a match through it earns.
   */
  alternatives: Map<string, number>;
  weight: number;
  /** No passage holds it, nor any other spelling of it: a specific word the documents never use. */
  unknown: boolean;
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

/** How much a match through another spelling counts, as a share of a match of the asker's own word. */
export interface ExpansionOptions {
  synonym: number;
  /** A synonym Sudachi marks as not expanding (消す → 削除). */
  weakSynonym: number;
  /** A word a run of kana spells (えんたいりつ → 延滞率); divided among the words sharing the reading. */
  reading: number;
  /** A word a romaji run spells (toushi → 投資). */
  romaji: number;
}

export const EXPANSION_DEFAULTS: ExpansionOptions = { synonym: 0.7, weakSynonym: 0.4, reading: 0.6, romaji: 0.8 };

/** What reading a question needs to know about the index it will be asked of. */
export interface QuestionContext {
  analyzer: Analyzer;
  documents: readonly DocumentMeta[];
  /** In how many passages a term occurs. */
  documentFrequency(term: string): number;
  /** Whether the index holds the term as a word: in a passage's text or what it is about (its heading, chapter, title); bigrams do not count. */
  indexed(term: string): boolean;
  passageCount: number;
  /** The terms of a document's title and other names (none for an unknown document). */
  titleTerms(doc: string): ReadonlySet<string>;
  /** Weight of words that only say what kind of answer is wanted (占める in 何％を占める). */
  kindWordWeight: number;
  synonyms: SynonymTable;
  readings: ReadingTable;
  expansion: ExpansionOptions;
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

/**
 * A question is cleaned and checked; `text` is what is echoed back (never longer than the limit)
 * and `length` how many characters the question had.
 */
export type CheckedQuestion = { ok: true; text: string } | { ok: false; problem: QuestionProblem; text: string; length: number };

/**
 * Raw text longer than this many times the limit is refused before any work on it: cleaning a
 * 50 MB line to find that it is too long would cost seconds and gigabytes.
 */
const RAW_LENGTH_FACTOR = 8;

/** Clean a raw question and say what is wrong with it, if anything. */
export function checkQuestion(raw: string): CheckedQuestion {
  if (raw.length > QUESTION_MAX_CHARS * RAW_LENGTH_FACTOR) {
    return { ok: false, problem: 'too_long', text: stripInvisible(raw.slice(0, QUESTION_MAX_CHARS)), length: raw.length };
  }
  const text = stripInvisible(raw).replace(/\s+/g, ' ').trim();
  const length = [...text].length;
  if (text === '') return { ok: false, problem: 'blank', text, length };
  if (length > QUESTION_MAX_CHARS) return { ok: false, problem: 'too_long', text: [...text].slice(0, QUESTION_MAX_CHARS).join(''), length };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, problem: 'no_content', text, length };
  return { ok: true, text };
}

/** A normalized name and whether normalized text names it: a Latin name as a whole word, any other as a substring. */
interface DocumentName {
  name: string;
  mentionedIn(text: string): boolean;
}

function documentName(name: string): DocumentName {
  if (!name) return { name, mentionedIn: () => false };
  if (!/^[a-z0-9 .&-]+$/.test(name)) return { name, mentionedIn: (text) => text.includes(name) };
  const pattern = new RegExp(`(?<![a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
  return { name, mentionedIn: (text) => pattern.test(text) };
}

/** Each document's names as questions are matched against them: normalized and compiled once per document, not per question. */
const documentNames = new WeakMap<DocumentMeta, DocumentName[]>();
function namesOf(document: DocumentMeta): DocumentName[] {
  let names = documentNames.get(document);
  if (!names) documentNames.set(document, (names = (document.names ?? []).map((name) => documentName(normalize(name)))));
  return names;
}

/** The documents a question names by one of their names (NRI, ALLFORCES), and the names found. */
function documentsNamed(normalized: string, documents: readonly DocumentMeta[]): { documents: Set<string>; names: string[] } {
  const named = new Set<string>();
  const names: string[] = [];
  for (const document of documents) {
    for (const { name, mentionedIn } of namesOf(document)) {
      if (!mentionedIn(normalized)) continue;
      names.push(name);
      named.add(document.id);
    }
  }
  return { documents: named, names };
}

/** Group the question's terms into slots: one per thing asked about. */
export function questionSlots(terms: Term[], context: QuestionContext, kind: AnswerKind = 'any', text = ''): Slot[] {
  const slots: Slot[] = [];
  const concepts = terms.filter((t) => t.kind === 'concept');
  const weightOf = (term: string) => idf(context.passageCount, context.documentFrequency(term));
  for (const concept of concepts) {
    // A concept inside a longer one (§元 in デジタル人民元) only adds precision, like a word inside it.
    const nested = concepts.some((outer) => outer !== concept && outer.start <= concept.start && concept.end <= outer.end && outer.end - outer.start > concept.end - concept.start);
    if (slots.some((s) => s.terms.has(concept.term))) continue;
    slots.push({ terms: new Set([concept.term]), alternatives: new Map(), weight: 0, optional: nested, unknown: false });
  }
  for (const term of terms) {
    if (term.kind === 'concept' || slots.some((s) => s.terms.has(term.term))) continue;
    // A word inside an alias spelling (テック in 資産運用テック) only adds precision: the concept is
    // what was asked, even when kuromoji ran past the spelling's end (零售通って → 零 / 售 / 通う).
    // A number is always asked for itself (3800 keeps its weight beside §億). An ordinal is the rank
    // asked for in a question for a rank (second → row 2), a mere word elsewhere (do X first).
    const inside = concepts.some((c) => c.start <= term.start && term.start < c.end);
    const optional = (inside && term.kind !== 'number') || term.kind === 'compound' || (term.kind === 'ordinal' && kind !== 'rank');
    slots.push({ terms: new Set([term.term]), alternatives: alternativesOf(term, context), weight: 0, optional, unknown: false });
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
    const inCorpus = [...slot.terms, ...slot.alternatives.keys()].some((t) => context.documentFrequency(t) > 0);
    if (inCorpus || slot.optional || askingOnly) continue;
    // Words no passage holds: a specific one (a noun, a name, an acronym) is evidence that the
    // documents do not answer; any other (an English word of the question's phrasing, an adverb, a
    // verb) weighs nothing.
    const term = terms.find((t) => slot.terms.has(t.term));
    if (term && isSpecific(term, text)) slot.unknown = true;
    else slot.weight = 0;
  }
  return slots;
}

/** A term that names something specific: a noun in Japanese, a number, an acronym or a capitalised name in Latin letters. */
function isSpecific(term: Term, text: string): boolean {
  const written = text.slice(term.start, term.end);
  if (term.kind === 'number') return true;
  if (/^[\x20-\x7e]+$/.test(written)) return /^[A-Z0-9][A-Z0-9&.+-]+$/.test(written) || (/^[A-Z]/.test(written) && term.start > 0);
  // One character, or hiragana alone (what kuromoji makes of a casual spelling: デカい → デカ / い), names nothing.
  if ([...term.term].length < 2 || /^[\u3041-\u3096ー]+$/.test(term.term)) return false;
  // Time words (年末, 最近) and numbers' counters say when or how much, not what.
  return term.noun && term.pos !== '名詞-副詞可能' && term.pos !== '名詞-数';
}

/** The other spellings of a question's word that the corpus uses: synonyms from the dictionary. */
function alternativesOf(term: Term, context: QuestionContext): Map<string, number> {
  const alternatives = new Map<string, number>();
  if (term.kind !== 'word' && term.kind !== 'compound') return alternatives;
  for (const synonym of context.synonyms.synonyms(term.term)) {
    if (context.documentFrequency(synonym.term) === 0) continue;
    const share = synonym.weak ? context.expansion.weakSynonym : context.expansion.synonym;
    alternatives.set(synonym.term, Math.max(alternatives.get(synonym.term) ?? 0, share));
  }
  return alternatives;
}

/**
 * Read a (checked) question into what to search for. Words that name a kind of document
 * (「記事だと」) or a document (NRI, ALLFORCES) point at it and are not searched for themselves:
 * "What does NRI say about Huawei?" asks about Huawei, in NRI's deck.
 */
export function readQuestion(text: string, context: QuestionContext): Question {
  const map = normalizeWithMap(text);
  const normalized = map.text;
  const kind = detectAnswerKind(`${normalized} ${romajiFunctionWordsAsKana(normalized)}`.trim());
  const all = context.analyzer.analyze(text);
  const hint = DOCUMENT_HINTS.find(([, pattern]) => pattern.test(normalized));
  const notHint = all.filter((t) => !hint?.[2].has(t.term));
  let terms = notHint.filter((t) => !QUESTION_TERMS.has(t.term) && !QUESTION_CONCEPTS.has(t.term));
  // A question made only of question words still searches for them (a word naming a kind of document never).
  if (terms.length === 0) terms = notHint;
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
  if (hint) {
    const ofKind = context.documents.filter((d) => d.kind === hint[0]).map((d) => d.id);
    // 「アリババのAI投資の記事」, "the article on Alibaba's AI investment": words of a title that
    // describe the document name it, as a name does.
    const described = describingTerms(text, map, all, hint[1], ofKind, context);
    if (described.terms.size > 0) {
      const rest = terms.filter((t) => !described.terms.has(t));
      if (rest.length > 0) terms = rest;
    }
    for (const doc of described.terms.size > 0 ? described.documents : ofKind) documents.add(doc);
  }
  return {
    text,
    normalized,
    language: detectLanguage(text),
    kind,
    terms,
    bigrams: [...new Set(bigrams)],
    slots: withSpelledWords(questionSlots(terms, context, kind, text), text, terms, context),
    documents,
  };
}

/**
 * The words that describe a document where the question names its kind (「アリババのAI投資の記事」,
 * "the article on Alibaba's AI investment", "the Alibaba AI article"): those next to the kind's
 * word, joined to it and to each other by の, a space or 's (after the kind's word, only after on
 * or about), as far as each is a word of the title or other names of a document of that kind.
 * They and the documents whose titles hold them are returned; a word no title holds ends the run.
 */
function describingTerms(
  text: string,
  map: NormalizedText,
  all: readonly Term[],
  pattern: RegExp,
  ofKind: readonly string[],
  context: QuestionContext,
): { terms: Set<Term>; documents: Set<string> } {
  const out = { terms: new Set<Term>(), documents: new Set<string>() };
  const found = pattern.exec(map.text);
  if (!found || ofKind.length === 0) return out;
  const hintStart = map.starts[found.index] ?? 0;
  const hintEnd = map.ends[found.index + found[0].length - 1] ?? text.length;
  // The question's words in groups of overlapping ones (アリ, アリババ, §アリババ, ババ), in order.
  const groups: Array<{ start: number; end: number; terms: Term[] }> = [];
  for (const term of [...all].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (term.start < hintEnd && hintStart < term.end) continue;
    const last = groups.at(-1);
    if (last && term.start < last.end) {
      last.terms.push(term);
      last.end = Math.max(last.end, term.end);
    } else groups.push({ start: term.start, end: term.end, terms: [term] });
  }
  const join = /^(?:|\s+|の|・|'s\s*|’s\s*)$/i;
  // The documents every word taken so far describes: a word must describe one of them too.
  let described = ofKind;
  const take = (group: { start: number; end: number; terms: Term[] }): boolean => {
    // A word is read whole (アリババ, or its concept), not by its pieces (アリ would describe an article on ants).
    const longest = Math.max(...group.terms.map((t) => t.end - t.start));
    const whole = group.terms.filter((t) => t.kind === 'concept' || t.end - t.start === longest);
    const holding = described.filter((doc) => whole.some((t) => context.titleTerms(doc).has(t.term)));
    if (holding.length === 0) return false;
    described = holding;
    for (const t of group.terms) out.terms.add(t);
    return true;
  };
  const before = groups.filter((g) => g.end <= hintStart).reverse();
  let edge = hintStart;
  for (const group of before) {
    if (!join.test(text.slice(group.end, edge).normalize('NFKC')) || !take(group)) break;
    edge = group.start;
  }
  const after = groups.filter((g) => g.start >= hintEnd);
  edge = hintEnd;
  for (const [i, group] of after.entries()) {
    const gap = text.slice(edge, group.start).normalize('NFKC');
    if (!(i === 0 ? /^\s+(?:on|about)\s+$/i.test(gap) : join.test(gap)) || !take(group)) break;
    edge = group.end;
  }
  if (out.terms.size > 0) for (const doc of described) out.documents.add(doc);
  return out;
}

/** Runs of hiragana in the normalized question: where a word may be spelled out (えんたいりつ, すもーるすたーと). */
const KANA_RUN = /[\u3041-\u3096\u30fc]{3,}/g;
/** Runs of Latin words: where Japanese may be typed in romaji. */
const LATIN_WORD = /[a-z][a-z'-]*/g;

/**
 * Words of three kana or more spelled at the start of a run of kana, or after a particle in it, and
 * followed by a particle or the run's end (とうし in とうしっていくらだっけ): where the particles mark a
 * word that kuromoji cut into pieces (とう / しっ), which may be one the corpus writes in kanji. The
 * whole run is searched for readings of four kana or more (ReadingTable.find); a three-kana reading
 * is too ambiguous to look for anywhere inside it, but not where particles mark it as a word. A
 * piece kuromoji reads as one word of its own (いくら, ところ) is that word. Longest first, no overlaps.
 */
function wordsBetweenParticles(run: string, context: QuestionContext, isWord: (katakana: string) => boolean): Array<{ terms: string[]; start: number; end: number }> {
  const { analyzer, readings } = context;
  const isParticle = (token: { pos: string } | undefined) => token?.pos === '助詞' || token?.pos === '助動詞';
  const katakana = toKatakana(run);
  const longest = readings.longestPiece;
  const readingAt = (start: number, end: number) => readings.lookup(katakana.slice(start, end), isWord);
  // Most runs are only particles and endings (ってなに, だっけ): no reading of three kana or more in
  // them, and nothing to tokenise.
  let any = false;
  for (let start = 0; !any && start + READING_WHOLE_RUN_MIN_KANA <= run.length; start++) {
    for (let end = start + READING_WHOLE_RUN_MIN_KANA; end <= Math.min(run.length, start + longest); end++) {
      if (readingAt(start, end)) {
        any = true;
        break;
      }
    }
  }
  if (!any) return [];
  let at = 0;
  const tokens = analyzer.kuromojiTokens(run).map((token) => {
    const start = at;
    at += token.surface_form.length;
    return { token, start };
  });
  // Where a word may start: at the run's start, or after a particle.
  const starts = [0, ...tokens.filter((t) => isParticle(t.token)).map((t) => t.start + t.token.surface_form.length)];
  // So is a verb or adjective with its ending inside the piece (いっ / て of いってた, not 一手).
  // A particle after the piece's first word (ときに: とき / に; てはい of してはいけない): a word of
  // the question's own with its particle, not one word spelled out (時に, 手配).
  const phrasing = (start: number, end: number) => {
    const overlapping = tokens.filter((t) => t.start < end && t.start + t.token.surface_form.length > start);
    const inside = (t: (typeof tokens)[number]) => t.start >= start && t.start + t.token.surface_form.length <= end;
    return overlapping.some(
      (t, k) => inside(t) && ((k > 0 && isParticle(t.token)) || ((t.token.pos === '動詞' || t.token.pos === '形容詞') && k < overlapping.length - 1)),
    );
  };
  const found: Array<{ terms: string[]; start: number; end: number }> = [];
  for (const start of starts) {
    if (found.some((hit) => hit.start <= start && start < hit.end)) continue;
    for (let end = Math.min(run.length, start + longest); end - start >= READING_WHOLE_RUN_MIN_KANA; end--) {
      const terms = readingAt(start, end);
      if (!terms) continue;
      // What follows is a particle: the first word of a few kana after the piece, read on their own.
      if (end < run.length && !isParticle(analyzer.kuromojiTokens(run.slice(end, end + 8))[0])) continue;
      const own = analyzer.kuromojiTokens(run.slice(start, end));
      if ((own.length === 1 && own[0]!.word_type === 'KNOWN') || phrasing(start, end)) continue;
      found.push({ terms: [...terms], start, end });
      break;
    }
  }
  return found;
}

/**
 * Words the question spells in kana or romaji that the corpus writes in kanji or katakana:
 * えんたいりつ → 延滞率, toushi → 投資, soshiki saihen → 組織再編. Each found word is a slot of its
 * own at the weight of a match through it; the pieces kuromoji cut the kana into (えん / たい / りつ)
 * or the Latin words it was typed as then only add precision.
 */
function withSpelledWords(slots: Slot[], text: string, terms: readonly Term[], context: QuestionContext): Slot[] {
  const { text: normalized, starts, ends } = normalizeWithMap(text);
  const found: Array<{ terms: string[]; share: number; start: number; end: number }> = [];
  const inCorpus = (t: string) => context.documentFrequency(t) > 0;
  KANA_RUN.lastIndex = 0;
  for (let m = KANA_RUN.exec(normalized); m; m = KANA_RUN.exec(normalized)) {
    const inRun: Array<{ terms: string[]; start: number; end: number }> = [];
    for (const hit of context.readings.find(m[0], inCorpus)) {
      const hitTerms = hit.terms.filter(inCorpus);
      if (hitTerms.length > 0) inRun.push({ terms: hitTerms, start: hit.start, end: hit.end });
    }
    for (const hit of wordsBetweenParticles(m[0], context, inCorpus)) {
      const hitTerms = hit.terms.filter(inCorpus);
      if (hitTerms.length > 0 && !inRun.some((other) => other.start < hit.end && hit.start < other.end)) inRun.push({ ...hit, terms: hitTerms });
    }
    for (const hit of inRun) found.push({ terms: hit.terms, share: context.expansion.reading / hit.terms.length, start: m.index + hit.start, end: m.index + hit.end });
  }
  // A word written with the wrong kanji of the same sound (延滞率 typed 延体率, 言語 typed 現語): a
  // compound the index holds nowhere (a heading's word is no typo), read as kuromoji reads its
  // pieces, may be the reading of one that passages hold. Not a word whose synonyms the passages
  // hold (提言, found as 提案): that is a word of its own, only not the documents' word.
  const understood = (term: string) => slots.some((slot) => slot.terms.has(term) && [...slot.alternatives.keys()].some(inCorpus));
  for (const term of terms) {
    if (!/^[\u3005\u4e00-\u9fff]{2,}$/.test(term.term) || inCorpus(term.term) || context.indexed(term.term) || understood(term.term)) continue;
    for (const reading of soundsOf(context.analyzer.reading(term.term))) {
      const hitTerms = (context.readings.entries[reading] ?? []).filter(inCorpus);
      if (hitTerms.length === 0) continue;
      const start = normalized.indexOf(normalize(text.slice(term.start, term.end)));
      if (start >= 0) found.push({ terms: hitTerms, share: context.expansion.reading / hitTerms.length, start, end: start + (term.end - term.start) });
      break;
    }
  }
  // Romaji: runs of words that could be romaji; a run counts when its kana reaches the corpus.
  const words: Array<{ word: string; start: number; end: number; kana?: string }> = [];
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(normalized); m; m = LATIN_WORD.exec(normalized)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length, kana: romajiToKatakana(m[0]) });
  const romajiEvidence = words.some((w) => ROMAJI_FUNCTION_WORDS.has(w.word));
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(3, words.length - i); length >= 1; length--) {
      const run = words.slice(i, i + length);
      if (run.some((w) => !w.kana || ROMAJI_FUNCTION_WORDS.has(w.word))) continue;
      // A word the corpus itself uses in Latin letters (cloud, ant) is English, unless the question is plainly romaji.
      if (!romajiEvidence && run.every((w) => inCorpus(w.word))) continue;
      let hitTerms: string[] = [];
      for (const kana of romajiSpellings(run.map((w) => w.kana).join(''))) {
        hitTerms = inCorpus(kana) ? [kana] : (context.readings.find(kana).find((h) => h.start === 0 && h.end === kana.length)?.terms ?? []).filter(inCorpus);
        if (hitTerms.length > 0) break;
      }
      if (hitTerms.length === 0) continue;
      found.push({ terms: hitTerms, share: context.expansion.romaji / hitTerms.length, start: run[0]!.start, end: run.at(-1)!.end });
      i += length - 1;
      break;
    }
  }
  if (found.length === 0) return slots;
  for (const hit of found) {
    const start = starts[hit.start] ?? 0;
    const end = ends[hit.end - 1] ?? text.length;
    const covered = terms.filter((t) => t.start >= start && t.end <= end);
    for (const slot of slots) {
      if (covered.some((t) => slot.terms.has(t.term))) {
        slot.optional = true;
        slot.unknown = false;
      }
    }
    const weight = Math.max(...hit.terms.map((t) => idf(context.passageCount, context.documentFrequency(t))));
    slots.push({ terms: new Set(), alternatives: new Map(hit.terms.map((t) => [t, hit.share])), weight, optional: false, unknown: false });
  }
  return slots;
}

/** How much of a slot a set of terms matches: 1 for the asker's own word, the alternative's share for another spelling, else 0. */
export function slotMatch(slot: Slot, terms: ReadonlySet<string>): number {
  for (const term of slot.terms) if (terms.has(term)) return 1;
  let best = 0;
  for (const [term, share] of slot.alternatives) if (share > best && terms.has(term)) best = share;
  return best;
}

/** A reading and its form with a small ッ where kana meet (バツキン → バッキン, as 罰金 is read). */
function soundsOf(reading: string | undefined): string[] {
  if (!reading) return [];
  const doubled = reading.replace(/[ツチクキ](?=[カキクケコサシスセソタチツテトパピプペポ])/g, 'ッ');
  return doubled === reading ? [reading] : [reading, doubled];
}
