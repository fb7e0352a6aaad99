/** Pure parsing: button custom ids, typed /source locations, and whether a message is a question. */
import { describe, expect, it } from 'vitest';
import {
  candidateId,
  customIdArguments,
  customIdPrefix,
  feedbackId,
  feedbackModalId,
  fullTextId,
  parseFeedback,
  parseFeedbackModal,
  parsePassageButton,
  parseSession,
  parseShare,
  shareAnswerId,
  sharePassageId,
  shareSearchId,
  sourceStepDisabledId,
} from '../../../src/discord/format/custom-ids.ts';
import { questionOrigin, threadName, type MessageFacts } from '../../../src/discord/free-questions.ts';
import { cleanQuestion } from '../../../src/discord/question-text.ts';
import { languageOfLocale } from '../../../src/core/i18n.ts';
import { locatePassage } from '../../../src/answer/locate.ts';
import { alibabaArticle, alibabaInvestment, antFintech, nriDeck, personalDelinquency, smallBusinessDelinquency } from './fixtures.ts';

describe('custom ids', () => {
  it('round-trip, and what the registry dispatches on', () => {
    expect(candidateId('Ab-3_x')).toBe('cand:Ab-3_x');
    expect(parseSession(customIdArguments(candidateId('Ab-3_x')))).toEqual({ session: 'Ab-3_x' });
    expect(parseFeedback(customIdArguments(feedbackId('s', 2, 'down')))).toEqual({ session: 's', shown: 2, vote: 'down' });
    expect(parseFeedbackModal(customIdArguments(feedbackModalId('s', 2)))).toEqual({ session: 's', shown: 2 });
    expect(parseShare(customIdArguments(shareAnswerId('s', 1)))).toEqual({ kind: 'answer', session: 's', shown: 1 });
    expect(parseShare(customIdArguments(shareSearchId('s')))).toEqual({ kind: 'search', session: 's' });
    expect(parseShare(customIdArguments(sharePassageId('en', 'doc#s3')))).toEqual({ kind: 'passage', language: 'en', passageId: 'doc#s3' });
    const full = fullTextId('en', 'nri-platformers-2021#s20.1');
    expect(customIdPrefix(full)).toBe('full');
    expect(parsePassageButton(customIdArguments(full))).toEqual({ language: 'en', passageId: 'nri-platformers-2021#s20.1' });
  });

  it('reject what they did not write', () => {
    expect(parseSession('s:1')).toBeUndefined();
    expect(parseFeedback('s:0:maybe')).toBeUndefined();
    expect(parseFeedbackModal('s:-1')).toBeUndefined();
    expect(parseShare('x:s')).toBeUndefined();
    expect(parsePassageButton(customIdArguments(sourceStepDisabledId('next')))).toBeUndefined();
    expect(parsePassageButton('fr:doc#s1')).toBeUndefined();
  });

  it('refuse to build an id longer than Discord allows', () => {
    expect(() => fullTextId('ja', 'x'.repeat(100))).toThrow(RangeError);
  });
});

describe('locatePassage', () => {
  const deck = [antFintech, smallBusinessDelinquency, personalDelinquency];

  it('reads slide numbers however they are typed', () => {
    for (const typed of ['20', '２０', 'スライド20', 'slide 20', 's20', '20枚目']) {
      expect(locatePassage(typed, nriDeck, deck)?.id).toBe('nri-platformers-2021#s20.1');
    }
    expect(locatePassage('20.2', nriDeck, deck)?.id).toBe('nri-platformers-2021#s20.2');
    expect(locatePassage('s20.2', nriDeck, deck)?.id).toBe('nri-platformers-2021#s20.2');
  });

  it('takes passage ids, with or without the document part', () => {
    expect(locatePassage('nri-platformers-2021#s17', nriDeck, deck)?.id).toBe('nri-platformers-2021#s17');
    expect(locatePassage('#s17', nriDeck, deck)?.id).toBe('nri-platformers-2021#s17');
  });

  it('reads paragraph numbers in an article', () => {
    expect(locatePassage('1', alibabaArticle, [alibabaInvestment])?.id).toBe('allforces-alibaba-ai-2025#p1');
    expect(locatePassage('第1段落', alibabaArticle, [alibabaInvestment])?.id).toBe('allforces-alibaba-ai-2025#p1');
  });

  it('the first passage when nothing is typed; nothing for an unknown place or words', () => {
    expect(locatePassage('', nriDeck, deck)?.id).toBe('nri-platformers-2021#s17');
    expect(locatePassage('99', nriDeck, deck)).toBeUndefined();
    expect(locatePassage('延滞率', nriDeck, deck)).toBeUndefined();
  });
});

