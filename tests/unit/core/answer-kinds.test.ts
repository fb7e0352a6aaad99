/**
 * The kind of answer a question asks for, read from its question words (src/core/answer-kinds.ts):
 * every kind, in Japanese and in English, and which kind wins when a question has words of two.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/analysis/normalize.ts';
import { ANSWER_KINDS, detectAnswerKind, type AnswerKind } from '../../../src/core/answer-kinds.ts';

/** As the engine asks: on the normalized question (NFKC, lower case, numbers folded). */
const kindOf = (question: string) => detectAnswerKind(normalize(question));

const QUESTIONS: Record<AnswerKind, string[]> = {
  definition: ['BaaSとは？', 'CSIGって何？', 'デジタル人民元の意味は？', 'ATは何の略？', 'What does BaaS stand for?', 'What is CSIG?', 'What is the meaning of 殺熟?'],
  rank: ['アリババの特許出願件数は世界で何位？', 'IBMの順位は？', '決済アプリのランキングは？', 'Which company ranked first in blockchain patents?', 'Where does IBM place?'],
  superlative: ['シェアが一番大きいのはどこ？', '最も延滞率が高いのは？', 'トップはどこ？', 'Which segment has the highest delinquency rate?', 'What is the largest source of revenue?'],
  count: ['アント・チェーンは何都市で使われている？', '中核技術はいくつ？', 'アカウント数は？', 'How many cities use Ant Chain?', 'What is the number of accounts?'],
  percentage: ['第三者決済機関のシェアは？', '個人向けの延滞率は何％？', '融資は何割？', 'What percentage of payments go through third-party providers?', 'What is the delinquency rate of personal loans?'],
  amount: ['アリババの投資額は？', 'いくら投資した？', '市場規模は？', 'How much did Alibaba invest in cloud?', 'What was the amount of the fine?'],
  date: ['デジタル人民元はいつ始まった？', '何年に設立された？', 'この資料は何月の発表？', "When was Ant Group's IPO suspended?", 'In which year did Tencent reorganise?'],
  trend: ['売上の推移は？', 'テンセントの戦略はどう変わった？', 'How did Tencent change its strategy?', 'What is the trend in mobile payments?'],
  reason: ['なぜアント・グループの上場は延期された？', 'テンセントが組織再編した理由は？', 'デジタル人民元の狙いは？', 'Why did Tencent reorganise?', 'What is the purpose of the digital yuan?'],
  name: ['アント・グループの親会社はどこ？', 'この講演をしたのは誰？', '決済サービスの名前は？', 'Who wrote the NRI deck?', "What is Alibaba's cloud business called?"],
  any: ['アリババのクラウド事業について', 'テンセントの戦略', 'Tell me about Ant Chain', 'Alibaba cloud'],
};

describe('detectAnswerKind', () => {
  it('has questions here for every kind in the table, and for no kind at all', () => {
    expect(Object.keys(QUESTIONS).sort()).toEqual([...Object.keys(ANSWER_KINDS), 'any'].sort());
  });

  for (const [kind, questions] of Object.entries(QUESTIONS)) {
    it.each(questions)(`${kind}: %s`, (question) => {
      expect(kindOf(question)).toBe(kind);
    });
  }

  it.each([
    // The table's order decides between two kinds' words.
    ['延滞率とは？', 'definition'], // 率 asks for a percentage; とは for the definition first
    ['アリババの特許出願数は何位？', 'rank'], // 数は asks for a count
    ['シェアが最も大きいのは？', 'superlative'], // シェア asks for a percentage
    ['延滞率の推移は？', 'percentage'], // a share over time is still answered by shares
    ['When did the share of third-party payments change?', 'percentage'], // share of, before when and change
    ['CSIGって何位？', 'rank'], // って何 followed by a counter asks for that counter, not a definition
  ] as const)('%s → %s', (question, kind) => {
    expect(kindOf(question)).toBe(kind);
  });
});
