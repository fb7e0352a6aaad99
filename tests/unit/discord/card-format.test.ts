/**
 * Pure formatting of answer cards (Components V2): the answer first, the quote with the answer in
 * bold, one small citation line, charts, 「ほかの候補」, 全文 👍 👎 (共有 on a private card); a short
 * card for a miss; quotes fitted to a phone screen; lines counted as a phone shows them.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.ts';
import type { Span } from '../../../src/core/types.ts';
import { cardCitation, readerLocation, shortName } from '../../../src/discord/format/citation.ts';
import { cardLines, formatAnswerCard, type AnswerCardInput } from '../../../src/discord/format/card.ts';
import { fitView } from '../../../src/discord/format/fit.ts';
import { displayWidth } from '../../../src/core/width.ts';
import { phoneLines } from '../../../src/discord/format/phone-lines.ts';
import { fitQuote } from '../../../src/discord/format/quote-fit.ts';
import type { CardView } from '../../../src/discord/format/view.ts';
import { CARD_LINES_MAX } from '../../../src/discord/limits.ts';
import { alibabaArticle, alibabaInvestment, delinquencyAnswer, hit, nriDeck, smallBusinessDelinquency } from './fixtures.ts';

/** Where each of `words` is in `text`, as spans. */
function spansOf(text: string, words: string[]): Span[] {
  return words.map((word): Span => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(`${word} not in ${text}`);
    return [start, start + word.length];
  });
}

/** 「アントの延滞率は？」 with the engine's value line and the answer's numbers marked. */
function valueAnswer(): Answer {
  const answer = delinquencyAnswer();
  const [first, ...rest] = answer.hits;
  const marked = { ...first!, answerMarks: spansOf(first!.quote, ['1.29%', '2.17%', '2.03%', '2.65%']) };
  return { ...answer, hits: [marked, ...rest], value: 'D30+ 2.65%・D90+ 2.02%（2020年7月31日）' };
}

function input(answer: Answer, overrides: Partial<AnswerCardInput> = {}): AnswerCardInput {
  return {
    answer,
    sessionId: 'S3ss10n',
    shown: 0,
    settings: {},
    charts: [],
    tally: { up: 0, down: 0 },
    private: false,
    hint: { search: '/検索（/search）', ask: '/質問（/ask）' },
    ...overrides,
  };
}

/** The text displays of a card, in order. */
function texts(view: CardView): string[] {
  const found: string[] = [];
  const walk = (component: { type: number; content?: string; components?: unknown[] }) => {
    if (component.type === 10) found.push(component.content!);
    for (const child of (component.components ?? []) as (typeof component)[]) walk(child);
  };
  for (const component of view.card) walk(component as never);
  return found;
}

const deckChapter = '「事業モデルの再構築が迫れるアント…」';

