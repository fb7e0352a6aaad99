/**
 * What the command-line tools print: usage, notices and the terminal answer's labels.
 */
import type { Localised } from '../core/i18n.ts';
import type { RebuildReason } from '../answer/engine.ts';

export const answerText = {
  noAnswer: {
    ja: 'はっきり答えている箇所は見つかりませんでした。近い箇所を挙げます（答えではないかもしれません）：',
    en: 'I could not find a passage that clearly answers this. The nearest passages (they may not answer it):',
  },
  nothingFound: {
    ja: '資料の中に関係する箇所が見つかりませんでした。言い方を変えるか、資料にある言葉で聞いてみてください。',
    en: 'Nothing in the documents matches this question. Try other words, or words the documents use.',
  },
  moreHits: { ja: 'ほかの候補', en: 'Other passages' },
  questionLabel: { ja: '質問', en: 'Question' },
} satisfies Record<string, Localised>;

export const cliText = {
  askUsage: {
    ja: [
      '使い方: npm run ask -- "質問"',
      '        npm run ask -- --json "質問"        結果を1行のJSONで出力',
      '        npm run ask -- --json < 質問.txt     1行に1問ずつ読み、1行に1つのJSONを出力',
      '        --limit N  候補の数（1〜10、既定は3）',
      '        --corpus フォルダー  corpus/ の代わりにこのフォルダーの資料に聞く（索引は index/corpora/ に作る）',
    ].join('\n'),
    en: [
      'Usage: npm run ask -- "question"',
      '       npm run ask -- --json "question"      one JSON object',
      '       npm run ask -- --json < questions.txt  one question per line, one JSON object per line',
      '       --limit N  number of hits (1-10, default 3)',
      '       --corpus DIR  ask the documents in DIR instead of corpus/ (its index goes to index/corpora/)',
    ].join('\n'),
  },
  badLimit: { ja: '--limit には 1 から 10 の数を指定してください。', en: '--limit takes a number from 1 to 10.' },
  badOption: { ja: '知らないオプションです：{detail}', en: 'Unknown option: {detail}' },
  rebuilding: {
    ja: '索引を作り直しています（{reason}）…',
    en: 'Rebuilding the index ({reason})…',
  },
  built: {
    ja: '索引を書き出しました：{file}（資料 {documents} 件、段落 {passages} 件、{seconds} 秒）',
    en: 'Index written to {file} ({documents} documents, {passages} passages, {seconds} s)',
  },
  corpusProblem: { ja: '注意：{file}：{message}', en: 'Warning: {file} {message}' },
  failed: {
    ja: '索引を読み込めませんでした：{detail}\n`npm run build:index` で作り直してください。',
    en: 'Could not load the index: {detail}\nRun `npm run build:index` to rebuild it.',
  },
} satisfies Record<string, Localised>;

/** Why the index was rebuilt, in words, for the notice shown to the person waiting. */
export const rebuildReasons: Record<RebuildReason, Localised> = {
  missing: { ja: '索引がありません', en: 'no index yet' },
  'stale-corpus': { ja: '資料が変わりました', en: 'the documents changed' },
  'stale-analyzer': { ja: '解析の設定が変わりました', en: 'the analyzer changed' },
  corrupt: { ja: '索引が壊れています', en: 'the index is damaged' },
};

/** `npm run metric`. */
export const metricText = {
  usage: {
    ja: [
      '使い方: npm run metric -- <IDまたは図表名> [--chart ファイル.png] [--en]',
      '        npm run metric -- --json     すべての図表をJSONで出力',
      '        npm run metric -- --list     図表の一覧',
    ].join('\n'),
    en: [
      'Usage: npm run metric -- <id or name> [--chart FILE.png] [--en]',
      '       npm run metric -- --json     print every figure as JSON',
      '       npm run metric -- --list     list the figures',
    ].join('\n'),
  },
  chartWritten: { ja: 'グラフを書き出しました：{file}', en: 'Chart written to {file}' },
  numbersInDocuments: { ja: '資料の中の関連する数値：', en: 'Related numbers in the documents:' },
} satisfies Record<string, Localised>;
