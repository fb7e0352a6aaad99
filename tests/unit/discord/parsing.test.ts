/** Pure parsing: button custom ids, typed /source locations, and whether a message is a question. */
import { describe, expect, it } from 'vitest';
import {
  answerPageId,
  customIdArguments,
  customIdPrefix,
  feedbackId,
  fullTextId,
  parseAnswerPage,
  parseFeedback,
  parsePassageButton,
  sourceStepDisabledId,
} from '../../../src/discord/format/custom-ids.ts';
import { questionOrigin, stripBotMentions, type MessageFacts } from '../../../src/discord/free-questions.ts';
import { languageOfLocale } from '../../../src/core/i18n.ts';
import { locatePassage } from '../../../src/answer/locate.ts';
import { alibabaArticle, alibabaInvestment, antFintech, nriDeck, personalDelinquency, smallBusinessDelinquency } from './fixtures.ts';

describe('custom ids', () => {
  it('round-trip, and what the registry dispatches on', () => {
    expect(answerPageId('Ab-3_x', 2)).toBe('ans:Ab-3_x:2');
    expect(parseAnswerPage(customIdArguments('ans:Ab-3_x:2'))).toEqual({ session: 'Ab-3_x', page: 2 });
    expect(parseFeedback(customIdArguments(feedbackId('s', 0, 'down')))).toEqual({ session: 's', page: 0, vote: 'down' });
    const full = fullTextId('en', 'nri-platformers-2021#s20.1');
    expect(customIdPrefix(full)).toBe('full');
    expect(parsePassageButton(customIdArguments(full))).toEqual({ language: 'en', passageId: 'nri-platformers-2021#s20.1' });
  });

  it('reject what they did not write', () => {
    expect(parseAnswerPage('s:-1')).toBeUndefined();
    expect(parseFeedback('s:0:maybe')).toBeUndefined();
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

  it('bots and ordinary chatter are not', () => {
    expect(questionOrigin(message({ fromBot: true, inGuild: false }), bot, role, askChannels)).toBeUndefined();
    expect(questionOrigin(message({ content: 'アントの延滞率は？' }), bot, role, askChannels)).toBeUndefined();
    expect(questionOrigin(message({ mentionedUserIds: ['555555555555555555'] }), bot, role, askChannels)).toBeUndefined();
  });

  it('the mention is removed from the question', () => {
    expect(stripBotMentions(`<@${bot}> アントの延滞率は？`, bot)).toBe('アントの延滞率は？');
    expect(stripBotMentions(`アントの <@!${bot}> 延滞率は？ <@&${role}>`, bot, role)).toBe('アントの 延滞率は？');
    expect(stripBotMentions(`<@${bot}>`, bot)).toBe('');
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
