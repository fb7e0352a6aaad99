/**
 * Slides from a deck's extracted text (src/corpus/deck.ts), on a small made-up deck shaped like the
 * real one: page footers, a chapter heading repeated under each slide's lead message and once
 * alone (with the lost bullet's space) as the chapter's title slide, a section word (まとめ), a
 * word the PDF broke across lines, and a chart that came out as loose numbers.
 */
import { describe, expect, it } from 'vitest';
import { splitDeckIntoSlides } from '../../../src/corpus/deck.ts';

const CHAPTER = '決済から融資へ広がるアントの事業モデル';
const FOOTER = (page: number) => `${page}Copyright（C） Example Research Institute, Ltd. All rights reserved.`;

const DECK = [
  'アント・グループの金融戦略',
  '',
  '2021年4月5日',
  '',
  FOOTER(1),
  '',
  ` ${CHAPTER}`,
  '',
  FOOTER(2),
  '',
  'アリペイの利用者は10億人を超え、決済が融資の入',
  '口になっている',
  CHAPTER,
  '個人向け融資の残高は急速に拡大した',
  '決済サービスの利用履歴から信用を測る金融機',
  '関が融資を担う',
  '',
  FOOTER(3),
  '',
  '延滞率は緩やかに上昇した',
  CHAPTER,
  '2.97% 2.65%',
  '個人向け 零細企業向け',
  '延滞率（2020年7月）',
  '出所：アント・グループの開示資料',
  '',
  FOOTER(4),
  '',
  'アントは決済の利用者を融資の顧客に変えた',
  'まとめ',
  '信用は決済のデータで測られる',
  '',
  FOOTER(5),
  '',
].join('\n');

describe('splitDeckIntoSlides', () => {
  it('finds each slide from the deck\'s shape, repairs its lines, and keeps every value', () => {
    expect(splitDeckIntoSlides(DECK)).toEqual([
      // The deck's first page: its first paragraph stands as the lead.
      { number: 1, lead: 'アント・グループの金融戦略', body: ['2021年4月5日'] },
      // The chapter heading alone is the chapter's title slide.
      { number: 2, chapter: CHAPTER, lead: CHAPTER, body: [] },
      {
        number: 3,
        chapter: CHAPTER,
        lead: 'アリペイの利用者は10億人を超え、決済が融資の入口になっている', // 入 / 口 joined
        body: ['個人向け融資の残高は急速に拡大した', '決済サービスの利用履歴から信用を測る金融機関が融資を担う'],
      },
      {
        number: 4,
        chapter: CHAPTER,
        lead: '延滞率は緩やかに上昇した',
        // The values, their labels and the chart's title, rebuilt into one line.
        body: ['延滞率（2020年7月）：個人向け 2.97%／零細企業向け 2.65%', '出所：アント・グループの開示資料'],
      },
      // A section word heads a slide even though it appears once.
      { number: 5, chapter: 'まとめ', lead: 'アントは決済の利用者を融資の顧客に変えた', body: ['信用は決済のデータで測られる'] },
    ]);
  });

  it('reads Windows line ends as the same deck', () => {
    expect(splitDeckIntoSlides(DECK.replace(/\n/g, '\r\n'))).toEqual(splitDeckIntoSlides(DECK));
  });

  it('keeps a text without footers or headings as one slide led by its first paragraph', () => {
    expect(splitDeckIntoSlides('表紙の題名\n副題\n\n一行目はここまでです\n本文の二行目。')).toEqual([
      { number: 1, lead: '表紙の題名 副題', body: ['一行目はここまでです', '本文の二行目。'] },
    ]);
  });
});
