/**
 * Key terms of a sentence, each with a kind, so that a blank can be filled with wrong choices of
 * the same kind: a name (an organisation, a place, a person), a number with its unit (a
 * percentage for a percentage), or a compound noun (延滞率, 垂直統合). kuromoji's parts of speech
 * find them; the corpus's alias table adds the names kuromoji does not know (テンセント) and says
 * when two spellings are one thing (Alibaba = アリババ).
 */
import type { Shiori } from '../answer/engine.ts';
import { loadTokenizer, type KuromojiToken, type Tokenizer } from '../analysis/tokenizer.ts';

export type TermKind = 'name' | 'number' | 'term';

export interface FoundTerm {
  text: string;
  start: number;
  end: number;
  kind: TermKind;
  /** What a wrong choice must share: `name:org`, `number:%`, `term:katakana`. */
  group: string;
  /** For numbers: the value, to prefer wrong choices of a similar size. */
  value?: number;
}

export interface TermFinder {
  terms(sentence: string): FoundTerm[];
  /** Alias concepts in a text: two texts that share one name the same thing. */
  conceptsOf(text: string): ReadonlySet<string>;
}

/** A number with the unit that says what it counts: 39.4%, 3800億元, 122社, 2028年. */
const NUMBER_WITH_UNIT = /(?<![\d.,])\d+(?:[.,]\d+)*(?:億|万|兆|千)?(?:%|％|億元|億ドル|万元|元|ドル|円|社|件|人|個|日間|日|年|ヵ月|カ月|か月|倍|位|都市|億個)/g;
const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc・]{3,}$/;
/** A Latin name as documents write one: Alibaba, DingTalk, or an acronym of three letters or more (HKMA, IBM). */
const LATIN_NAME = /^(?:[A-Z][a-z][A-Za-z0-9-]*|[A-Z][A-Z0-9]{2,})$/;
const LATIN_NAME_IN_TEXT = /(?<![A-Za-z])(?:[A-Z][a-z][A-Za-z0-9-]*|[A-Z][A-Z0-9]{2,})(?![A-Za-z])/g;
const KANJI_ONLY = /^[\u4e00-\u9fff々]+$/;
const HAS_KATAKANA = /[\u30a1-\u30fa]/;
/** Letters, digits, the long-vowel mark and the middle dot: a term has no other symbols. */
const WORD_CHARACTERS = /^[\p{L}\p{N}ー・]+$/u;
/** Nouns that start no term: pronoun-like, adverb-like or dependent ones, and numbers (found apart). */
const NOT_IN_TERM = new Set(['非自立', '代名詞', '数', '副詞可能', '特殊']);
const TERM_MIN_CHARS = 3;
const TERM_MAX_CHARS = 12;
/** A single katakana word of this many characters is a term of its own (パートナーシップ). */
const KATAKANA_TERM_MIN_CHARS = 5;

/** Proper nouns kuromoji knows (unknown words it also calls 固有名詞, so those do not count). */
const KNOWN_PROPER_GROUP: Record<string, string> = { 地域: 'place', 人名: 'person' };

/** `3800億元` → 億元, `39.4%` → %: what a wrong choice's number must be counted in. */
function unitOf(text: string): string {
  return text.replace(/^[\d.,]+/, '').replace('％', '%');
}

function numberValue(text: string): number {
  const digits = Number(/[\d.,]+/.exec(text)?.[0]?.replace(/,/g, '') ?? Number.NaN);
  const scale = /億/.test(text) ? 1e8 : /万/.test(text) ? 1e4 : /兆/.test(text) ? 1e12 : /千/.test(text) ? 1e3 : 1;
  return digits * scale;
}

/** 具体的, 戦略的: adjectival nouns that only grammar tells apart. */
const ADJECTIVAL = /的$/;

/** Whether a Latin word is one word of an English phrase (Blockchain as a Service, Alibaba Cloud): not a name on its own. */
export function inLatinPhrase(text: string, start: number, end: number): boolean {
  return /[A-Za-z][ \t]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ \t][A-Za-z]/.test(text.slice(end, end + 2));
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

export class KuromojiTermFinder implements TermFinder {
  constructor(
    private readonly tokenizer: Tokenizer,
    /** Katakana spellings of organisations and products (テンセント), folded. */
    private readonly katakanaNames: ReadonlySet<string>,
    private readonly concepts: (text: string) => ReadonlySet<string>,
  ) {}

  /** Terms by sentence: the bank asks for a sentence's terms again while it is built. */
  private readonly found = new Map<string, readonly FoundTerm[]>();

  conceptsOf(text: string): ReadonlySet<string> {
    return this.concepts(text);
  }