describe('formatAnswerCard', () => {
  it('the value first, the quote with the answer in bold, one citation line, the candidates, 全文 👍 👎', () => {
    const view = formatAnswerCard(input(valueAnswer(), { settings: { echo: true } }));
    expect(view).toEqual({
      card: [
        {
          type: 17,
          accent_color: 0xa0522d,
          components: [
            {
              type: 10,
              content:
                '**D30+ 2.65%・D90+ 2.02%（2020年7月31日）**\n> 零細企業向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 **1.29%**／2018/12/31 **2.17%**／2019/12/31 **2.03%**／2020/7/31 **2.65%**',
            },
            { type: 10, content: `-# 『アリババ・テンセント…』 ${deckChapter} スライド 20\n-# 質問：アントの延滞率は？` },
            {
              type: 1,
              components: [
                {
                  type: 3,
                  custom_id: 'cand:S3ss10n',
                  placeholder: 'ほかの候補（3件）',
                  options: [
                    { label: `1. 『アリババ・テンセント…』 ${deckChapter} スライド 20`, value: '0', description: '零細企業向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 1.29%／2018/12/31 2.17%／2019/12/31 2.03%／2020/7/31 2.…', default: true },
                    { label: `2. 『アリババ・テンセント…』 ${deckChapter} スライド 20`, value: '1', description: '個人向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 1.08%／2018/12/31 1.43%／2019/12/31 1.56%／2020/7/31 2.97%', default: false },
                    { label: `3. 『アリババ・テンセント…』 ${deckChapter} スライド 17`, value: '2', description: 'アント・グループは、中国のFinTechをけん引する先端企業', default: false },
                    { label: `4. 『アリババ・テンセント…』 ${deckChapter} スライド 19`, value: '3', description: 'アント・グループ経由で提供する融資において、利用者の与信判断及びリスク判断は金融機関が担うこととなっている', default: false },
                  ],
                },
              ],
            },
            {
              type: 1,
              components: [
                { type: 2, custom_id: 'full:ja:nri-platformers-2021#s20.1', label: '全文', style: 2 },
                { type: 2, custom_id: 'fb:S3ss10n:0:up', label: '👍', style: 2 },
                { type: 2, custom_id: 'fb:S3ss10n:0:down', label: '👎', style: 2 },
              ],
            },
          ],
        },
      ],
    });
    // Discord's part marker (1/2) and the full title never show; the title is shortened once.
    expect(JSON.stringify(view)).not.toContain('(1/2)');
    expect(texts(view).join('\n')).not.toContain(nriDeck.title);
  });

  it('another candidate: its quote (the question’s own value line left out), chosen in the menu', () => {
    const view = formatAnswerCard(input(valueAnswer(), { shown: 2 }));
    expect(texts(view)).toEqual(['> アント・グループは、中国のFinTechをけん引する先端企業', `-# 『アリババ・テンセント…』 ${deckChapter} スライド 17`]);
    const menu = (view.card[0] as { components: Array<{ type: number; components?: Array<{ options?: Array<{ default: boolean }> }> }> }).components[2]!.components![0]!;
    expect(menu.options!.map((option) => option.default)).toEqual([false, false, true, false]);
    expect(JSON.stringify(view)).toContain('"custom_id":"fb:S3ss10n:2:up"');
  });

  it('votes show who chose what; a private card has 共有; it is addressed without a ping; it says how a follow-up was read and who shared it', () => {
    const view = formatAnswerCard(
      input(valueAnswer(), { tally: { up: 2, down: 1 }, private: true, settings: { addressee: '111111111111111111', readWith: ['アント', '延滞率'], sharedBy: 'Aiko' } }),
    );
    const buttons = (view.card[0] as { components: Array<{ components?: unknown[] }> }).components.at(-1)!.components;
    expect(buttons).toEqual([
      { type: 2, custom_id: 'full:ja:nri-platformers-2021#s20.1', label: '全文', style: 2 },
      { type: 2, custom_id: 'fb:S3ss10n:0:up', label: '👍 2', style: 3 },
      { type: 2, custom_id: 'fb:S3ss10n:0:down', label: '👎 1', style: 4 },
      { type: 2, custom_id: 'shr:a:S3ss10n:0', label: '共有', style: 1 },
    ]);
    const [body, citation] = texts(view);
    expect(body!.split('\n').slice(0, 2)).toEqual(['<@111111111111111111> さんへ', '**D30+ 2.65%・D90+ 2.02%（2020年7月31日）**']);
    expect(citation).toBe(`-# 『アリババ・テンセント…』 ${deckChapter} スライド 20\n-# 前の質問の「アント、延滞率」と合わせて読みました\n-# Aiko さんが共有`);
  });

  it('charts of the figures asked for are in the same card, in a gallery pointing at the attached files', () => {
    const chart = { name: 'ant-delinquency-small-business.png', data: Buffer.from('png'), description: 'グラフ' };
    const view = formatAnswerCard(input(valueAnswer(), { charts: [chart] }));
    expect((view.card[0] as { components: unknown[] }).components[2]).toEqual({ type: 12, items: [{ media: { url: 'attachment://ant-delinquency-small-business.png' }, description: 'グラフ' }] });
    expect(view.files).toEqual([chart]);
  });

  it('one hit: no menu', () => {
    const answer: Answer = { ...valueAnswer(), hits: valueAnswer().hits.slice(0, 1) };
    const components = (formatAnswerCard(input(answer)).card[0] as { components: Array<{ type: number; components?: Array<{ type: number }> }> }).components;
    expect(components.map((component) => component.type)).toEqual([10, 10, 1]);
    expect(components[2]!.components!.map((component) => component.type)).toEqual([2, 2, 2]);
  });

  it('a passage that other documents hold word for word names them on a second small line, titles shortened', () => {
    const [first, ...rest] = valueAnswer().hits;
    const answer: Answer = { ...valueAnswer(), hits: [{ ...first!, alsoIn: [alibabaArticle] }, ...rest] };
    expect(texts(formatAnswerCard(input(answer)))[1]).toBe(`-# 『アリババ・テンセント…』 ${deckChapter} スライド 20\n-# 同じ文が『Alibabaの巨額AI投資…』にもあります`);
    expect(texts(formatAnswerCard(input(valueAnswer())))[1]).toBe(`-# 『アリババ・テンセント…』 ${deckChapter} スライド 20`);
  });

  it('English: English labels, the article cited by paragraph', () => {
    const quote = alibabaInvestment.text.split('。')[1]! + '。';
    const answer: Answer = {
      question: 'How much will Alibaba invest in AI by 2028?',
      language: 'en',
      kind: 'amount',
      confident: true,
      hits: [{ ...hit(alibabaInvestment, quote), answerMarks: spansOf(quote, ['3800億元']) }],
      figures: [],
      value: '3800億元 (Renminbi, 2025-11-07)',
    };
    const view = formatAnswerCard(input(answer, { private: true, settings: { echo: true } }));
    expect(texts(view)).toEqual([
      `**3800億元 (Renminbi, 2025-11-07)**\n> ${quote.replace('3800億元', '**3800億元**')}`,
      '-# 『Alibabaの巨額AI投資…』 paragraph 1\n-# Question: How much will Alibaba invest in AI by 2028?',
    ]);
    expect(JSON.stringify(view)).toContain('"label":"Full text"');
    expect(JSON.stringify(view)).toContain('"label":"Share"');
  });

  it('a miss is short: one line, the two nearest places as one line each, a hint; nothing to vote on', () => {
    const unsure: Answer = { ...delinquencyAnswer(), question: 'アントの株価は？', confident: false, unsure: { code: 'unknown-words', words: ['株価'] } };
    const view = formatAnswerCard(input(unsure, { settings: { echo: true }, hint: { search: '/検索（/search）', ask: '/質問（/ask）', example: 'アントの延滞率は？' } }));
    expect(view).toEqual({
      card: [
        {
          type: 17,
          accent_color: 0xa0522d,
          components: [
            {
              type: 10,
              content: [
                '「株価」は資料に出てきません。近いのは：',
                `・『アリババ・テンセント…』 ${deckChapter} スライド 20`,
                `・『アリババ・テンセント…』 ${deckChapter} スライド 20`,
                '-# /検索（/search） でキーワードを探せます。聞き方の例：「アントの延滞率は？」',
                '-# 質問：アントの株価は？',
              ].join('\n'),
            },
          ],
        },
      ],
    });
    const nothing = formatAnswerCard(input({ ...unsure, hits: [], unsure: { code: 'no-match' } }, { private: true }));
    expect(texts(nothing)).toEqual(['資料の中に、この質問に関係する箇所は見つかりませんでした。\n-# /検索（/search） でキーワードを探すか、/質問（/ask） で候補から選べます。']);
    // Even private, a miss has nothing to share or vote on.
    expect(JSON.stringify(nothing)).not.toContain('"type":2');
  });

  it('a long quote keeps the sentences with the answer, within one phone screen and Discord’s limits', () => {
    const text = alibabaInvestment.text.repeat(6);
    const answerAt = text.indexOf('3800億元', text.length / 2);
    const long = { ...hit(alibabaInvestment, text), answerMarks: [[answerAt, answerAt + '3800億元'.length]] as Span[] };
    const view = formatAnswerCard(input({ ...valueAnswer(), hits: [long], value: undefined }, { settings: { echo: true } }));
    expect(cardLines(view)).toBeLessThanOrEqual(CARD_LINES_MAX);
    const [body] = texts(view);
    expect(body).toContain('**3800億元**');
    expect(body).toContain('…');
    expect(fitView(view)).toEqual(view);
  });
});

