/**
 * Real passages of our corpus (copied from what the engine loads) and answers built from them,
 * for the pure formatting tests: exact outputs without depending on the ranking of the day.
 */
import type { Answer, Hit } from '../../../src/answer/types.ts';
import type { DocumentMeta, Passage } from '../../../src/core/types.ts';

export const nriDeck: DocumentMeta = {
  id: 'nri-platformers-2021',
  title: 'アリババ・テンセント・アントグループの戦略転換',
  author: '株式会社野村総合研究所 未来創発センター 李智慧',
  date: '2021-04-05',
  kind: 'slides',
  source: '第309回NRIメディアフォーラム 講演資料',
  file: 'nri-platformers-2021.txt',
};

export const alibabaArticle: DocumentMeta = {
  id: 'allforces-alibaba-ai-2025',
  title: 'Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？',
  author: 'ALLFORCES編集部',
  date: '2025-11-07',
  kind: 'article',
  source: 'ALLFORCES（投資分析）',
  file: 'allforces-alibaba-ai-2025.md',
};

const antChapter = '事業モデルの再構築が迫れるアント・グループ';
const antHeading = 'パンデミックなどによる経済環境の急変のなか、延滞率は緩やかな上昇がみられる';

export const smallBusinessDelinquency: Passage = {
  id: 'nri-platformers-2021#s20.1',
  doc: 'nri-platformers-2021',
  order: 22,
  location: { chapter: antChapter, slide: 20, part: 1, parts: 2 },
  heading: antHeading,
  text: [
    antHeading,
    '出所：アント・グループの上場目論見書などを参考にNRI作成',
    '零細企業向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 1.29%／2018/12/31 2.17%／2019/12/31 2.03%／2020/7/31 2.65%',
    '零細企業向けの残高延滞率（2017年12月~2020年7月） D90+：2017/12/31 1.10%／2018/12/31 1.67%／2019/12/31 1.57%／2020/7/31 2.02%',
  ].join('\n'),
};

export const personalDelinquency: Passage = {
  id: 'nri-platformers-2021#s20.2',
  doc: 'nri-platformers-2021',
  order: 23,
  location: { chapter: antChapter, slide: 20, part: 2, parts: 2 },
  heading: antHeading,
  text: [
    '注：残高延滞率は、指定された日の時点で30日以上または90日以上延滞している融資の元金残高（書面による借入控除後）を、プラットフォームによって成約された融資の総元金残高（書面による借入控除後）で割ったものと定義されている。',
    '個人向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 1.08%／2018/12/31 1.43%／2019/12/31 1.56%／2020/7/31 2.97%',
    '個人向けの残高延滞率（2017年12月~2020年7月） D90+：2017/12/31 0.68%／2018/12/31 1.01%／2019/12/31 1.05%／2020/7/31 2.15%',
    '信用貸付サービスの延滞率の推移',
  ].join('\n'),
};

export const antFintech: Passage = {
  id: 'nri-platformers-2021#s17',
  doc: 'nri-platformers-2021',
  order: 19,
  location: { chapter: antChapter, slide: 17 },
  heading: 'アント・グループは、中国のFinTechをけん引する先端企業',
  text: 'アント・グループは、中国のFinTechをけん引する先端企業',
};

export const antLending: Passage = {
  id: 'nri-platformers-2021#s19',
  doc: 'nri-platformers-2021',
  order: 21,
  location: { chapter: antChapter, slide: 19 },
  heading: 'アント・グループ経由で提供する融資において、利用者の与信判断及びリスク判断は金融機関が担うこととなっている',
  text: 'アント・グループ経由で提供する融資において、利用者の与信判断及びリスク判断は金融機関が担うこととなっている',
};

export const alibabaInvestment: Passage = {
  id: 'allforces-alibaba-ai-2025#p1',
  doc: 'allforces-alibaba-ai-2025',
  order: 0,
  location: { paragraph: 1 },
  text: 'あなたも感じているかもしれませんが、最近のAI業界の動きは本当に目まぐるしいですよね。特に中国のテックジャイアント、AlibabaがAIクラウドインフラに2028年までに3800億元（約520億ドル超）もの巨額を投じるというニュースには、正直言って私も最初は「またか」と少し懐疑的になりました。過去20年間、シリコンバレーのスタートアップから日本の大企業まで、数えきれないほどのAI導入プロジェクトを見てきましたが、これほどの規模の投資はそうそうありません。彼らは一体、何を狙っているのでしょうか？',
};

export function hit(passage: Passage, quote: string, marks: Hit['marks'] = [], score = 1): Hit {
  const document = passage.doc === nriDeck.id ? nriDeck : alibabaArticle;
  return { passage, document, score, quote, marks, answerMarks: [] };
}

/** 「アントの延滞率は？」 as the engine answers it: the small-business rates first. */
export function delinquencyAnswer(extraHits = 0): Answer {
  const hits = [
    hit(smallBusinessDelinquency, smallBusinessDelinquency.text.split('\n')[2]!, [[9, 12]], 1.1),
    hit(personalDelinquency, personalDelinquency.text.split('\n')[1]!, [[7, 10]], 0.916),
    hit(antFintech, antFintech.text, [[0, 8]], 0.302),
    hit(antLending, antLending.text, [[0, 8]], 0.246),
  ];
  for (let index = 0; index < extraHits; index++) hits.push(hit(antFintech, antFintech.text, [], 0.1));
  return { question: 'アントの延滞率は？', language: 'ja', kind: 'percentage', hits, confident: true, figures: [] };
}