  terms(sentence: string): FoundTerm[] {
    const known = this.found.get(sentence);
    if (known) return [...known];
    const terms = this.findTerms(sentence);
    this.found.set(sentence, terms);
    return [...terms];
  }

  private findTerms(sentence: string): FoundTerm[] {
    const found: FoundTerm[] = [];
    NUMBER_WITH_UNIT.lastIndex = 0;
    for (let match = NUMBER_WITH_UNIT.exec(sentence); match; match = NUMBER_WITH_UNIT.exec(sentence)) {
      const text = match[0];
      found.push({ text, start: match.index, end: match.index + text.length, kind: 'number', group: `number:${unitOf(text)}`, value: numberValue(text) });
    }
    for (const run of this.nounRuns(sentence)) {
      const text = sentence.slice(run.start, run.end);
      const length = [...text].length;
      if (/\d/.test(text) || !WORD_CHARACTERS.test(text) || length < 2) continue;
      const single = run.tokens.length === 1 ? run.tokens[0]! : undefined;
      const known = single && single.word_type === 'KNOWN' && single.pos_detail_1 === '固有名詞' ? KNOWN_PROPER_GROUP[single.pos_detail_2] : undefined;
      if (known) {
        found.push({ text, start: run.start, end: run.end, kind: 'name', group: `name:${known}` });
      } else if ((LATIN_NAME.test(text) && !inLatinPhrase(sentence, run.start, run.end)) || this.katakanaNames.has(fold(text))) {
        found.push({ text, start: run.start, end: run.end, kind: 'name', group: 'name:org' });
      } else if (!ADJECTIVAL.test(text) && length >= TERM_MIN_CHARS && length <= TERM_MAX_CHARS && (run.tokens.length >= 2 || (KATAKANA_WORD.test(text) && length >= KATAKANA_TERM_MIN_CHARS))) {
        const script = KANJI_ONLY.test(text) ? 'kanji' : HAS_KATAKANA.test(text) ? 'katakana' : 'other';
        found.push({ text, start: run.start, end: run.end, kind: 'term', group: `term:${script}` });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Adjacent nouns (a suffix such as 率 or 部 may continue a run, not start one). */
  private nounRuns(sentence: string): Array<{ start: number; end: number; tokens: KuromojiToken[] }> {
    const runs: Array<{ start: number; end: number; tokens: KuromojiToken[] }> = [];
    let current: { start: number; end: number; tokens: KuromojiToken[] } | undefined;
    for (const token of this.tokenizer.tokenize(sentence)) {
      const start = token.word_position - 1;
      const end = start + token.surface_form.length;
      const noun = token.pos === '名詞' && !NOT_IN_TERM.has(token.pos_detail_1) && (token.pos_detail_1 !== '接尾' || current !== undefined);
      if (noun && current && current.end === start) {
        current.end = end;
        current.tokens.push(token);
        continue;
      }
      if (current) runs.push(current);
      current = noun && token.pos_detail_1 !== '接尾' ? { start, end, tokens: [token] } : undefined;
    }
    if (current) runs.push(current);
    return runs;
  }
}

/**
 * Katakana names of organisations and products: the katakana spellings of alias groups that also
 * have a Latin spelling the documents write as a name (テンセント beside Tencent, アリババ beside
 * Alibaba). A loanword (パートナーシップ) has no such partner.
 */
export function katakanaNamesOf(aliasGroups: readonly (readonly string[])[], texts: readonly string[]): Set<string> {
  const latinNames = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(LATIN_NAME_IN_TEXT)) {
      if (!inLatinPhrase(text, match.index, match.index + match[0].length)) latinNames.add(fold(match[0]));
    }
  }
  const names = new Set<string>();
  for (const spellings of aliasGroups) {
    if (!spellings.some((spelling) => latinNames.has(fold(spelling)))) continue;
    for (const spelling of spellings) if (KATAKANA_WORD.test(fold(spelling))) names.add(fold(spelling));
  }
  return names;
}

/** The term finder for an open engine: its kuromoji (already loaded), its alias table and its documents. */
export async function termFinderFor(engine: Shiori): Promise<TermFinder> {
  const tokenizer = await loadTokenizer();
  const texts = engine.documents().flatMap((document) => engine.passages(document.id).map((passage) => passage.text));
  const katakanaNames = katakanaNamesOf(engine.analyzer.aliases.groups.map((group) => group.spellings), texts);
  // The same few hundred terms are compared again and again while choosing wrong choices.
  const cache = new Map<string, ReadonlySet<string>>();
  const concepts = (text: string) => {
    let found = cache.get(text);
    if (!found) {
      found = new Set(engine.analyzer.analyze(text).filter((term) => term.kind === 'concept').map((term) => term.term));
      cache.set(text, found);
    }
    return found;
  };
  return new KuromojiTermFinder(tokenizer, katakanaNames, concepts);
}
