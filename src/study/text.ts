/**
 * The study area's words, shared by the terminal and Discord: how items ask, how answers and
 * scores read, what review and stats say. Items themselves are Japanese (they quote Japanese
 * documents); everything around them follows the reader's language.
 */
import type { Localised } from '../core/i18n.ts';

export const studyText = {
  // How generated items ask (Japanese: they quote the documents).
  figureSeries: { ja: '{series}の', en: '{series} ' },
  figureValueAt: { ja: '「{title}」で、{series}{date}時点の値は？', en: '“{title}”: {series}value at {date}?' },
  figureLargest: { ja: '「{title}」で、最も大きな割合を占めるのは？', en: '“{title}”: which part is largest?' },
  figureSmallest: { ja: '「{title}」で、最も小さな割合なのは？', en: '“{title}”: which part is smallest?' },
  figureShareOf: { ja: '「{title}」で、{label}の値は？', en: '“{title}”: the value for {label}?' },
  figureRank: { ja: '「{title}」で{rank}位なのは？', en: '“{title}”: who is ranked {rank}?' },
  figureCell: { ja: '「{title}」で、{label}の値は？', en: '“{title}”: the value of {label}?' },
  cloze: { ja: '（　　）に入る語は？\n「{sentence}」', en: 'Which word fills the blank?\n“{sentence}”' },
  clozeBlank: { ja: '（　　）', en: '(   )' },
  definitionMeaning: { ja: '資料によると、「{term}」とは？', en: 'According to the documents, what is “{term}”?' },
  definitionAbbreviation: { ja: '資料によると、「{term}」は何の略？', en: 'According to the documents, what does “{term}” stand for?' },

  // Answers, scores, review.
  right: { ja: '正解', en: 'Right' },
  wrong: { ja: '不正解', en: 'Wrong' },
  rightAnswer: { ja: '正解は {letter}「{choice}」', en: 'The answer is {letter} “{choice}”' },
  yourAnswerRight: { ja: '{letter}「{choice}」で正解です。', en: '{letter} “{choice}”: right.' },
  yourAnswerWrong: { ja: '{letter}「{choice}」は不正解です。', en: '{letter} “{choice}”: not right.' },
  sourceLabel: { ja: '出典', en: 'Source' },
  points: { ja: '{points}点', en: '{points} pts' },
  scoreLine: { ja: '{rank}位 {name}　{points}点（{correct}/{count}問正解）', en: '{rank}. {name}: {points} pts ({correct}/{count} right)' },
  noAnswers: { ja: '回答はありませんでした。', en: 'Nobody answered.' },
  scoringRule: {
    ja: '正解1問{base}点、早く答えるほど最大{bonus}点のボーナス。',
    en: '{base} points per right answer, plus up to {bonus} for answering early.',
  },
  accuracy: { ja: '{percent}%（{correct}/{answered}問）', en: '{percent}% ({correct}/{answered})' },
  streakDays: { ja: '{days}日連続', en: '{days} days in a row' },
  noStreak: { ja: 'なし（今日か昨日に答えると始まります）', en: 'none (answer today or tomorrow to start one)' },
  wholeDocument: { ja: '（章なし）', en: '(no chapter)' },
  paragraphRange: { ja: '第{from}〜{to}段落', en: 'Paragraphs {from}–{to}' },
  labelled: { ja: '{label}：{value}', en: '{label}: {value}' },
} satisfies Record<string, Localised>;

/** The organiser's report, in Markdown for the terminal and as an embed on Discord. */
export const reportText = {
  title: { ja: 'Shiori 学習レポート', en: 'Shiori study report' },
  generated: { ja: '作成：{at}　対象：{scope}', en: 'Generated {at} · scope: {scope}' },
  scopeAll: { ja: 'すべてのサーバーとDM', en: 'all servers and DMs' },
  scopeGuild: { ja: 'このサーバー', en: 'this server' },
  questionsHeading: { ja: '答えられなかった質問・👎がついた質問（多い順）', en: 'Questions without a confident answer or with 👎 (most frequent first)' },
  questionLine: { ja: '{question}（答えなし {unanswered}回・👎 {downvoted}人）', en: '{question} (no answer {unanswered}× · 👎 {downvoted})' },
  missedHeading: { ja: 'よく間違えられた問題（章ごと）', en: 'Quiz items most often missed, by chapter' },
  missedLine: { ja: '{question} → 正解「{answer}」（{wrong}/{answered}人が不正解）', en: '{question} → “{answer}” ({wrong} of {answered} wrong)' },
  accuracyHeading: { ja: '章ごとの正答率', en: 'Accuracy by chapter' },
  participationHeading: { ja: '参加状況（週ごと）', en: 'Participation by week' },
  participationHeader: { ja: '週（月曜から）|クイズ|回答|参加者|答えられなかった質問', en: 'Week (from Monday)|Quizzes|Answers|People|Unanswered questions' },
  none: { ja: 'まだありません。', en: 'None yet.' },
  chartTitle: { ja: '章ごとの正答率', en: 'Accuracy by chapter' },
  chartUnit: { ja: '%', en: '%' },
  chartFooter: { ja: 'Shiori 学習レポート・{at}', en: 'Shiori study report · {at}' },
} satisfies Record<string, Localised>;
