/**
 * End to end: asking from anywhere. Shiori installed to a person's own account answers in a
 * server it is not in and in a group DM, through the interaction only (its card's menu and buttons
 * too); 「Shiori に聞く」 in a message's menu answers privately, addressed to the message's author,
 * and 共有 posts it without pinging them.
 */
import { describe, expect, it } from 'vitest';
import { buttonsOf, cardTexts, expectCardsFit, isCard, selectOf } from './harness.ts';
import { useBot } from './use-bot.ts';


const { shiori } = useBot({}, async () => {
  expect(shiori.fake.rejections).toEqual([]);
  expect(expectCardsFit(shiori.fake).length).toBeGreaterThan(5);
});

/** Requests the bot made that were not answers to interactions (channel messages, threads). */
const botOwnRequests = () => shiori.fake.requests.filter((request) => request.path.includes('/channels/') && request.method !== 'GET');

describe('installed to a person’s account', () => {
  it('is registered for user installs, in servers, DMs and group DMs', () => {
    const registered = shiori.fake.commands.guild.get(shiori.fake.guild.id)!;
    const ask = registered.find((command) => command.name === 'ask')!;
    expect([ask.integration_types, ask.contexts]).toEqual([[0, 1], [0, 1, 2]]);
    const menu = registered.find((command) => command.type === 3)!;
    expect(menu).toMatchObject({ name: 'Ask Shiori', name_localizations: { ja: 'Shiori に聞く' }, integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it('answers /ask in a server Shiori is not in, through the interaction; the card’s menu and 👍 work there', async () => {
    const before = botOwnRequests().length;
    const user = shiori.fake.user('visitor');
    const interaction = shiori.fake.slash('ask', { question: 'アントの延滞率は？' }, { user, userInstall: true });
    const card = await interaction.reply(10_000);
    expect(card.guild_id).toBe(shiori.fake.foreignGuild.id);
    expect(isCard(card)).toBe(true);
    expect(cardTexts(card)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
    expect(card.attachments).toHaveLength(2);
    const other = await shiori.fake.select(card, selectOf(card).custom_id, ['1'], { user }).reply();
    expect(other.id).toBe(card.id);
    const voted = await shiori.fake.click(other, buttonsOf(other)[1]!.id, { user }).reply();
    expect(buttonsOf(voted)[1]!.label).toBe('👍 1');
    // Everything went through the interaction: Shiori posted nothing in any channel.
    expect(botOwnRequests().length).toBe(before);
  });

  it('非公開 and 共有 there: the shared card is the interaction’s answer too', async () => {
    const before = botOwnRequests().length;
    const user = shiori.fake.user('visitor-2');
    const hidden = await shiori.fake.slash('ask', { question: 'How much will Alibaba invest in AI by 2028?', hide: true }, { user, userInstall: true }).reply(10_000);
    expect(hidden.ephemeral).toBe(true);
    const shared = await shiori.fake.click(hidden, buttonsOf(hidden).find((button) => button.label === 'Share')!.id, { user }).reply();
    expect(shared.ephemeral).toBe(false);
    expect(shared.guild_id).toBe(shiori.fake.foreignGuild.id);
    expect(cardTexts(shared)[1]).toBe('-# 『Alibabaの巨額AI投資…』 paragraph 1\n-# Question: How much will Alibaba invest in AI by 2028?\n-# Shared by visitor-2');
    expect(botOwnRequests().length).toBe(before);
  });

  it('answers in a group DM, and /search and /source work there privately', async () => {
    const user = shiori.fake.user('friend');
    const card = await shiori.fake.slash('ask', { question: 'アントの延滞率は？' }, { user, groupDm: true }).reply(10_000);
    expect(card.guild_id).toBeUndefined();
    expect(cardTexts(card)[0]).toMatch(/^\*\*D30\+ 2\.65%/);
    const search = await shiori.fake.slash('search', { query: '延滞率' }, { user, groupDm: true }).reply();
    expect(search.ephemeral).toBe(true);
    const source = await shiori.fake.slash('source', { document: 'nri-platformers-2021', location: '20' }, { user, groupDm: true }).reply();
    expect(source.embeds[0].title).toMatch(/スライド 20$/);
  });
});

describe('「Shiori に聞く」 in a message’s menu', () => {
  it('answers the message privately, addressed to its author; 共有 posts it without pinging them', async () => {
    const author = shiori.fake.user('author');
    const asker = shiori.fake.user('helper');
    const message = shiori.fake.postMessage('<@&123456789012345678> ねえ、アントの延滞率ってどれくらい？', { user: author });
    const used = shiori.fake.messageMenu('Ask Shiori', message, { user: asker });
    const card = await used.reply(10_000);
    expect(card.ephemeral).toBe(true);
    const [body, citation] = cardTexts(card);
    expect(body!.split('\n').slice(0, 2)).toEqual([`<@${author.id}> さんへ`, '**D30+ 2.65%・D90+ 2.02%（2020年7月31日）**']);
    expect(citation).toBe('-# 『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20\n-# 質問：ねえ、アントの延滞率ってどれくらい？');
    expect(buttonsOf(card).map((button) => button.label)).toEqual(['全文', '👍', '👎', '共有']);
    const shared = await shiori.fake.click(card, buttonsOf(card)[3]!.id, { user: asker }).reply();
    expect(shared.ephemeral).toBe(false);
    expect(cardTexts(shared)[0]!.split('\n')[0]).toBe(`<@${author.id}> さんへ`);
    expect(cardTexts(shared)[1]).toContain('-# helper さんが共有');
    expect(shiori.fake.pingsOf(shared)).toEqual([]);
  });

  it('in English for an English message, with an English client', async () => {
    const message = shiori.fake.postMessage('How much will Alibaba invest in AI by 2028?', { user: shiori.fake.user('writer') });
    const card = await shiori.fake.messageMenu('Ask Shiori', message, { user: shiori.fake.user('reader'), locale: 'en-US' }).reply(10_000);
    expect(cardTexts(card)[0]!.split('\n')[1]).toBe('**3800億元 (Renminbi, 2025-11-07)**');
    expect(buttonsOf(card).map((button) => button.label)).toEqual(['Full text', '👍', '👎', 'Share']);
  });

  it('on one’s own message addresses no one; on a message without text, says so privately', async () => {
    const me = shiori.fake.user('self');
    const own = shiori.fake.postMessage('アントの延滞率は？', { user: me });
    expect(cardTexts(await shiori.fake.messageMenu('Ask Shiori', own, { user: me }).reply(10_000))[0]).toMatch(/^\*\*D30\+/);
    const picture = shiori.fake.postMessage('', { user: shiori.fake.user('photographer') });
    const refused = await shiori.fake.messageMenu('Ask Shiori', picture, { user: me }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe('❌ このメッセージには質問にできる文字がありません。');
  });

  it('works where Shiori is installed only to the person’s account', async () => {
    const user = shiori.fake.user('visitor-3');
    const message = { ...shiori.fake.postMessage('アントの延滞率は？', { user: shiori.fake.user('local') }), guild_id: shiori.fake.foreignGuild.id, channel_id: shiori.fake.foreignGuild.channels[0]!.id };
    const card = await shiori.fake.messageMenu('Ask Shiori', message, { user, userInstall: true }).reply(10_000);
    expect(card.guild_id).toBe(shiori.fake.foreignGuild.id);
    expect(card.ephemeral).toBe(true);
  });
});
