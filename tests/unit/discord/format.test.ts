/** Pure formatting: answer → embed, search → list, passage → embed, help, choices, and the limits safety net. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.ts';
import { formatAnswer, hitsOnPage, pageCount } from '../../../src/discord/format/answer.ts';
import { documentChoices, hitChoices, passageChoices } from '../../../src/discord/format/choices.ts';
import { embedLength, fitView } from '../../../src/discord/format/fit.ts';
import { commands } from '../../../src/discord/commands/index.ts';
import { formatHelp } from '../../../src/discord/format/help.ts';
import { formatPassage } from '../../../src/discord/format/passage.ts';
import { formatSearchResults } from '../../../src/discord/format/search.ts';
import {
  alibabaArticle,
  alibabaInvestment,
  antFintech,
  delinquencyAnswer,
  hit,
  nriDeck,
  personalDelinquency,
  smallBusinessDelinquency,
} from './fixtures.ts';

const deckCitation = '『アリババ・テンセント・アントグループの戦略転換』、株式会社野村総合研究所 未来創発センター 李智慧、2021年4月5日';

describe('formatAnswer', () => {
  it('page 1: the best quote in bold, its citation, two more hits, and the buttons', () => {
    const view = formatAnswer(delinquencyAnswer(), 'S3ss10n');
    expect(view.embeds).toEqual([
      {
        color: 0xa0522d,
        title: 'Q. アントの延滞率は？',
        description: '> 零細企業向けの残高**延滞率**（2017年12月~2020年7月） D30+：2017/12/31 1.29%／2018/12/31 2.17%／2019/12/31 2.03%／2020/7/31 2.65%',
        fields: [
          { name: '出典', value: `${deckCitation}、「事業モデルの再構築が迫れるアント・グループ」 スライド 20 (1/2)` },
          {
            name: '2. 『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20 (2/2)',
            value: '> 個人向けの残高**延滞率**（2017年12月~2020年7月） D30+：2017/12/31 1.08%／2018/12/31 1.43%／2019/12/31 1.56%／2020/7/31 2.97%',
          },
          {
            name: '3. 『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 17',
            value: '> **アント・グループ**は、中国のFinTechをけん引する先端企業',
          },
        ],
        footer: { text: '1/2 ページ・資料の文章をそのまま引用しています' },
      },
    ]);
    expect(view.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, custom_id: 'ans:S3ss10n:0', label: '◀', style: 2, disabled: true },
          { type: 2, custom_id: 'ans:S3ss10n:1', label: '▶', style: 2, disabled: false },
          { type: 2, custom_id: 'full:ja:nri-platformers-2021#s20.1', label: '全文', style: 1, disabled: false },
          { type: 2, custom_id: 'fb:S3ss10n:0:up', label: '👍', style: 2, disabled: false },
          { type: 2, custom_id: 'fb:S3ss10n:0:down', label: '👎', style: 2, disabled: false },
        ],
      },
    ]);
  });

  it('page 2: the fourth hit becomes the quote; ▶ is disabled on the last page', () => {
    const view = formatAnswer(delinquencyAnswer(), 'S3ss10n', 1);
    const [embed] = view.embeds!;
    expect(embed!.description).toBe('> **アント・グループ**経由で提供する融資において、利用者の与信判断及びリスク判断は金融機関が担うこととなっている');
    expect(embed!.fields).toHaveLength(1);
    expect(embed!.footer!.text).toBe('2/2 ページ・資料の文章をそのまま引用しています');
    const buttons = view.components![0]!.components;
    expect(buttons.map((button) => [('custom_id' in button ? button.custom_id : ''), button.disabled])).toEqual([
      ['ans:S3ss10n:0', false],
      ['ans:S3ss10n:2', true],
      ['full:ja:nri-platformers-2021#s19', false],
      ['fb:S3ss10n:1:up', false],
      ['fb:S3ss10n:1:down', false],
    ]);
  });

  it('pages are clamped and counted in threes', () => {
    const answer = delinquencyAnswer(5);
    expect(pageCount(answer)).toBe(3);
    expect(hitsOnPage(answer, 7).page).toBe(2);
    expect(hitsOnPage(answer, -3).page).toBe(0);
    expect(pageCount({ ...answer, hits: [] })).toBe(1);
  });

  it('not confident: says so and names the nearest places by heading, without quoting', () => {
    const unsure: Answer = { ...delinquencyAnswer(), question: 'アントの社員食堂は？', confident: false };
    const view = formatAnswer(unsure, 'abc');
    const [embed] = view.embeds!;
    expect(embed!.description).toBe(
      'この質問にはっきり答えている箇所は見つかりませんでした。近いのは次の箇所です。`/search` で言葉を変えて探すこともできます。',
    );
    expect(embed!.fields!.map((field) => field.value)).toEqual([
      'パンデミックなどによる経済環境の急変のなか、延滞率は緩やかな上昇がみられる',
      'パンデミックなどによる経済環境の急変のなか、延滞率は緩やかな上昇がみられる',
      'アント・グループは、中国のFinTechをけん引する先端企業',
    ]);
    expect(embed!.fields!.some((field) => field.value.startsWith('>'))).toBe(false);
    expect(view.components![0]!.components.map((button) => ('label' in button ? button.label : ''))).toEqual(['👍', '👎']);
  });

  it('English: English labels and citation', () => {
    const answer: Answer = {
      question: 'How much will Alibaba invest in AI by 2028?',
      language: 'en',
      kind: 'amount',
      confident: true,
      hits: [hit(alibabaInvestment, alibabaInvestment.text.split('。')[1]! + '。', [[15, 22]])],
      figures: [],
    };
    const [embed] = formatAnswer(answer, 'xyz').embeds!;
    expect(embed!.fields![0]).toEqual({
      name: 'Source',
      value: '『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』, ALLFORCES編集部, 2025-11-07, paragraph 1',
    });
    expect(embed!.footer!.text).toBe('Page 1 of 1 · quoted word for word from the documents');
  });

  it('a long quote is shortened at a sentence, within the embed limits', () => {
    const long = hit(alibabaInvestment, alibabaInvestment.text.repeat(8), [[15, 22]]);
    const [embed] = formatAnswer({ ...delinquencyAnswer(), hits: [long] }, 's').embeds!;
    expect(embed!.description!.length).toBeLessThanOrEqual(1500);
    expect(embed!.description!.endsWith('。…')).toBe(true);
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });


  it('ten long results still fit in 6,000 characters', () => {
    const long = hit(alibabaInvestment, alibabaInvestment.text, [[0, 2]]);
    const result: Answer = { ...delinquencyAnswer(), hits: Array.from({ length: 10 }, () => long) };
    const [embed] = formatSearchResults(result).embeds!;
    expect(embed!.fields).toHaveLength(10);
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });
});

describe('formatPassage', () => {
  it('the whole passage with citation and position, and ◀ ▶ to its neighbours', () => {
    const view = formatPassage({
      passage: smallBusinessDelinquency,
      document: nriDeck,
      language: 'ja',
      position: 23,
      count: 35,
      neighbours: { previous: antLendingLike(), next: personalDelinquency },
    });
    const [embed] = view.embeds!;
    expect(embed!.title).toBe('『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20 (1/2)');
    expect(embed!.description).toContain('\n出所：アント・グループの上場目論見書などを参考にNRI作成\n');
    expect(embed!.footer!.text).toBe(`${deckCitation}、「事業モデルの再構築が迫れるアント・グループ」 スライド 20 (1/2)（23/35）`);
    expect(view.components![0]!.components.map((button) => ('custom_id' in button ? button.custom_id : ''))).toEqual([
      'src:ja:nri-platformers-2021#s19',
      'src:ja:nri-platformers-2021#s20.2',
    ]);
  });

  it('puts a heading that the text does not repeat in bold above it', () => {
    const view = formatPassage({ passage: { ...antFintech, heading: '見出し', text: '本文です。' }, document: nriDeck, language: 'ja', position: 1, count: 1 });
    expect(view.embeds![0]!.description).toBe('**見出し**\n本文です。');
    expect(view.components).toBeUndefined();
  });

  it('disables ◀ on the first passage', () => {
    const view = formatPassage({ passage: alibabaInvestment, document: alibabaArticle, language: 'en', position: 1, count: 44, neighbours: { next: alibabaInvestment } });
    expect(view.components![0]!.components.map((button) => button.disabled)).toEqual([true, false]);
    expect(view.embeds![0]!.footer!.text).toMatch(/paragraph 1 \(1 of 44\)$/);
  });
});

describe('formatHelp', () => {
  it('lists the documents, the ask channels, and the commands as the reader\'s client names them', () => {
    const view = formatHelp({
      documents: [{ meta: nriDeck, passages: 35 }, { meta: alibabaArticle, passages: 44 }],
      language: 'ja',
      askChannelIds: ['123456789012345678'],
      commands: commands.map((command) => command.data),
    });
    const [embed] = view.embeds!;
    expect(embed!.description).toContain('• /質問（/ask） — 資料から答えの箇所を探して引用します');
    expect(embed!.description).toContain('• /数値（/metric） — ');
    const english = formatHelp({ documents: [], language: 'en', askChannelIds: [], commands: commands.map((command) => command.data) });
    expect(english.embeds![0]!.description).toContain('• /ask — Answer a question by quoting the documents');
    expect(embed!.description).toContain('このチャンネルでは、メッセージがそのまま質問になります：<#123456789012345678>');
    expect(embed!.fields).toEqual([
      { name: '『アリババ・テンセント・アントグループの戦略転換』', value: 'スライド資料・株式会社野村総合研究所 未来創発センター 李智慧・2021年4月5日・35箇所' },
      { name: '『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』', value: '記事・ALLFORCES編集部・2025年11月7日・44箇所' },
    ]);
  });
});

describe('autocomplete choices', () => {
  it('documents: matching title, author or id, folded for width and case; values are ids', () => {
    expect(documentChoices([nriDeck, alibabaArticle], 'ＡＬＩＢＡＢＡ')).toEqual([
      { name: 'Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？（ALLFORCES編集部）', value: 'allforces-alibaba-ai-2025' },
    ]);
    expect(documentChoices([nriDeck, alibabaArticle], '野村').map((choice) => choice.value)).toEqual(['nri-platformers-2021']);
    expect(documentChoices([nriDeck, alibabaArticle], '')).toHaveLength(2);
  });

  it('passages: location and heading, cut to 100 characters, at most 25', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({ ...smallBusinessDelinquency, id: `nri-platformers-2021#s${index}` }));
    const choices = passageChoices(many, 'ja');
    expect(choices).toHaveLength(25);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);
    expect(choices[0]!.name).toMatch(/^「事業モデルの再構築が迫れるアント・グループ」 スライド 20 \(1\/2\) — パンデミック/);
  });

  it('hits: labelled with the quote, one choice per passage', () => {
    const hits = delinquencyAnswer().hits;
    const choices = hitChoices([...hits, hits[0]!], 'en');
    expect(choices.map((choice) => choice.value)).toEqual([
      'nri-platformers-2021#s20.1',
      'nri-platformers-2021#s20.2',
      'nri-platformers-2021#s17',
      'nri-platformers-2021#s19',
    ]);
    expect(choices[2]!.name).toBe('“事業モデルの再構築が迫れるアント・グループ”, slide 17 — アント・グループは、中国のFinTechをけん引する先端企業');
  });

  it('skips a passage whose id would not fit in a choice value', () => {
    expect(passageChoices([{ ...antFintech, id: 'x'.repeat(101) }], 'ja')).toEqual([]);
  });
});

describe('fitView, the safety net', () => {
  it('cuts whatever a formatter got wrong to what Discord accepts', () => {
    const view = fitView({
      content: '文。'.repeat(1500),
      embeds: [
        {
          title: 't'.repeat(300),
          description: 'あ。'.repeat(2500),
          fields: Array.from({ length: 30 }, () => ({ name: '', value: 'v'.repeat(2000) })),
          footer: { text: 'f'.repeat(3000) },
        },
      ],
    });
    expect(view.content!.length).toBeLessThanOrEqual(2000);
    expect(view.content!.endsWith('。…')).toBe(true);
    const [embed] = view.embeds!;
    expect(embed!.title!.length).toBeLessThanOrEqual(256);
    expect(embed!.footer!.text.length).toBeLessThanOrEqual(2048);
    expect(embed!.description!.length).toBeLessThanOrEqual(4096);
    // Over 6,000 in total: the trailing fields go first, then the description is shortened.
    expect(embed!.fields).toBeUndefined();
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });

  it('keeps as many fields as fit, each within its own limits', () => {
    const [embed] = fitView({ embeds: [{ description: '短い。', fields: Array.from({ length: 30 }, () => ({ name: '', value: 'v'.repeat(2000) })) }] }).embeds!;
    expect(embed!.fields).toHaveLength(5);
    for (const field of embed!.fields!) {
      expect(field.name).toBe('—');
      expect(field.value.length).toBe(1024);
    }
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });

  it('keeps 5 rows of 5 buttons with labels of 80 characters', () => {
    const button = (index: number) => ({ type: 2 as const, style: 2 as const, custom_id: `b${index}`, label: 'ラベル'.repeat(40) });
    const row = { type: 1 as const, components: Array.from({ length: 7 }, (_, index) => button(index)) };
    const { components } = fitView({ content: 'x', components: Array.from({ length: 6 }, () => row) });
    expect(components).toHaveLength(5);
    expect(components!.every((fitted) => fitted.components.length === 5)).toBe(true);
    expect(components![0]!.components.every((fitted) => 'label' in fitted && fitted.label!.length <= 80)).toBe(true);
  });

  it('leaves a view within the limits unchanged', () => {
    const view = formatAnswer(delinquencyAnswer(), 's');
    expect(fitView(view)).toEqual(view);
  });
});

function antLendingLike() {
  return { ...antFintech, id: 'nri-platformers-2021#s19', order: 21, location: { slide: 19 } };
}
