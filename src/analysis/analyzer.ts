/**
 * The one analyzer, used for documents and questions alike, in the manner of Lucene's kuromoji
 * analyzer: normalize (NFKC, width, case, numbers), tokenise with kuromoji, keep base forms,
 * drop the part-of-speech stop tags and stop words, stem katakana long vowels, then add the
 * terms of compounds (延滞 + 率 → 延滞率) and of aliases (Alibaba → §アリババ). A second
 * analysis into character bigrams feeds a recall field.
 */
import type { AliasTable } from './aliases.ts';
import { normalizeWithMap, type NormalizedText } from './normalize.ts';
import { readingOf } from './readings.ts';
import { withFastLattice } from './lattice.ts';
import type { KuromojiToken, Tokenizer } from './tokenizer.ts';

/**
 * Everything that decides which terms text turns into. Its hash is stored in the index, so an index
 * built with other settings is rebuilt; bump `version` when the code that applies them changes.
 */
export const ANALYZER_SETTINGS = {
  version: 13,
  /** Lucene's default stop tags (matched as prefixes of `pos-pos_detail_1`), plus pronoun-like classes. */
  stopTags: [
    '助詞', '助動詞', '接続詞', '記号', 'フィラー', '感動詞', 'その他-間投', '非言語音', '連体詞',
    '名詞-非自立', '名詞-代名詞', '動詞-非自立', '形容詞-非自立', '副詞-助詞類接続', '接頭詞-名詞接続',
  ],
  /** Base forms that carry no meaning of their own in our questions or documents. */
  stopWords: [
    'する', 'ある', 'いる', 'なる', 'できる', 'れる', 'られる', 'せる', 'させる', 'いう', '言う', '思う',
    'こと', 'もの', 'よう', 'ため', 'これ', 'それ', 'あれ', 'どれ', 'ここ', 'そこ', 'どこ', 'など', 'ところ',
    'とき', 'ほか', 'うち', 'さ', 'ら', 'たち', 'さん', 'お', 'ご', 'その他', 'また', 'さらに', 'まず', 'もう',
    '特に', '非常', '本当', '単に', '既に', '常に', '少し', 'もちろん', '正直', '一体', 'そう', 'こう', 'ああ',
    '何', 'なに', 'なん', 'なんで', '何で', 'いつ', '誰', 'だれ', 'どう', 'どの', 'どんな', 'いくら', 'いくつ', 'なぜ', 'どうして',
    '教える', '知る', '知りたい', 'くださる', '下さる', 'ください', '下さい', 'ます', 'です', 'ね', 'よ', 'か',
  ],
  /** English words dropped from questions and documents. */
  englishStopWords: [
    'a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'as', 'about', 'into', 'than',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'has', 'have', 'had',
    'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
    'what', 'which', 'who', 'whom', 'whose', 'how', 'much', 'many', 'when', 'where', 'why',
    'and', 'or', 'but', 'if', 'so', 'not', 'no', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their',
    'they', 'them', 'he', 'she', 'his', 'her', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
    'tell', 'please', 'show', 'give', 'say', 'said', 'says', 'get', 'got', 'according', 'per', 's', 't',
    'called', 'call', 'named', 'article', 'document', 'deck', 'slide', 'slides', 'report', 'mention', 'mentioned',
    'stand', 'stands', 'kind', 'sort', 'type', 'thing', 'things', 'come', 'comes', 'came', 'go', 'goes', 'went', 'supposed', 'going',
  ],
  /** English ordinals read as numbers: second → 2. */
  englishOrdinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'],
  /** Katakana words at least this long lose a final ー (サーバー → サーバ). */
  katakanaStemMinLength: 4,
  /** Adjacent nouns joined into compound terms, up to this many. */
  compoundMaxTokens: 3,
} as const;

/** `ordinal`: the number an English ordinal stands for (second → 2), which may or may not be a rank. */
export type TermKind = 'word' | 'number' | 'ordinal' | 'compound' | 'concept';

/** One term with where it came from in the original text. */
export interface Term {
  term: string;
  kind: TermKind;
  /** A noun (or an English word, a compound, a concept): what a question names rather than says about it. */
  noun: boolean;
  /** kuromoji's part of speech and its first detail (名詞-サ変接続), for words kuromoji read. */
  pos?: string;
  /** Offsets in the original (not normalized) text. */
  start: number;
  end: number;
}

