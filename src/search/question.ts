/**
 * Reading a question: which language it is in, what kind of answer it wants (a percentage, an
 * amount, a count, …), and which of its terms to search for. Question words and polite endings
 * are recognised on the raw question before analysis, then dropped from the search terms.
 */
import type { Analyzer, Term } from '../analysis/analyzer.ts';
import { normalize, stripInvisible } from '../analysis/normalize.ts';
import type { AnswerKind, Language, QuestionProblem } from '../answer/types.ts';

/** Longest question Shiori reads, in characters. */
export const QUESTION_MAX_CHARS = 500;

export interface Question {
  /** As the person wrote it, invisible characters removed. */
  text: string;
  language: Language;
  kind: AnswerKind;
  /** Search terms of the word field, with positions in `text`. */
  terms: Term[];
  /** Search terms of the bigram field. */
  bigrams: string[];
}

/** Patterns on the normalised question, in order of precedence: the first that matches decides. */
const KIND_PATTERNS: Array<[AnswerKind, RegExp]> = [
  ['rank', /何位|順位|ランキング|何番目|\brank(?:ing|ed)?\b|\bplace\b|\bposition\b/],
  ['count', /何(?:社|件|個|人|つ|都市|回|か所|カ所|種類|項目)|いくつ|数は|数を|数って|\bhow many\b|\bnumber of\b/],
  ['percentage', /何\s*%|何パーセント|何割|割合|比率|シェア|占め|率|\bpercent(?:age)?\b|\bshare\b|\bratio\b|\brate\b/],
  ['amount', /いくら|金額|額は|額を|規模|\bhow much\b|\bamount\b|\bhow large\b|\bhow big\b/],
  ['date', /いつ|何年|何月|何日|時点|\bwhen\b|\bwhat year\b|\bwhich year\b|\bwhat date\b/],
  ['trend', /推移|変化|変わ|どう(?:なっ|変)|\btrend\b|\bchange[sd]?\b|\bover time\b|\bevolv/],
  ['reason', /なぜ|どうして|理由|狙い|目的|真意|\bwhy\b|\breason\b|\baim\b|\bpurpose\b/],
  ['definition', /とは|って何|ってなに|って\?|意味|定義|\bwhat (?:is|are|does)\b|\bmean(?:s|ing)?\b|\bdefin/],
  ['name', /誰|だれ|どこ|どの|何という|名前|社名|何と呼|\bwho\b|\bwhich\b|\bwhat company\b|\bname\b/],
];

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
const QUESTION_CONCEPTS = new Set(['§順位', '§目的', '§出所']);

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
  let terms = all.filter((t) => !QUESTION_TERMS.has(t.term) && !QUESTION_CONCEPTS.has(t.term));
  // A question made only of question words still searches for them.
  if (terms.length === 0) terms = all;
  const bigrams = terms
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .flatMap((t) => analyzer.bigrams(text.slice(t.start, t.end)));
  return { text, language: detectLanguage(text), kind, terms, bigrams: [...new Set(bigrams)] };
}
