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
      '        --document ID  この資料の中だけで答える',
    ].join('\n'),
    en: [
      'Usage: npm run ask -- "question"',
      '       npm run ask -- --json "question"      one JSON object',
      '       npm run ask -- --json < questions.txt  one question per line, one JSON object per line',
      '       --limit N  number of hits (1-10, default 3)',
      '       --corpus DIR  ask the documents in DIR instead of corpus/ (its index goes to index/corpora/)',
      '       --document ID  answer from this document only',
    ].join('\n'),
  },
  badLimit: { ja: '--limit には 1 から 10 の数を指定してください。', en: '--limit takes a number from 1 to 10.' },
  unknownDocument: {
    ja: '「{document}」という ID の資料はありません。資料の ID：{ids}',
    en: 'There is no document with the id “{document}”. Document ids: {ids}',
  },
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

/** `npm run quiz` and `npm run report`. */
export const studyCliText = {
  quizUsage: {
    ja: [
      '使い方: npm run quiz                     ターミナルでクイズを1回（A〜Dで答える）',
      '        npm run quiz -- --json           問題をJSONの配列で出力',
      '        --count N      問題の数（既定は5。遊ぶときは1〜20）',
      '        --document ID  この資料からだけ出題',
      '        --seed N       同じ数なら同じ問題（省略するとランダム）',
      '        --en           英語で表示',
    ].join('\n'),
    en: [
      'Usage: npm run quiz                      play one quiz in the terminal (answer A–D)',
      '       npm run quiz -- --json            print the questions as a JSON array',
      '       --count N      how many questions (default 5; 1–20 to play)',
      '       --document ID  only from this document',
      '       --seed N       the same number gives the same questions (random when left out)',
      '       --en           in English',
    ].join('\n'),
  },
  badCount: { ja: '--count には {min} から {max} の数を指定してください。', en: '--count takes a number from {min} to {max}.' },
  badSeed: { ja: '--seed には 0 以上の整数を指定してください。', en: '--seed takes a whole number, 0 or more.' },
  unknownDocument: { ja: '「{document}」という資料はありません。資料：{documents}', en: 'There is no document “{document}”. Documents: {documents}' },
  seed: { ja: '（シード {seed}：同じ問題は --seed {seed} で）', en: '(seed {seed}: the same questions with --seed {seed})' },
  questionHeader: { ja: '第{number}問／全{count}問', en: 'Question {number} of {count}' },
  prompt: { ja: 'A〜D で答えてください（q で終了）> ', en: 'Answer A–D (q to quit)> ' },
  notAChoice: { ja: 'A、B、C、D のどれかを入力してください。', en: 'Type A, B, C or D.' },
  final: { ja: '結果：{count}問中 {correct}問正解', en: 'Result: {correct} of {count} right' },
  noItems: { ja: 'この範囲からは問題を作れませんでした。', en: 'No questions could be made from this.' },
  reportUsage: {
    ja: [
      '使い方: npm run report                 学習レポートをMarkdownで出力（DATA_DIR/shiori.db から）',
      '        --guild ID     このサーバーの分だけ',
      '        --en           英語で',
    ].join('\n'),
    en: [
      'Usage: npm run report                  the study report in Markdown (from DATA_DIR/shiori.db)',
      '       --guild ID     one server only',
      '       --en           in English',
    ].join('\n'),
  },
  databaseProblem: { ja: 'データベース {file} を開けませんでした（{problem}）：{detail}', en: 'Could not open the database {file} ({problem}): {detail}' },
} satisfies Record<string, Localised>;

/** `npm run backup`. */
export const backupText = {
  usage: {
    ja: '使い方: npm run backup -- ファイル.db   DATA_DIR/shiori.db の一貫したコピーを作る（Shiori が動いていてもよい）',
    en: 'Usage: npm run backup -- FILE.db   a consistent copy of DATA_DIR/shiori.db (Shiori may keep running)',
  },
  done: { ja: 'バックアップしました：{file}（{pages}ページ）', en: 'Backed up to {file} ({pages} pages)' },
  exists: { ja: '{file} はすでにあります。別の名前を指定してください。', en: '{file} exists already; give another name.' },
  failed: { ja: 'バックアップできませんでした：{detail}', en: 'The backup failed: {detail}' },
} satisfies Record<string, Localised>;
