/**
 * Answers that carry over: the asker's own words, spelled as people type on Discord, and saying
 * "not sure" when the documents do not answer. Real questions on the seed documents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import type { Answer } from '../../../src/answer/types.ts';
import { answerOf } from './answer-of.ts';

let shiori: Shiori;
beforeAll(async () => {
  shiori = await Shiori.open();
});

const answer = (question: string): Answer => answerOf(shiori, question);

describe('the documents\' details are answerable', () => {
  it('「この記事は誰が書いた？」 quotes the article\'s author from its details', () => {
    const { hits, confident } = answer('この記事は誰が書いた？');
    expect(confident).toBe(true);
    expect(hits[0]!.passage.location.front).toBe(true);
    expect(hits[0]!.quote).toContain('ALLFORCES編集部');
  });

  it('"when was the NRI deck presented?" quotes the deck\'s date', () => {
    const { hits } = answer('when was the NRI deck presented?');
    expect(hits[0]!.passage.doc).toBe('nri-platformers-2021');
    expect(hits[0]!.quote).toContain('2021年4月5日（2021-04-05）');
  });
});

describe('words spelled the way people type them', () => {
  it('a kanji typo of the same sound (延体率) finds the word (延滞率)', () => {
    const { hits, confident } = answer('アントの延体率は？');
    expect(confident).toBe(true);
    expect(hits[0]!.passage.location.slide).toBe(20);
  });

  it('katakana words typed in hiragana are found', () => {
    expect(answer('すもーるすたーとあじゃいるってなんだっけ').hits[0]!.quote).toContain('スモールスタート＆アジャイル');
  });

  it('a three-kana word the particles mark (とうしって → 投資) is read, though kuromoji cuts it (とう / しっ)', () => {
    // Without it only アリババ and AI are searched for, and a slide with a fine in 万元 answers.
    const { hits } = answer('ありばばのAIとうしっていくらだっけ');
    expect(hits[0]!.passage.doc).toBe('allforces-alibaba-ai-2025');
    expect(hits[0]!.quote).toContain('3800億元');
  });

  it('romaji reaches the words it spells, and its question word says what is asked', () => {
    const { hits, kind } = answer('chuugoku no yunikoon kigyou tte nansha atta?');
    expect(kind).toBe('count');
    expect(hits[0]!.passage.text).toContain('122社');
  });

  it('a synonym from the dictionary reaches the document\'s word (稼ぎ → 収入)', () => {
    const question = answer('アント・グループの稼ぎ頭になってる事業は何？');
    expect(question.hits[0]!.passage.text).toContain('クレジット・テック 39.4%');
  });

  it('a question for the largest value is answered with it', () => {
    const { hits, kind } = answer('アントの収入構造で一番大きいのは？');
    expect(kind).toBe('superlative');
    expect(hits[0]!.quote).toContain('クレジット・テック 39.4%');
  });
});

describe('saying "not sure" when it is so', () => {
  it('a specific word no passage holds makes the answer unsure, and says which', () => {
    const result = answer('アリババの株価はいくら？');
    expect(result.confident).toBe(false);
    expect(result.unsure).toEqual({ code: 'unknown-words', words: ['株価'] });
    expect(result.figures).toEqual([]);
  });

  it('a question for a date that the best passage does not hold is unsure', () => {
    const result = answer('When was DingTalk launched?');
    expect(result.confident).toBe(false);
    expect(result.unsure?.code).toBe('no-answer-kind');
  });

  it('an English word that matches nothing weighs nothing: a casual English question is still answered', () => {
    const { hits, confident } = answer('how much is alibaba putting into AI lol');
    expect(confident).toBe(true);
    expect(hits[0]!.quote).toContain('3800億元');
  });
});

describe('the answer itself, for an answer card to show first', () => {
  it('a question for a value of a catalogue figure gets that value, with what it is and its date', () => {
    expect(answer('零細企業向けのD90+延滞率は2020年7月末で何％？').value).toBe('D90+ 2.02%（2020年7月31日）');
    expect(answer('IBMはブロックチェーン特許で何位？').value).toMatch(/^8位 .*169件.*（IBM）$/);
  });

  it('an English question gets the figure too, in English', () => {
    const result = answer('How much will Alibaba invest in AI by 2028?');
    expect(result.figures.map((figure) => figure.id)).toContain('alibaba-ai-investment');
    expect(result.value).toBe('3800億元 (Renminbi, 2025-11-07)');
  });

  it('marks the answer in the quote, not only the question\'s words', () => {
    const hit = answer('How much will Alibaba invest in AI by 2028?').hits[0]!;
    expect(hit.answerMarks.map(([start, end]) => hit.quote.slice(start, end))).toEqual(['3800億元', '約520億ドル超']);
  });
});
