/** Pure formatting: search → list, passage → embed, help, choices, and the limits safety net (answer cards: card-format.test.ts). */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.ts';
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

describe('formatSearchResults', () => {
  it('ten long results still fit in 6,000 characters', () => {
    const long = hit(alibabaInvestment, alibabaInvestment.text, [[0, 2]]);
    const result: Answer = { ...delinquencyAnswer(), hits: Array.from({ length: 10 }, () => long) };
    const [embed] = formatSearchResults(result, { source: '/原文（/source）' }).embeds!;
    expect(embed!.fields).toHaveLength(10);
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });
});

describe('formatPassage', () => {
  it('the whole passage with citation and position, ◀ ▶ to its neighbours and 共有; no part markers', () => {
    const view = formatPassage({
      passage: smallBusinessDelinquency,
      document: nriDeck,
      language: 'ja',
      position: 23,
      count: 35,
      neighbours: { previous: antLendingLike(), next: personalDelinquency },
      share: true,
    });
    const [embed] = view.embeds!;
    // The passage is part 1 of 2 of slide 20 to the splitter; to a reader it is slide 20.
    expect(embed!.title).toBe('『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20');
    expect(embed!.description).toContain('\n出所：アント・グループの上場目論見書などを参考にNRI作成\n');
    expect(embed!.footer!.text).toBe(`${deckCitation}、「事業モデルの再構築が迫れるアント・グループ」 スライド 20（23/35）`);
    expect(view.components![0]!.components.map((button) => ('custom_id' in button ? button.custom_id : ''))).toEqual([
      'src:ja:nri-platformers-2021#s19',
      'src:ja:nri-platformers-2021#s20.2',
      'shr:p:ja:nri-platformers-2021#s20.1',
    ]);
  });

  it('shared: says who shared it, without buttons', () => {
    const view = formatPassage({ passage: antFintech, document: nriDeck, language: 'en', position: 20, count: 35, sharedBy: 'Aiko' });
    expect(view.embeds![0]!.footer!.text).toBe('『アリババ・テンセント・アントグループの戦略転換』, 株式会社野村総合研究所 未来創発センター 李智慧, 2021-04-05, “事業モデルの再構築が迫れるアント・グループ”, slide 17 (20 of 35)\nShared by Aiko');
    expect(view.components).toBeUndefined();
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
      menuName: 'Shiori に聞く',
    });
    const [embed] = view.embeds!;
    expect(embed!.description).toContain('• /質問（/ask） — 資料から答えの箇所を探して引用します');
    expect(embed!.description).toContain('メッセージのメニュー（アプリ →「Shiori に聞く」）');
    expect(embed!.description).toContain('/質問（/ask） の「非公開」で自分だけに表示し、「共有」であとから投稿できます。');
    expect(embed!.description).toContain('• /数値（/metric） — ');
    const english = formatHelp({ documents: [], language: 'en', askChannelIds: [], commands: commands.map((command) => command.data), menuName: 'Ask Shiori' });
    expect(english.embeds![0]!.description).toContain('• /ask — Answer a question by quoting the documents');
    expect(english.embeds![0]!.description).toContain('use “Ask Shiori” in a message’s menu (Apps)');
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
    const view = formatSearchResults(delinquencyAnswer(), { source: '/source', shareSession: 's' });
    expect(fitView(view)).toEqual(view);
  });
});

function antLendingLike() {
  return { ...antFintech, id: 'nri-platformers-2021#s19', order: 21, location: { slide: 19 } };
}
