/**
 * What the corpus loader tells people about a file it skipped or read only in part: one message
 * per file, naming why, in Japanese and English. The CLI prints it, the bot logs it, and an
 * upload can answer with it.
 */
import type { Localised } from '../core/i18n.ts';

export const corpusProblemText = {
  unreadable: { ja: '読み込めませんでした（{detail}）。読み飛ばします。', en: 'cannot be read ({detail}); skipped.' },
  outsideCorpus: {
    ja: 'corpus フォルダーの外を指すリンクです。読み飛ばします。',
    en: 'is a link to a file outside the corpus folder; skipped.',
  },
  tooLarge: {
    ja: '{size} あり、上限の {limit} を超えています。読み飛ばします（上限は設定で変えられます）。',
    en: 'is {size}, over the {limit} limit; skipped (the limit is a setting).',
  },
  empty: { ja: '空のファイルです。読み飛ばします。', en: 'is empty; skipped.' },
  binary: {
    ja: 'テキストではありません（{kind}）。読めるのは PDF、HTML、テキスト、Markdown です。読み飛ばします。',
    en: 'is not text ({kind}); Shiori reads PDF, HTML, text and Markdown. Skipped.',
  },
  undecodable: {
    ja: '文字コードが分かりません（UTF-8、UTF-16、Shift_JIS、EUC-JP、ISO-2022-JP のどれでもありません）。読み飛ばします。',
    en: 'is in an unknown character encoding (not UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP); skipped.',
  },
  badId: {
    ja: 'ファイル名から資料の ID を作れません。文字か数字を含む名前にしてください。読み飛ばします。',
    en: 'has a name that gives no document id; give it a name with letters or digits. Skipped.',
  },
  idClash: {
    ja: '資料 ID「{id}」が {other} と同じです。どちらかの名前を変えてください。読み飛ばします。',
    en: 'has the same document id “{id}” as {other}; rename one of them. Skipped.',
  },
  pdfEncrypted: {
    ja: 'パスワードで保護された PDF です。パスワードを外した PDF を置いてください。読み飛ばします。',
    en: 'is a password-protected PDF; add a copy without the password. Skipped.',
  },
  pdfNoText: {
    ja: '文字のない PDF です（スキャンした画像だけでテキスト層がありません）。Shiori の外で OCR をかけて文字を付けた PDF を置いてください。読み飛ばします。',
    en: 'is a PDF without a text layer (scanned images only); run OCR on it outside Shiori and add the result. Skipped.',
  },
  pdfGarbled: {
    ja: 'PDF の文字が正しく取り出せません（フォントに文字の対応表がありません）。OCR をかけるか、別の方法で書き出した PDF を置いてください。読み飛ばします。',
    en: 'is a PDF whose text cannot be read correctly (its fonts lack a character map); run OCR on it or export it again. Skipped.',
  },
  pdfInvalid: {
    ja: 'PDF として読めません（壊れているか途中で切れています：{detail}）。読み飛ばします。',
    en: 'cannot be read as a PDF (damaged or cut short: {detail}); skipped.',
  },
  noText: { ja: '文章が見つかりません。読み飛ばします。', en: 'has no text; skipped.' },
  frontMatter: {
    ja: '先頭の YAML（front matter）が正しくありません（{detail}）。それを除いて読みます。',
    en: 'has front matter that is not valid YAML ({detail}); read without it.',
  },
  metadataUnreadable: { ja: 'メタデータを読み込めません（{detail}）。', en: 'cannot be read as metadata ({detail}).' },
  metadataIgnored: { ja: 'メタデータを無視します（{detail}）。', en: 'has metadata that is ignored ({detail}).' },
} satisfies Record<string, Localised>;

export type CorpusProblemCode = keyof typeof corpusProblemText;