describe('free questions', () => {
  const bot = '111111111111111111';
  const role = '222222222222222222';
  const askChannels = new Set(['333333333333333333']);
  const message = (facts: Partial<MessageFacts>): MessageFacts => ({
    fromBot: false,
    inGuild: true,
    channelId: '444444444444444444',
    content: '',
    mentionedUserIds: [],
    mentionedRoleIds: [],
    ...facts,
  });

  it('a DM, a mention (of the bot or its role), or an ask channel is a question', () => {
    expect(questionOrigin(message({ inGuild: false }), bot, role, askChannels)).toBe('dm');
    expect(questionOrigin(message({ mentionedUserIds: [bot] }), bot, role, askChannels)).toBe('mention');
    expect(questionOrigin(message({ mentionedRoleIds: [role] }), bot, role, askChannels)).toBe('mention');
    expect(questionOrigin(message({ content: `<@!${bot}> 質問` }), bot, undefined, askChannels)).toBe('mention');
    expect(questionOrigin(message({ channelId: '333333333333333333' }), bot, role, askChannels)).toBe('ask-channel');
  });

  it('in threads: every message of a thread Shiori started or of an ask channel, a forum post, a mention elsewhere', () => {
    const thread = (parentId: string, ownerId: string, forumPost = false) => ({ thread: { parentId, ownerId, forumPost } });
    expect(questionOrigin(message(thread('444444444444444444', bot)), bot, role, askChannels)).toBe('thread');
    expect(questionOrigin(message(thread('333333333333333333', '555555555555555555')), bot, role, askChannels)).toBe('thread');
    expect(questionOrigin(message(thread('333333333333333333', '555555555555555555', true)), bot, role, askChannels)).toBe('forum');
    expect(questionOrigin(message({ ...thread('444444444444444444', '555555555555555555'), mentionedUserIds: [bot] }), bot, role, askChannels)).toBe('thread');
    expect(questionOrigin(message(thread('444444444444444444', '555555555555555555')), bot, role, askChannels)).toBeUndefined();
  });

  it('bots and ordinary chatter are not', () => {
    expect(questionOrigin(message({ fromBot: true, inGuild: false }), bot, role, askChannels)).toBeUndefined();
    expect(questionOrigin(message({ content: 'アントの延滞率は？' }), bot, role, askChannels)).toBeUndefined();
    expect(questionOrigin(message({ mentionedUserIds: ['555555555555555555'] }), bot, role, askChannels)).toBeUndefined();
  });

  it('a thread is named after the question, within 100 characters', () => {
    expect(threadName('アントの延滞率は？')).toBe('アントの延滞率は？');
    expect([...threadName('あ'.repeat(150))].length).toBeLessThanOrEqual(100);
    expect(threadName('一行目\n二行目')).toBe('一行目 二行目');
  });
});

describe('cleanQuestion', () => {
  const bot = '111111111111111111';
  const role = '222222222222222222';
  it('removes mentions of people, roles, channels, @everyone and @here, commands, custom emoji and timestamps', () => {
    expect(cleanQuestion(`<@${bot}> @everyone <@&${role}> アントの延滞率は？ @here`)).toBe('アントの延滞率は？');
    expect(cleanQuestion(`<@!${bot}>さん、<#333333333333333333> の </ask:1234567890> で聞いた <:shiori:123456> <a:wave:654321> アントの延滞率は？ <t:1700000000:R>`)).toBe(
      'さん、 の で聞いた アントの延滞率は？',
    );
    expect(cleanQuestion(`<@${bot}>`)).toBe('');
  });

  it('removes markdown and keeps the words', () => {
    expect(cleanQuestion('**アント**の__延滞率__は？ ~~違う~~ ||秘密||')).toBe('アントの延滞率は？ 違う 秘密');
    expect(cleanQuestion('> アントの延滞率は？\n# 見出し\n-# 小さい字\n- 項目\n1. 番号')).toBe('アントの延滞率は？ 見出し 小さい字 項目 番号');
    expect(cleanQuestion('`D90+` の値は？ ```\nコード\n```')).toBe('D90+ の値は？ コード');
    expect(cleanQuestion('[スライド](https://example.com/deck) と <https://example.com> の *延滞率* は _何%_？')).toBe('スライド と https://example.com の 延滞率 は 何%？');
    // Emphasis needs a pair: a lone * or _ (3*4, snake_case) stays.
    expect(cleanQuestion('3*4 と snake_case と \\*そのまま\\*')).toBe('3*4 と snake_case と *そのまま*');
  });
});

describe('languageOfLocale', () => {
  it('English for an English client, Japanese for everyone else', () => {
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('en-GB')).toBe('en');
    expect(languageOfLocale('ja')).toBe('ja');
    expect(languageOfLocale('fr')).toBe('ja');
    expect(languageOfLocale(undefined)).toBe('ja');
  });
});
