/**
 * What Shiori says on Discord: replies, buttons, mistakes, and the slash commands' names and
 * descriptions (English by default, Japanese as the localisation). `{name}` placeholders are
 * filled with `fill`; respond.ts prefixes ❌ to a person's mistake and 🐞 to a bug of ours.
 */
import type { Localised } from '../core/i18n.ts';

export interface CommandText {
  name: Localised;
  description: Localised;
  options: Record<string, { name: Localised; description: Localised }>;
}

export const discordText = {
  questionTitle: { ja: 'Q. {question}', en: 'Q. {question}' },
  sourceField: { ja: '出典', en: 'Source' },
  answerFooter: {
    ja: '{page}/{pages} ページ・資料の文章をそのまま引用しています',
    en: 'Page {page} of {pages} · quoted word for word from the documents',
  },
  notConfident: {
    ja: 'この質問にはっきり答えている箇所は見つかりませんでした。近いのは次の箇所です。`/search` で言葉を変えて探すこともできます。',
    en: 'I could not find a passage that clearly answers this. These are the nearest places; you can also look with `/search` using other words.',
  },
  noHits: {
    ja: '資料の中に、この質問に関係する箇所が見つかりませんでした。言葉を変えて質問するか、`/search` でキーワードを探すか、`/help` で資料の一覧を見てください。',
    en: 'Nothing in the documents matches this question. Try other words, look for keywords with `/search`, or see the documents with `/help`.',
  },
  searchTitle: { ja: '「{query}」の検索結果', en: 'Results for “{query}”' },
  searchSummary: { ja: '{count}件見つかりました。全文は `/source` で表示できます。', en: '{count} found. Open one with `/source`.' },
  searchNoResults: {
    ja: '「{query}」に一致する箇所は見つかりませんでした。別の言葉で探してみてください。',
    en: 'Nothing matches “{query}”. Try other words.',
  },
  passageFooter: { ja: '{citation}（{position}/{count}）', en: '{citation} ({position} of {count})' },
  buttonPrevious: { ja: '◀', en: '◀' },
  buttonNext: { ja: '▶', en: '▶' },
  buttonFullText: { ja: '全文', en: 'Full text' },
  buttonHelpful: { ja: '👍', en: '👍' },
  buttonNotHelpful: { ja: '👎', en: '👎' },
  feedbackThanksUp: { ja: 'ありがとうございます。「役に立った」と記録しました。', en: 'Thank you: recorded as helpful.' },
  feedbackThanksDown: {
    ja: 'ありがとうございます。「役に立たなかった」と記録しました。改善に使います。',
    en: 'Thank you: recorded as not helpful. It will help us improve.',
  },
  sessionExpired: {
    ja: 'この回答は古くなったため、ボタンが使えません。もう一度質問してください。',
    en: 'This answer is too old for its buttons to work. Please ask again.',
  },
  rateLimited: {
    ja: '質問が続いています。{seconds}秒ほど待ってから、もう一度どうぞ。',
    en: 'That is a lot of questions at once. Please wait about {seconds} seconds and ask again.',
  },
  unknownDocument: {
    ja: '「{document}」という資料はありません。資料名を入力して候補から選んでください（一覧は `/help`）。',
    en: 'There is no document “{document}”. Type part of its title and pick it from the list (`/help` lists them).',
  },
  unknownLocation: {
    ja: '『{title}』に「{location}」という場所はありません。スライドや段落の番号（例：12）を入れるか、候補から選んでください。',
    en: '“{location}” is not a place in “{title}”. Enter a slide or paragraph number (e.g. 12) or pick one from the list.',
  },
  unknownPassage: {
    ja: 'この箇所は見つかりませんでした（資料が更新された可能性があります）。もう一度 `/source` で開いてください。',
    en: 'This passage no longer exists (the documents may have changed). Please open it again with `/source`.',
  },
  internalError: {
    ja: '申し訳ありません。内部でエラーが起きました。記録しましたので、少し時間をおいてもう一度お試しください。',
    en: 'Sorry, something went wrong on our side. It has been logged; please try again in a moment.',
  },
  helpTitle: { ja: 'Shiori（栞）の使い方', en: 'How to use Shiori (栞)' },
  helpIntro: {
    ja: 'Shiori は下の資料から、質問に答える箇所をそのまま引用します（文章を作りません）。Shiori にメンションするか DM を送っても質問できます。',
    en: 'Shiori answers by quoting the documents below word for word (it writes nothing of its own). You can also mention Shiori or send it a direct message.',
  },
  helpCommandsField: { ja: 'コマンド', en: 'Commands' },
  helpButtons: {
    ja: '答えの ◀ ▶ でほかの候補、「全文」で箇所全体（あなたにだけ表示）、👍 / 👎 で役に立ったかを教えてください。',
    en: 'Under an answer, ◀ ▶ show other candidates, “Full text” the whole passage (only to you), and 👍 / 👎 tell us whether it helped.',
  },
  helpAskChannels: { ja: 'このチャンネルでは、メッセージがそのまま質問になります：{channels}', en: 'In these channels every message is a question: {channels}' },
  helpDocumentsField: { ja: '資料（{count}件）', en: 'Documents ({count})' },
  helpDocumentLine: { ja: '{kind}・{author}・{date}・{passages}箇所', en: '{kind} · {author} · {date} · {passages} passages' },
} satisfies Record<string, Localised>;