const STOP_WORDS = new Set<string>(ANALYZER_SETTINGS.stopWords);
const ORDINALS = new Map<string, string>(ANALYZER_SETTINGS.englishOrdinals.map((word, i) => [word, String(i + 1)]));
const ENGLISH_STOP_WORDS = new Set<string>(ANALYZER_SETTINGS.englishStopWords);
const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]+$/;
/** ASCII pieces: words with at least one letter (5g, b2b2c, d30+), decimal numbers, and %. */
const ASCII_PIECE = /[a-z0-9]*[a-z][a-z0-9]*\+?|\d+(?:\.\d+)?|%/g;
/** Runs handed to kuromoji: anything outside ASCII except spaces. */
const NON_ASCII_RUN = /[^\x00-\x7f\s]+/g;
const HIRAGANA = /^[\u3041-\u3096]$/;
const CJK_CHAR = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\uf900-\ufaff]/;

function isStopTag(token: KuromojiToken): boolean {
  const tag = `${token.pos}-${token.pos_detail_1}`;
  return ANALYZER_SETTINGS.stopTags.some((stop) => tag.startsWith(stop));
}

/** Lucene's katakana stemmer: drop one final ー from long katakana words. */
export function stemKatakana(term: string): string {
  if (term.length >= ANALYZER_SETTINGS.katakanaStemMinLength && term.endsWith('ー') && KATAKANA_WORD.test(term)) {
    return term.slice(0, -1);
  }
  return term;
}

/** A light English stemmer: plurals and possessives only, enough for aliases to catch the rest. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

interface RawToken {
  term: string;
  kind: 'word' | 'number' | 'ordinal';
  noun: boolean;
  pos?: string;
  /** How it sounds here, when readings are asked for and kuromoji wrote it as its dictionary form (not inflected): its reading is the term's. */
  reading?: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
}

export class Analyzer {
  /** The same tokenizer, building its lattices faster (see withFastLattice): what the analysis tokenises with. */
  private readonly fast: Tokenizer;

  constructor(
    /** kuromoji as shipped (the benchmarks' floor). */
    readonly tokenizer: Tokenizer,
    readonly aliases: AliasTable,
  ) {
    this.fast = withFastLattice(tokenizer);
  }

  /** Normalize, tokenise and filter: the terms of the word field, in text order, with positions. */
  analyze(text: string): Term[] {
    return this.analyzeNormalized(text, normalizeWithMap(text));
  }

  /**
   * `analyze` and `bigrams` of one text, normalizing it once (the index build needs both of every
   * passage), and how its words and compounds sound where the text has them in their dictionary
   * form: the reading a build would otherwise get by tokenising each term again on its own.
   */
  analyzeWithBigrams(text: string): { terms: Term[]; bigrams: string[]; readings: Map<string, string> } {
    const normalized = normalizeWithMap(text);
    const readings = new Map<string, string>();
    return { terms: this.analyzeNormalized(text, normalized, readings), bigrams: bigramsOf(normalized.text), readings };
  }

