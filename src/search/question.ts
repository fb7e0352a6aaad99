/**
 * Reading a question: which language it is in, what kind of answer it wants (a percentage, an
 * amount, a count, …), and which of its terms to search for. Question words and polite endings
 * are recognised on the raw question before analysis, then dropped from the search terms.
 */
import type { Analyzer, Term } from '../analysis/analyzer.ts';
import { normalize, stripInvisible } from '../analysis/normalize.ts';
import type { AnswerKind, Language, QuestionProblem } from '../answer/types.ts';
import type { DocumentKind } from '../corpus/types.ts';

/** Longest question Shiori reads, in characters. */
export const QUESTION_MAX_CHARS = 500;

export interface Question {
  /** As the person wrote it, invisible characters removed. */
  text: string;
  /** The kind of document the question points at (「記事だと」, "in the deck"), if it does. */
  documentHint?: DocumentKind;
  language: Language;
  kind: AnswerKind;
  /** Search terms of the word field, with positions in `text`. */
  terms: Term[];
  /** Search terms of the bigram field. */
  bigrams: string[];
}

/** Patterns on the normalised question, in order of precedence: the first that matches decides. */
const KIND_PATTERNS: Array<[AnswerKind, RegExp]> = [
  ['definition', /とは|定義|意味|って何(?![位件社個人年月日回番%割])|ってなに|ってどういう|って\s*[?？]*$|の略(?!称)|\bstands? for\b|\bwhat(?: is|'s| are) (?:an? |the )?\S+(?: \S+)?\s*\?*$|\bmean(?:s|ing)?\b|\bdefin/],
  ['rank', /何位|順位|ランキング|何番目|\brank(?:ing|ed)?\b|\b(?:is|was|ranks?|ranked|comes?|came|placed?)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:place|position|largest|biggest|most|highest|in)\b|\bplace\b|\bposition\b/],
  ['count', /何(?:社|件|個|人|つ|都市|回|か所|カ所|種類|項目)|いくつ|数は|数を|数って|\bhow many\b|\bnumber of\b/],
  ['percentage', /何\s*%|何パーセント|何割|割合|比率|シェア|占め|率|\bpercent(?:age)?\b|\bhow much of\b|\bwhat part of\b|\b(?:what|which|market) share\b|\bshare of\b|\bratio\b|\brate\b/],
  ['amount', /いくら|金額|額(?:は|を|って|\s*[?？]*$)|規模|\bhow much\b|\bamount\b|\bhow large\b|\bhow big\b/],
  ['date', /いつ|何年|何月|何日|時点|\bwhen\b|\bwhat year\b|\bwhich year\b|\bdate\b/],
  ['trend', /推移|変化|変わ|どう(?:なっ|変)|\btrend\b|\bchange[sd]?\b|\bover time\b|\bevolv/],
  ['reason', /なぜ|なんで|何で|どうして|何のため|理由|狙い|目的|真意|\bwhy\b|\breason\b|\baim\b|\bpurpose\b/],
  ['name', /誰|だれ|どこ|どの|何という|名前|社名|何と呼|略称|\babbreviat|\bacronym|\bwho\b|\bwhich\b|\bwhat company\b|\bname[sd]?\b|\bcalled\b/],
];

/** Words that only say what kind of answer is wanted; they count for little when ranking. */
export const KIND_WORDS: Partial<Record<AnswerKind, ReadonlySet<string>>> = {
  percentage: new Set(['占める', '割合', '比率', '率', '%', 'シェア', '§市場シェア', 'パーセント', 'percentage', 'percent', 'rate', 'ratio', 'share', '§割合']),
  rank: new Set(['順位', '位', 'ランキング', '§順位', '番目', 'rank', 'ranking', 'place', 'position']),
  count: new Set(['数', '件数', '社数', '個数', 'number', 'count']),
  amount: new Set(['金額', '額', '規模', 'amount', 'size', 'big', 'large']),
  date: new Set(['年', '月', '日', '時点', 'date', 'year', 'time']),
  trend: new Set(['推移', '変化', '変わる', '変える', 'trend', 'change']),
  reason: new Set(['理由', '目的', '狙い', '§目的', 'reason', 'purpose', 'aim']),
  definition: new Set(['意味', '定義', 'meaning']),
  name: new Set(['名前', '社名', '呼ぶ', 'name', 'company', 'firm']),
};

export function detectAnswerKind(normalisedQuestion: string): AnswerKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(normalisedQuestion)) return kind;
  return 'any';
}

/** Japanese if it has any kana or kanji; English if it has Latin letters and no Japanese. */
export function detectLanguage(text: string): Language {
  if (/[\u3041-\u30ff\u4e00-\u9fff\uff66-\uff9f]/.test(text)) return 'ja';
  return /[A-Za-z]/.test(text) ? 'en' : 'ja';
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

export function detectDocumentHint(normalisedQuestion: string): { kind: DocumentKind; words: ReadonlySet<string> } | undefined {
  const found = DOCUMENT_HINTS.find(([, pattern]) => pattern.test(normalisedQuestion));
  return found ? { kind: found[0], words: found[2] } : undefined;
}

export type CheckedQuestion = { ok: true; text: string } | { ok: false; problem: QuestionProblem; text: string };

/** Clean a raw question and say what is wrong with it, if anything. */
export function checkQuestion(raw: string): CheckedQuestion {
  const text = stripInvisible(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, problem: 'blank', text };
  if ([...text].length > QUESTION_MAX_CHARS) return { ok: false, problem: 'too_long', text };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, problem: 'no_content', text };
  return { ok: true, text };
}

/** Analyse a (checked) question into what to search for. */
export function readQuestion(text: string, analyzer: Analyzer): Question {
  const normalised = normalize(text);
  const kind = detectAnswerKind(normalised);
  const all = analyzer.analyze(text);
  const hint = detectDocumentHint(normalised);
  let terms = all.filter((t) => !QUESTION_TERMS.has(t.term) && !QUESTION_CONCEPTS.has(t.term) && !hint?.words.has(t.term));
  // A question made only of question words still searches for them.
  if (terms.length === 0) terms = all;
  const bigrams = terms
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'ordinal')
    .flatMap((t) => analyzer.bigrams(text.slice(t.start, t.end)));
  return { text, documentHint: hint?.kind, language: detectLanguage(text), kind, terms, bigrams: [...new Set(bigrams)] };
}