/** Slash command names and descriptions: English is the default, Japanese the localisation. */
export const commandText = {
  ask: {
    name: { en: 'ask', ja: '質問' },
    description: { en: 'Answer a question by quoting the documents', ja: '資料から答えの箇所を探して引用します' },
    options: {
      question: {
        name: { en: 'question', ja: '質問文' },
        description: { en: 'What you want to know, e.g. How much will Alibaba invest in AI?', ja: '知りたいこと（例：アントの延滞率は？）' },
      },
    },
  },
  search: {
    name: { en: 'search', ja: '検索' },
    description: { en: 'List passages that contain your keywords', ja: 'キーワードを含む箇所を一覧します' },
    options: {
      query: {
        name: { en: 'query', ja: 'キーワード' },
        description: { en: 'Words to look for', ja: '探す言葉' },
      },
    },
  },
  source: {
    name: { en: 'source', ja: '原文' },
    description: { en: 'Show a passage of a document', ja: '資料の指定した箇所を表示します' },
    options: {
      document: {
        name: { en: 'document', ja: '資料' },
        description: { en: 'Which document (type to see suggestions)', ja: 'どの資料か（入力すると候補が出ます）' },
      },
      location: {
        name: { en: 'location', ja: '場所' },
        description: { en: 'Slide or paragraph number, or words to find', ja: 'スライド・段落の番号、または探す言葉' },
      },
    },
  },
  help: {
    name: { en: 'help', ja: 'ヘルプ' },
    description: { en: 'What Shiori knows and how to ask', ja: 'Shiori が知っている資料と使い方' },
    options: {},
  },
} satisfies Record<string, CommandText>;

/** /metric and /figures: English is the default, Japanese the localisation (as `commandText`). */
export const figureCommandText = {
  metric: {
    name: { en: 'metric', ja: '数値' },
    description: { en: 'Show a figure of the documents as a table and a chart', ja: '資料の数値を表とグラフで表示します' },
    options: {
      name: {
        name: { en: 'name', ja: '名前' },
        description: { en: 'Which figure, e.g. delinquency rate (type to see suggestions)', ja: 'どの数値か（例：延滞率。入力すると候補が出ます）' },
      },
    },
  },
  figures: {
    name: { en: 'figures', ja: '図表一覧' },
    description: { en: 'List the figures of a document', ja: '資料の図表を一覧します' },
    options: {
      document: {
        name: { en: 'document', ja: '資料' },
        description: { en: 'Which document (type to see suggestions)', ja: 'どの資料か（入力すると候補が出ます）' },
      },
    },
  },
} satisfies Record<string, CommandText>;

export const figureDiscordText = {
  chartAlt: { ja: '{title}のグラフ', en: 'Chart: {title}' },
  figureFooter: { ja: '{kind}・ID {id}・資料の数値をそのまま掲載', en: '{kind} · id {id} · numbers as the document gives them' },
  figureLine: { ja: '{title}（{kind}）', en: '{title} ({kind})' },
  figuresFooter: { ja: '`/metric` に名前かIDを入れると表とグラフを表示します。', en: 'Give `/metric` a name or id to see its table and chart.' },
} satisfies Record<string, Localised>;
