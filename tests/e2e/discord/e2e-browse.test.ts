/**
 * End to end: /search, /source with autocomplete and ◀ ▶, and /help, through the real
 * discord.js Client against the fake Discord with the real engine.
 */
import { describe, expect, it } from 'vitest';
import type { FakeUser } from './fake-discord.ts';
import { buttonsOf, cardTexts, expectCardsFit, unmarkdown } from './harness.ts';
import { useBot } from './use-bot.ts';

let people = 0;
const someone = (): FakeUser => shiori.fake.user(`reader-${++people}`);
const deck = 'nri-platformers-2021';
const article = 'allforces-alibaba-ai-2025';

const { shiori, engine } = useBot({}, async () => {
  expect(shiori.fake.rejections).toEqual([]);
  expectCardsFit(shiori.fake);
});

describe('/search', () => {
  it('lists matching passages with their place and a snippet with the words in bold', async () => {
    const reply = await shiori.fake.slash('search', { query: 'アント 延滞率' }, { user: someone() }).reply();
    const [embed] = reply.embeds;
    expect(embed.title).toBe('「アント 延滞率」の検索結果');
    expect(embed.description).toMatch(/^\d+件見つかりました。/);
    expect(embed.fields.length).toBeGreaterThanOrEqual(2);
    expect(embed.description).toMatch(/^\d+件見つかりました。全文は \/原文（\/source） で表示できます。$/);
    expect(embed.fields[0].name).toBe('1. 『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20');
    expect(embed.fields[0].value).toMatch(/^> .*\*\*延滞率\*\*/);
    for (const field of embed.fields) expect(field.value.length).toBeLessThanOrEqual(300);
  });

  it('is private, with 共有 to post the same list in the channel', async () => {
    const user = someone();
    const reply = await shiori.fake.slash('search', { query: 'アント 延滞率' }, { user }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['共有']);
    const shared = await shiori.fake.click(reply, buttonsOf(reply)[0]!.id, { user }).reply();
    expect(shared.ephemeral).toBe(false);
    expect(shared.embeds[0].fields).toEqual(reply.embeds[0].fields);
    expect(shared.embeds[0].footer.text).toBe(`${user.username} さんが共有`);
    expect(shared.components).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const reply = await shiori.fake.slash('search', { query: 'ペンギン' }, { user: someone() }).reply();
    expect(reply.embeds[0].description).toBe('「ペンギン」に一致する箇所は見つかりませんでした。別の言葉で探してみてください。');
    expect(reply.embeds[0].fields).toBeUndefined();
  });

  it('refuses a blank query privately', async () => {
    const reply = await shiori.fake.slash('search', { query: ' ' }, { user: someone() }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^❌ 質問が空です。/);
  });
});