describe('fitQuote', () => {
  const quote = '一つ目の文です。二つ目の文に答え2.65%があります。三つ目の文です。\n四行目には語があります。\n五行目です。';

  it('keeps a quote that fits as it is', () => {
    expect(fitQuote(quote, [], [], 20)).toEqual({ text: quote, spans: [], shortened: false });
  });

  it('keeps the sentences with the answer first, then those with the question’s words, with … for what is left out', () => {
    const answer = spansOf(quote, ['2.65%']);
    const words = spansOf(quote, ['語']);
    const fitted = fitQuote(quote, answer, words, 2);
    expect(fitted.text).toBe('…二つ目の文に答え2.65%があります。\n…四行目には語があります。…');
    expect(fitted.spans.map(([start, end]) => fitted.text.slice(start, end))).toEqual(['2.65%']);
    expect(fitted.shortened).toBe(true);
    expect(fitQuote(quote, answer, words, 1).text).toBe('…二つ目の文に答え2.65%があります。…');
  });

  it('without marks, keeps sentences from the start; one sentence too long for the room is cut', () => {
    expect(fitQuote(quote, [], [], 1).text).toBe('一つ目の文です。…');
    const sentence = 'あ'.repeat(200) + '。';
    const cut = fitQuote(sentence, [[150, 152]], [], 3);
    expect(phoneLines(cut.text)).toBeLessThanOrEqual(3);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.spans).toEqual([]);
  });
});

describe('phone lines and short names', () => {
  it('counts kanji as two columns and wraps long lines; markup does not count', () => {
    expect(displayWidth('延滞率 2.02%')).toBe(12);
    expect(phoneLines('短い')).toBe(1);
    expect(phoneLines('あ'.repeat(18))).toBe(1);
    expect(phoneLines('あ'.repeat(19))).toBe(2);
    expect(phoneLines(`> **${'あ'.repeat(18)}**\n-# 出典`)).toBe(2);
  });

  it('shortens a title or chapter at a break in its second half', () => {
    expect(shortName(nriDeck.title, 16)).toBe('アリババ・テンセント…');
    expect(shortName(alibabaArticle.title, 16)).toBe('Alibabaの巨額AI投資…');
    expect(shortName('短い題', 16)).toBe('短い題');
    expect(shortName('あ'.repeat(30), 16)).toBe(`${'あ'.repeat(15)}…`);
    expect(cardCitation(nriDeck, smallBusinessDelinquency.location, 'en')).toBe('『アリババ・テンセント…』 “事業モデルの再構築が迫れるアント…”, slide 20');
    expect(readerLocation(smallBusinessDelinquency.location)).toEqual({ chapter: '事業モデルの再構築が迫れるアント・グループ', slide: 20 });
  });
});
