/**
 * The kinds of answer a question can ask for, in one table: how a question asks for it (patterns
 * on the normalized question, first match wins), the words that only say what is asked (they
 * weigh little when ranking), the evidence that a line holds such an answer, and whether the
 * answer is a number (a quote without one does not answer) or worth a figure card. Adding a kind
 * is adding a row here.
 */

export interface AnswerKindSpec {
  /** Patterns on the normalized (NFKC, lower-case) question. */
  asked: RegExp;
  /** Words (analysed terms) that only say what kind of answer is wanted: 占める in 何％を占める. */
  askingWords: readonly string[];
  /** Evidence in a line of text that it holds this kind of answer. */
  evidence?: RegExp;
  /** The answer itself in a quote, to mark it (a number with its unit, a date, a name). */
  answer?: RegExp;
  /** The answer is a number: a quote for this kind should hold one. */
  number: boolean;
  /** A question of this kind that names a catalogue figure gets the figure's card and chart. */
  figure: boolean;
}

/** In order of precedence: the first kind whose pattern matches the question decides. */
export const ANSWER_KINDS = {
  definition: {
    asked: /とは|定義|意味|って何(?![位件社個人年月日回番%割])|ってなに|ってどういう|って\s*[?？]*$|の略(?!称)|\bstands? for\b|\bwhat(?: is|'s| are) (?:an? |the )?\S+(?: \S+)?\s*\?*$|\bmean(?:s|ing)?\b|\bdefin/,
    askingWords: ['意味', '定義', '略', 'meaning'],
    evidence: /とは|と定義|略称|の略|を指す|という|と称する|と呼ばれ|[（(][A-Za-z][A-Za-z0-9]+[）)]/,
    number: false,
    figure: false,
  },
  rank: {
    asked: /何位|順位|ランキング|何番目|\brank(?:ing|ed)?\b|\b(?:is|was|ranks?|ranked|comes?|came|placed?)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:place|position|largest|biggest|most|highest|in)\b|\bplace\b|\bposition\b/,
    askingWords: ['順位', '位', 'ランキング', '§順位', '番目', 'rank', 'ranking', 'place', 'position'],
    evidence: /\d+\s*位|順位|^\d+ \S+ .* \d+/m,
    answer: /\d+\s*位|^\d+ \S+/m,
    number: true,
    figure: true,
  },
  superlative: {
    asked: /一番|いちばん|最も|もっとも|最大|最高|最多|首位|トップ|\b(?:the )?(?:most|largest|biggest|highest|greatest)\b/,
    askingWords: ['一番', 'いちばん', '最も', '最大', '最高', '最多', '首位', 'トップ', '大きい', '多い', '高い', '§1位', 'most', 'largest', 'biggest', 'highest', 'greatest', 'big', 'large', 'high'],
    /** A share, an amount or a count, or a ranking's row: the largest of them answers. */
    evidence: /\d+(?:\.\d+)?\s*[%％]|\d[\d,.]*\s*(?:万|億|兆)?\s*(?:元|ドル|円|社|件|個|人|都市)|^\d+ \S+ .* \d+/m,
    answer: /\d+(?:\.\d+)?\s*[%％]|\d[\d,.]*\s*(?:万|億|兆)?\s*(?:元|ドル|円|社|件|個|人|都市)/,
    number: true,
    figure: true,
  },
  count: {
    asked: /何(?:社|件|個|人|つ|都市|回|か所|カ所|種類|項目|年分|年間|日間|か月|ヶ月|カ月)|なん(?:しゃ|けん|こ|にん|かい)|いくつ|数は|数を|数って|\bhow many\b|\bnumber of\b/,
    askingWords: ['数', '件数', '社数', '個数', 'number', 'count'],
    evidence: /\d[\d,.]*\s*(?:万|億|兆)?\s*(?:社|件|個|人|名|都市|の都市|つ|回|か所|カ所|箇所|日間|ヵ月|ヶ月|か月|年間|倍|台|店|店舗|種類|項目|行|文字|バイト)|^\d+ \S+ .* \d+/m,
    answer: /\d[\d,.]*\s*(?:万|億|兆)?\s*(?:社|件|個|人|名|都市|つ|回|か所|カ所|箇所|日間|ヵ月|ヶ月|か月|年間|倍|台|店|店舗|種類|項目|行|文字|バイト)/,
    number: true,
    figure: true,
  },
  percentage: {
    asked: /何\s*%|何パーセント|何割|割合|比率|シェア|占め|率|\bpercent(?:age)?\b|\bhow much of\b|\bwhat part of\b|\b(?:what|which|market) share\b|\bshare of\b|\bratio\b|\brate\b/,
    askingWords: ['占める', '割合', '比率', '率', '%', 'シェア', '§市場シェア', 'パーセント', 'percentage', 'percent', 'rate', 'ratio', 'share', '§割合'],
    evidence: /\d+(?:\.\d+)?\s*[%％]/,
    answer: /\d+(?:\.\d+)?\s*[%％]/,
    number: true,
    figure: true,
  },
  amount: {
    asked: /いくら|金額|額(?:は|を|って|\s*[?？]*$)|規模|\bhow much\b|\bamount\b|\bhow large\b|\bhow big\b/,
    askingWords: ['金額', '額', '規模', 'amount', 'size', 'big', 'large'],
    evidence: /\d[\d,.]*\s*(?:億|万|兆)?\s*(?:元|ドル|円)|\d[\d,.]*\s*(?:億|兆)/,
    answer: /約?\d[\d,.]*\s*(?:億|万|兆)?\s*(?:元|ドル|円)(?:超|以上)?|\d[\d,.]*\s*(?:億|兆)/,
    number: true,
    figure: true,
  },
  date: {
    asked: /いつ|何年|何月|何日|時点|\bwhen\b|\bwhat year\b|\bwhich year\b|\bdate\b/,
    askingWords: ['年', '月', '日', '時点', 'date', 'year', 'time'],
    evidence: /\d{4}\s*年|\d{4}\/\d{1,2}|\d{1,2}\s*月|\d{1,3}\s*日/,
    answer: /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:末|度)?|\d{4}\/\d{1,2}(?:\/\d{1,2})?|\d{4}-\d{2}-\d{2}|\d{1,2}\s*月\s*\d{1,2}\s*日/,
    number: true,
    figure: true,
  },
  trend: {
    asked: /推移|変化|変わ|どう(?:なっ|変)|\btrend\b|\bchange[sd]?\b|\bover time\b|\bevolv/,
    askingWords: ['推移', '変化', '変わる', '変える', 'trend', 'change'],
    evidence: /[%％].*[%％]|推移|上昇|低下|増加|減少|拡大|縮小/,
    number: false,
    figure: true,
  },
  reason: {
    asked: /なぜ|なんで|何で|どうして|何のため|理由|狙い|目的|真意|\bwhy\b|\breason\b|\baim\b|\bpurpose\b/,
    askingWords: ['理由', '目的', '狙い', '§目的', 'reason', 'purpose', 'aim'],
    evidence: /ため|狙い|目的|理由|背景|真意|から[だで]/,
    number: false,
    figure: false,
  },
  name: {
    asked: /誰|だれ|どこ|どの|何という|名前|社名|何と呼|略称|\babbreviat|\bacronym|\bwho\b|\bwhere\b|\bwhich\b|\bwhat company\b|\bname[sd]?\b|\bcalled\b/,
    askingWords: ['名前', '社名', '呼ぶ', 'name', 'company', 'firm'],
    /** An acronym in brackets or alone, a CamelCase product name (「」 marks emphasis too often to count). */
    evidence: /[（(][A-Za-z][A-Za-z0-9]+[)）]|\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/,
    answer: /「[^」]{1,30}」|[（(][A-Za-z][A-Za-z0-9]+[)）]|\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/,
    number: false,
    figure: false,
  },
} as const satisfies Record<string, AnswerKindSpec>;

/** The kind of answer a question asks for; `any` when no question word says. */
export type AnswerKind = keyof typeof ANSWER_KINDS | 'any';

const KIND_ORDER = Object.keys(ANSWER_KINDS) as Array<keyof typeof ANSWER_KINDS>;

/** The spec of a kind, or undefined for `any`. */
export function kindSpec(kind: AnswerKind): AnswerKindSpec | undefined {
  return kind === 'any' ? undefined : ANSWER_KINDS[kind];
}

/** The kind a normalized question asks for. */
export function detectAnswerKind(normalizedQuestion: string): AnswerKind {
  for (const kind of KIND_ORDER) if (ANSWER_KINDS[kind].asked.test(normalizedQuestion)) return kind;
  return 'any';
}

/**
 * Words that ask for numbers whatever the question's kind (推移, 内訳, グラフ, breakdown, chart): a
 * question with one that names a catalogue figure gets its card too.
 */
export const FIGURE_WORDS = /推移|内訳|構成|割合|比率|シェア|ランキング|グラフ|図表|数字|データ|\b(?:mix|breakdown|chart|figures?|trend|ranking|share|numbers?)\b/i;
