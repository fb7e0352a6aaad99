/**
 * A stand-in for kuromoji in unit tests, as Lucene tests its Japanese filters against a stand-in
 * tokenizer: the one method of kuromoji's Tokenizer that the Analyzer calls (`tokenize`), with
 * the fields it reads (surface and base form, part of speech and its first detail, position,
 * reading), over a small dictionary. Longest match first; text the dictionary lacks is cut into
 * runs of one script that stop where a known word starts, and read as kuromoji reads unknown
 * words: kanji and katakana as nouns, hiragana as particles, anything else as a symbol. Loading
 * it takes no time and no memory, so the analyzer, question reading, ranking and quoting can be
 * tested in milliseconds on made-up text.
 */
import { AliasTable } from '../../src/analysis/aliases.ts';
import { Analyzer } from '../../src/analysis/analyzer.ts';
import type { KuromojiToken, Tokenizer } from '../../src/analysis/tokenizer.ts';

/** A word: its part of speech with the first detail (`名詞-一般`), and its base form and reading when they differ from what is written. */
export interface StubWord {
  pos: string;
  base?: string;
  reading?: string;
}

/** The words of the made-up passages and questions of the unit tests, as IPADIC tags them. */
export const STUB_WORDS: Record<string, StubWord> = {
  // nouns
  テンセント: { pos: '名詞-固有名詞' },
  アリババ: { pos: '名詞-固有名詞' },
  アント: { pos: '名詞-固有名詞' },
  中国: { pos: '名詞-固有名詞', reading: 'チュウゴク' },
  アメリカ: { pos: '名詞-固有名詞' },
  組織: { pos: '名詞-一般', reading: 'ソシキ' },
  再編: { pos: '名詞-サ変接続', reading: 'サイヘン' },
  狙い: { pos: '名詞-一般', reading: 'ネライ' },
  理由: { pos: '名詞-一般', reading: 'リユウ' },
  法人: { pos: '名詞-一般', reading: 'ホウジン' },
  事業: { pos: '名詞-一般', reading: 'ジギョウ' },
  強化: { pos: '名詞-サ変接続', reading: 'キョウカ' },
  クラウド: { pos: '名詞-一般' },
  拡大: { pos: '名詞-サ変接続', reading: 'カクダイ' },
  ブロックチェーン: { pos: '名詞-一般' },
  特許: { pos: '名詞-一般', reading: 'トッキョ' },
  出願: { pos: '名詞-サ変接続', reading: 'シュツガン' },
  件数: { pos: '名詞-一般', reading: 'ケンスウ' },
  順位: { pos: '名詞-一般', reading: 'ジュンイ' },
  会社: { pos: '名詞-一般', reading: 'カイシャ' },
  国: { pos: '名詞-一般', reading: 'クニ' },
  出所: { pos: '名詞-一般', reading: 'シュッショ' },
  延滞: { pos: '名詞-サ変接続', reading: 'エンタイ' },
  個人: { pos: '名詞-一般', reading: 'コジン' },
  記事: { pos: '名詞-一般', reading: 'キジ' },
  二つ: { pos: '名詞-数', reading: 'フタツ' },
  一つ: { pos: '名詞-数', reading: 'ヒトツ' },
  何: { pos: '名詞-代名詞', reading: 'ナニ' },
  向け: { pos: '名詞-接尾', reading: 'ムケ' },
  率: { pos: '名詞-接尾', reading: 'リツ' },
  年: { pos: '名詞-接尾', reading: 'ネン' },
  位: { pos: '名詞-接尾', reading: 'イ' },
  // verbs, auxiliaries, particles
  行っ: { pos: '動詞-自立', base: '行う', reading: 'オコナッ' },
  し: { pos: '動詞-自立', base: 'する', reading: 'シ' },
  ある: { pos: '動詞-自立' },
  上昇: { pos: '名詞-サ変接続', reading: 'ジョウショウ' },
  もう: { pos: '副詞-一般' },
  た: { pos: '助動詞' },
  だ: { pos: '助動詞' },
  で: { pos: '助動詞', base: 'だ' },
  は: { pos: '助詞-係助詞' },
  も: { pos: '助詞-係助詞' },
  が: { pos: '助詞-格助詞' },
  を: { pos: '助詞-格助詞' },
  に: { pos: '助詞-格助詞' },
  と: { pos: '助詞-格助詞' },
  の: { pos: '助詞-連体化' },
  '、': { pos: '記号-読点' },
  '。': { pos: '記号-句点' },
};

type Script = 'kanji' | 'katakana' | 'hiragana' | 'other';

function scriptOf(ch: string): Script {
  if (/[\u3005\u4e00-\u9fff]/.test(ch)) return 'kanji';
  if (/[\u30a1-\u30fa\u30fc]/.test(ch)) return 'katakana';
  if (/[\u3041-\u3096]/.test(ch)) return 'hiragana';
  return 'other';
}

/** How kuromoji tags a word it does not know, by script. */
const UNKNOWN_POS: Record<Script, string> = { kanji: '名詞-一般', katakana: '名詞-一般', hiragana: '助詞-格助詞', other: '記号-一般' };

function token(surface: string, word: StubWord, start: number, known: boolean): KuromojiToken {
  const [pos, detail = '*'] = word.pos.split('-');
  const reading = word.reading ?? (scriptOf(surface[0]!) === 'katakana' ? surface : undefined);
  return {
    word_id: 0,
    word_type: known ? 'KNOWN' : 'UNKNOWN',
    word_position: start + 1, // 1-based, as kuromoji counts
    surface_form: surface,
    pos: pos!,
    pos_detail_1: detail,
    pos_detail_2: '*',
    pos_detail_3: '*',
    conjugated_type: '*',
    conjugated_form: '*',
    basic_form: word.base ?? surface,
    ...(known && reading !== undefined && { reading, pronunciation: reading }),
  };
}

/** A tokenizer over `words` that the Analyzer accepts in place of kuromoji's. */
export function stubTokenizer(words: Record<string, StubWord> = STUB_WORDS): Tokenizer {
  const longest = Math.max(...Object.keys(words).map((word) => word.length));
  const wordAt = (text: string, start: number): string | undefined => {
    for (let length = Math.min(longest, text.length - start); length > 0; length--) {
      const candidate = text.slice(start, start + length);
      if (Object.hasOwn(words, candidate)) return candidate;
    }
    return undefined;
  };
  const tokenize = (text: string): KuromojiToken[] => {
    const tokens: KuromojiToken[] = [];
    for (let start = 0; start < text.length; ) {
      const known = wordAt(text, start);
      if (known !== undefined) {
        tokens.push(token(known, words[known]!, start, true));
        start += known.length;
        continue;
      }
      const script = scriptOf(text[start]!);
      let end = start + 1;
      while (end < text.length && scriptOf(text[end]!) === script && wordAt(text, end) === undefined) end++;
      tokens.push(token(text.slice(start, end), { pos: UNKNOWN_POS[script] }, start, false));
      start = end;
    }
    return tokens;
  };
  // Only `tokenize` is ever called; the rest of kuromoji's Tokenizer (its dictionaries) is absent.
  return { tokenize } satisfies Pick<Tokenizer, 'tokenize'> as unknown as Tokenizer;
}

/** The project's Analyzer on the stub tokenizer, with the given alias groups. */
export function stubAnalyzer(aliasGroups: string[][] = []): Analyzer {
  return new Analyzer(stubTokenizer(), new AliasTable(aliasGroups));
}
