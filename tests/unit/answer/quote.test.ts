/**
 * Choosing the quote (src/answer/quote.ts) on the made-up passages, for questions read with the
 * stub tokenizer: the lines or sentences quoted, whole, and the question's words marked in them.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_DEFAULTS, chooseQuote, type Quote, type QuoteOptions } from '../../../src/answer/quote.ts';
import type { Passage } from '../../../src/core/types.ts';
import { readQuestion } from '../../../src/search/question.ts';
import { RANKING_DEFAULTS, passageLayout, scoreUnits } from '../../../src/search/rank.ts';
import { CHART_SLIDE, PROSE, RANKING_SLIDE, indexed, questionContext } from '../search/made-up.ts';

/** No widening of short quotes: each rule shows on its own. */
const RULES_ONLY: QuoteOptions = { ...QUOTE_DEFAULTS, minChars: 0 };

function quote(passage: Passage, text: string, options: QuoteOptions = QUOTE_DEFAULTS): Quote {
  const question = readQuestion(text, questionContext());
  const stored = indexed(passage);
  const layout = passageLayout(stored);
  const units = scoreUnits(layout, question.slots, question.kind, RANKING_DEFAULTS);
  return chooseQuote(stored, layout, units, question.slots, question.kind, options);
}

/** The question's words marked in the quote, as they read there. */
const marked = ({ text, marks }: Quote) => marks.map(([start, end]) => text.slice(start, end));
/** The answer's words marked in the quote: what the kind of question asks for. */
const answered = ({ text, answerMarks }: Quote) => answerMarks.map(([start, end]) => text.slice(start, end));

describe('chooseQuote', () => {
  it('quotes the sentence that covers the question and, for a reason, the sentence beside it that gives one', () => {
    const answer = quote(PROSE, 'テンセントが組織再編した理由は？', RULES_ONLY);
    expect(answer.text).toBe('テンセントは2018年に組織再編を行った。狙いは二つある。');
    expect(answer.marks).toEqual([
      [0, 5],
      [12, 16],
    ]);
    expect(marked(answer)).toEqual(['テンセント', '組織再編']);
  });

  it('widens a short quote with the sentences after it, up to three sentences of prose', () => {
    expect(quote(PROSE, 'テンセントが組織再編した理由は？').text).toBe('テンセントは2018年に組織再編を行った。狙いは二つある。一つは法人向け事業の強化である。');
  });

  it('quotes a table row with the table\'s header', () => {
    const answer = quote(RANKING_SLIDE, 'IBMの件数は何位？', RULES_ONLY);
    expect(answer.text).toBe('順位 会社名 国 件数\n2 IBM アメリカ 169');
    expect(marked(answer)).toEqual(['件数', 'IBM']);
  });

  it('quotes a title line that names the question\'s words with the table under it, down to the row asked about', () => {
    // The title line covers 特許, 出願 and 件数 best; the header (順位) and the rows hold the rank.
    const answer = quote(RANKING_SLIDE, 'IBMの特許出願件数は何位？');
    expect(answer.text).toBe('ブロックチェーン特許の出願件数\n順位 会社名 国 件数\n1 アリババ 中国 1005\n2 IBM アメリカ 169');
    expect(marked(answer)).toEqual(['特許', '出願件数', '件数', 'IBM']);
    expect(answered(answer)).toEqual(['1 アリババ', '2 IBM']); // a ranking's rows, by their rank
  });

  it('quotes a short line with the value asked for with the slide\'s lead message and the line under it', () => {
    // 個人向け 2.97% covers the question best but says little alone, as a chart's label does.
    const answer = quote(CHART_SLIDE, '個人向けの延滞率は何％？', RULES_ONLY);
    expect(answer.text).toBe('延滞率は緩やかに上昇した\n個人向け 2.97%\n零細企業向け 2.65%');
    expect(marked(answer)).toEqual(['延滞率', '個人向け', '%', '向け', '%']);
    expect(answered(answer)).toEqual(['2.97%', '2.65%']);
  });

  it('quotes the figures, not the slide\'s source line, when only the source line names the subject', () => {
    // 出所：アント・グループ is the one line naming アント・グループ; the figures answer, the credit does not.
    const answer = quote(CHART_SLIDE, 'アント・グループの延滞率の推移は？', RULES_ONLY);
    expect(answer.text).toBe('延滞率は緩やかに上昇した\n個人向け 2.97%\n零細企業向け 2.65%');
  });
});