  private analyzeNormalized(text: string, normalized: NormalizedText, readings?: Map<string, string>): Term[] {
    // An acronym written in capitals (AT, IT, US) is a name, not the stop word it spells in lower case.
    const isAcronym = (start: number, end: number) => /^[A-Z]{2,}$/.test(text.slice(normalized.starts[start] ?? 0, normalized.ends[end - 1] ?? 0));
    const raw = this.tokens(normalized.text, isAcronym, readings !== undefined);
    const terms: Term[] = [];
    const toOriginal = (start: number, end: number) => ({
      start: normalized.starts[start] ?? 0,
      end: normalized.ends[Math.max(start, end - 1)] ?? 0,
    });
    for (let i = 0; i < raw.length; i++) {
      const token = raw[i]!;
      terms.push({ term: token.term, kind: token.kind, noun: token.noun, ...(token.pos && { pos: token.pos }), ...toOriginal(token.start, token.end) });
      if (readings && token.reading !== undefined && !readings.has(token.term)) readings.set(token.term, token.reading);
      // Compounds: adjacent nouns, so 延滞率 or 組織再編 also match as a whole.
      if (!token.noun) continue;
      let compound = token.term;
      let sound = token.reading;
      for (let k = 1; k < ANALYZER_SETTINGS.compoundMaxTokens; k++) {
        const next = raw[i + k];
        const previous = raw[i + k - 1]!;
        if (!next || !next.noun || next.start !== previous.end || next.kind === 'number') break;
        compound += next.term;
        sound = sound !== undefined && next.reading !== undefined ? sound + next.reading : undefined;
        terms.push({ term: compound, kind: 'compound', noun: true, ...toOriginal(token.start, next.end) });
        if (readings && sound !== undefined && !readings.has(compound)) readings.set(compound, sound);
      }
    }
    for (const match of this.aliases.find(normalized.text)) {
      terms.push({ term: match.concept, kind: 'concept', noun: true, ...toOriginal(match.start, match.end) });
    }
    return terms.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** kuromoji's tokens of a text as it is (not normalized), from the faster lattice. */
  kuromojiTokens(text: string): KuromojiToken[] {
    return this.fast.tokenize(text);
  }

  /** How a term sounds, in katakana (延滞率 → エンタイリツ), read by kuromoji on its own; undefined for an unknown word. */
  reading(term: string): string | undefined {
    return readingOf(this.fast.tokenize(term));
  }

  /** Character bigrams of the text's Japanese runs, plus its ASCII words and numbers, for recall. */
  bigrams(text: string): string[] {
    return bigramsOf(normalizeWithMap(text).text);
  }

  /** Tokens of normalized text, before compounds and aliases. */
  private tokens(text: string, isAcronym: (start: number, end: number) => boolean = () => false, withReadings = false): RawToken[] {
    const out: RawToken[] = [];
    ASCII_PIECE.lastIndex = 0;
    for (let m = ASCII_PIECE.exec(text); m; m = ASCII_PIECE.exec(text)) {
      const piece = m[0];
      const isNumber = /^\d/.test(piece) && !/[a-z]/.test(piece);
      if (!isNumber && piece !== '%' && ENGLISH_STOP_WORDS.has(piece) && !isAcronym(m.index, m.index + piece.length)) continue;
      const term = isNumber || piece === '%' ? piece : stemEnglish(piece.replace(/'s$/, ''));
      // Not in third-party or first-hand.
      const hyphenated = text[m.index + piece.length] === '-';
      const ordinal = hyphenated ? undefined : (ORDINALS.get(piece) ?? /^(\d+)(?:st|nd|rd|th)$/.exec(piece)?.[1]);
      // "second" and "2nd" are the number 2 too (2位, row 2 of a ranking).
      if (ordinal !== undefined) out.push({ term: ordinal, kind: 'ordinal', noun: false, start: m.index, end: m.index + piece.length });
      else out.push({ term, kind: isNumber ? 'number' : 'word', noun: !isNumber, start: m.index, end: m.index + piece.length });
    }
    NON_ASCII_RUN.lastIndex = 0;
    for (let m = NON_ASCII_RUN.exec(text); m; m = NON_ASCII_RUN.exec(text)) {
      const runStart = m.index;
      for (const token of this.fast.tokenize(m[0])) {
        if (isStopTag(token)) continue;
        const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
        const term = stemKatakana(base.replace(/\s+/g, ''));
        if (!term || STOP_WORDS.has(term) || STOP_WORDS.has(token.surface_form)) continue;
        const start = runStart + token.word_position - 1;
        // Its reading is the term's only when the term is what the text wrote (not inflected, not
        // stemmed); read only for the index build, which keeps readings.
        const reading = withReadings && term === token.surface_form ? readingOf([token]) : undefined;
        out.push({ term, kind: 'word', noun: token.pos === '名詞' || token.pos === '接頭詞', pos: `${token.pos}-${token.pos_detail_1}`, reading, start, end: start + token.surface_form.length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/** Bigrams of normalized text (exported for tests and for the question's recall terms). */
export function bigramsOf(normalized: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const chars = Array.from(run);
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) {
      // Two hiragana are almost always grammar (して, ている): they add noise and index size, not recall.
      if (HIRAGANA.test(chars[i]!) && HIRAGANA.test(chars[i + 1]!)) continue;
      out.push(chars[i]! + chars[i + 1]!);
    }
    run = '';
  };
  for (const ch of normalized) {
    if (CJK_CHAR.test(ch)) run += ch;
    else flush();
  }
  flush();
  ASCII_PIECE.lastIndex = 0;
  for (let m = ASCII_PIECE.exec(normalized); m; m = ASCII_PIECE.exec(normalized)) {
    if (m[0] !== '%' && !ENGLISH_STOP_WORDS.has(m[0])) out.push(m[0]);
  }
  return out;
}

export type { NormalizedText };