describe('/source autocomplete', () => {
  it('suggests documents by title; the values are ids', async () => {
    const choices = await shiori.fake.autocomplete('source', { document: 'テンセント' }, 'document').autocompleteChoices();
    expect(choices).toEqual([{ name: 'アリババ・テンセント・アントグループの戦略転換（株式会社野村総合研究所 未来創発センター 李智慧）', value: deck }]);
    const all = await shiori.fake.autocomplete('source', { document: '' }, 'document').autocompleteChoices();
    expect(all.map((choice) => choice.value).sort()).toEqual([article, deck]);
  });

  it('suggests places: from a slide number onwards, or passages matching words', async () => {
    const bySlide = await shiori.fake.autocomplete('source', { document: deck, location: '20' }, 'location').autocompleteChoices();
    expect(bySlide[0]).toEqual({ name: expect.stringMatching(/^「事業モデルの再構築が迫れるアント・グループ」 スライド 20 — パンデミック/), value: `${deck}#s20` });
    expect(bySlide[1]!.value).toBe(`${deck}#s21`);
    expect(bySlide.length).toBeLessThanOrEqual(25);

    const byWords = await shiori.fake.autocomplete('source', { document: deck, location: '延滞率' }, 'location').autocompleteChoices();
    expect(byWords.map((choice) => choice.value)[0]).toBe(`${deck}#s20`);
    for (const choice of [...bySlide, ...byWords]) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('suggests nothing for places until a known document is chosen', async () => {
    const choices = await shiori.fake.autocomplete('source', { document: 'no-such-document', location: '1' }, 'location').autocompleteChoices();
    expect(choices).toEqual([]);
  });
});

describe('/source', () => {
  it('shows the slide, and ◀ ▶ step to its neighbours', async () => {
    const user = someone();
    const reply = await shiori.fake.slash('source', { document: deck, location: `${deck}#s20` }, { user }).reply();
    const [embed] = reply.embeds;
    expect(embed.title).toBe('『アリババ・テンセント・アントグループの戦略転換』 「事業モデルの再構築が迫れるアント・グループ」 スライド 20');
    expect(embed.description).toContain('D30+：2017/12/31 1.29%');
    expect(embed.description).toContain('個人向けの残高延滞率');
    const passages = engine.passages(deck);
    const position = passages.findIndex((passage) => passage.id === `${deck}#s20`) + 1;
    expect(embed.footer.text).toMatch(new RegExp(`（${position}/${passages.length}）$`));
    expect(reply.ephemeral).toBe(true);
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['◀', '▶', '共有']);
    const next = await shiori.fake.click(reply, buttonsOf(reply)[1]!.id, { user }).reply();
    expect(next.embeds[0].title).toContain('スライド 21');
    expect(buttonsOf(next).map((button) => button.label)).toEqual(['◀', '▶', '共有']);
    const previous = await shiori.fake.click(next, buttonsOf(next)[0]!.id, { user }).reply();
    expect(previous.embeds[0].description).toBe(embed.description);
    // 共有 posts the slide shown in the channel, saying who shared it, without buttons that would move it.
    const shared = await shiori.fake.click(previous, buttonsOf(previous)[2]!.id, { user }).reply();
    expect(shared.ephemeral).toBe(false);
    expect(shared.embeds[0].title).toBe(embed.title);
    expect(shared.embeds[0].footer.text).toMatch(new RegExp(`（${position}/${passages.length}）\n${user.username} さんが共有$`));
    expect(shared.components).toEqual([]);
  });

  it('takes a typed slide number, and escapes a numbered list so Discord shows it as written', async () => {
    const reply = await shiori.fake.slash('source', { document: deck, location: 'スライド４' }, { user: someone() }).reply();
    const [embed] = reply.embeds;
    expect(embed.title).toMatch(/スライド 4$/);
    expect(embed.description).toContain('\n1\\. デジタルユーザー数のさらなる増加');
    expect(unmarkdown(embed.description)).toContain('\n1. デジタルユーザー数のさらなる増加');
  });

  it('opens at the document\'s details, its cover, with ◀ disabled when no place is given; ▶ goes to slide 1', async () => {
    const user = someone();
    const reply = await shiori.fake.slash('source', { document: deck }, { user }).reply();
    expect(reply.embeds[0].title).toContain('書誌情報');
    expect(reply.embeds[0].description).toContain('2021年4月5日');
    expect(buttonsOf(reply).map((button) => button.enabled)).toEqual([false, true, true]);
    const next = await shiori.fake.click(reply, buttonsOf(reply)[1]!.id, { user }).reply();
    expect(next.embeds[0].title).toContain('スライド 1');
  });

  it('accepts a typed title instead of a chosen id, and paragraph numbers in an article', async () => {
    const reply = await shiori.fake.slash('source', { document: 'Alibabaの巨額AI投資', location: '1' }, { user: someone() }).reply();
    expect(reply.embeds[0].title).toBe('『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』 第1段落');
    expect(reply.embeds[0].description).toContain('2028年までに3800億元');
  });

  it('explains an unknown document or place privately', async () => {
    const unknownDocument = await shiori.fake.slash('source', { document: '存在しない資料' }, { user: someone() }).reply();
    expect(unknownDocument.ephemeral).toBe(true);
    expect(unknownDocument.content).toBe('❌ 「存在しない資料」という資料はありません。資料名を入力して候補から選んでください。一覧は /ヘルプ（/help） で見られます。');
    const unknownPlace = await shiori.fake.slash('source', { document: deck, location: '999' }, { user: someone() }).reply();
    expect(unknownPlace.ephemeral).toBe(true);
    expect(unknownPlace.content).toBe('❌ 『アリババ・テンセント・アントグループの戦略転換』に「999」という場所はありません。スライドや段落の番号（例：12）を入れるか、候補から選んでください。');
    const english = await shiori.fake.slash('source', { document: 'nothing' }, { user: someone(), locale: 'en-US' }).reply();
    expect(english.content).toBe('❌ There is no document “nothing”. Type part of its title and pick it from the list; /help lists them.');
  });
});

describe('/help', () => {
  it('lists the documents and how to ask, only to the asker', async () => {
    const reply = await shiori.fake.slash('help', {}, { user: someone() }).reply();
    expect(reply.ephemeral).toBe(true);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Shiori（栞）の使い方');
    expect(embed.description).toContain('/質問（/ask）');
    expect(embed.fields.map((field: { name: string }) => field.name).sort()).toEqual([
      '『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』',
      '『アリババ・テンセント・アントグループの戦略転換』',
    ]);
    const deckField = embed.fields.find((field: { name: string }) => field.name.includes('戦略転換'));
    expect(deckField.value).toBe(`スライド資料・株式会社野村総合研究所 未来創発センター 李智慧・2021年4月5日・${engine.passages(deck).length}箇所`);
    expect(embed.footer.text).toBe('資料（2件）');
  });
});

describe('slash commands in a DM', () => {
  it('/ask works in a direct message too', async () => {
    const reply = await shiori.fake.slash('ask', { question: 'アントの延滞率は？' }, { user: someone(), dm: true }).reply(10_000);
    expect(reply.guild_id).toBeUndefined();
    expect(cardTexts(reply)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
  });
});
