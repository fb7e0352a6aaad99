/**
 * Every sentence a person reads, in one place: Japanese first, English where the person wrote English.
 * Code elsewhere picks a message by key and language; it never writes user-facing text itself.
 */
import type { DocumentMeta, Passage } from './corpus/types.ts';
import type { Language, QuestionProblem } from './answer/types.ts';

export type Localised = Record<Language, string>;

/** Pick the text for a language. */
export function t(message: Localised, language: Language): string {
  return message[language];
}

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

/** Where a passage is, as a person reads it: 「第3章 … ・スライド 12」 / "slide 12 (…)". */
export function formatLocation(passage: Passage, language: Language): string {
  const { chapter, slide, paragraph, part, parts } = passage.location;
  const bits: string[] = [];
  if (language === 'ja') {
    if (chapter) bits.push(`「${chapter}」`);
    if (slide !== undefined) bits.push(`スライド ${slide}`);
    if (paragraph !== undefined) bits.push(`第${paragraph}段落`);
    if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
    return bits.join(' ');
  }
  if (chapter) bits.push(`“${chapter}”`);
  if (slide !== undefined) bits.push(`slide ${slide}`);
  if (paragraph !== undefined) bits.push(`paragraph ${paragraph}`);
  if (part !== undefined && parts !== undefined && parts > 1) bits.push(`(${part}/${parts})`);
  return bits.join(', ');
}

/** Title, author, date and location in one line. */
export function formatCitation(document: DocumentMeta, passage: Passage, language: Language): string {
  const date = document.date ? formatDate(document.date, language) : '';
  const head = [`『${document.title}』`, document.author, date].filter(Boolean).join(language === 'ja' ? '、' : ', ');
  return `${head}${language === 'ja' ? '、' : ', '}${formatLocation(passage, language)}`;
}

export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return language === 'ja' ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export const questionProblems: Record<QuestionProblem, Localised> = {
  blank: {
    ja: '質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。',
    en: 'The question is empty. Please write what you want to know (for example: "What is Ant\'s delinquency rate?").',
  },
  too_long: {
    ja: '質問が長すぎます（{max}文字まで、いまは{length}文字）。要点を短く書いてください。',
    en: 'The question is too long ({length} characters; the limit is {max}). Please ask it in fewer words.',
  },
  no_content: {
    ja: '質問に文字が見つかりません（記号や絵文字だけでは検索できません）。言葉で書いてください。',
    en: 'The question has no words in it (symbols or emoji alone cannot be searched). Please ask in words.',
  },
};

/** Replace `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// ---------------------------------------------------------------------------------------------
// Answers and the command line (npm run ask, npm run build:index)
// ---------------------------------------------------------------------------------------------

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
    ].join('\n'),
    en: [
      'Usage: npm run ask -- "question"',
      '       npm run ask -- --json "question"      one JSON object',
      '       npm run ask -- --json < questions.txt  one question per line, one JSON object per line',
      '       --limit N  number of hits (1-10, default 3)',
    ].join('\n'),
  },
  badLimit: { ja: '--limit には 1 から 10 の数を指定してください。', en: '--limit takes a number from 1 to 10.' },
  badOption: { ja: '知らないオプションです：{detail}', en: 'Unknown option: {detail}' },
  rebuilding: {
    ja: '索引を作り直しています（{reason}）…',
    en: 'Rebuilding the index ({reason})…',
  },
  rebuildReasons: {
    ja: 'missing=索引がありません|stale-corpus=資料が変わりました|stale-analyzer=解析の設定が変わりました|corrupt=索引が壊れています',
    en: 'missing=no index yet|stale-corpus=the documents changed|stale-analyzer=the analyser changed|corrupt=the index is damaged',
  },
  built: {
    ja: '索引を書き出しました：{file}（資料 {documents} 件、段落 {passages} 件、{seconds} 秒）',
    en: 'Index written to {file} ({documents} documents, {passages} passages, {seconds} s)',
  },
  corpusProblem: { ja: '注意：{file}：{message}', en: 'Warning: {file}: {message}' },
  failed: {
    ja: '索引を読み込めませんでした：{detail}\n`npm run build:index` で作り直してください。',
    en: 'Could not load the index: {detail}\nRun `npm run build:index` to rebuild it.',
  },
} satisfies Record<string, Localised>;

/** The reason for a rebuild, in words. */
export function rebuildReason(reason: string, language: Language): string {
  const entry = t(cliText.rebuildReasons, language)
    .split('|')
    .find((pair) => pair.startsWith(`${reason}=`));
  return entry ? entry.slice(reason.length + 1) : reason;
}

// ---------------------------------------------------------------------------------------------
// Discord (issue 3): replies, buttons, mistakes, and the slash commands' names and descriptions.
// `{name}` placeholders are filled with `fill`. respond.ts prefixes ❌ to a person's mistake, 🐞 to a bug of ours.
// ---------------------------------------------------------------------------------------------

/** A shorter citation for lists: 『title』 and the location, without author and date. */
export function formatShortCitation(document: DocumentMeta, passage: Passage, language: Language): string {
  const location = formatLocation(passage, language);
  return location ? `『${document.title}』 ${location}` : `『${document.title}』`;
}

export const documentKindLabels: Record<DocumentMeta['kind'], Localised> = {
  slides: { ja: 'スライド資料', en: 'slide deck' },
  article: { ja: '記事', en: 'article' },
  report: { ja: 'レポート', en: 'report' },
  document: { ja: '文書', en: 'document' },
};

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
  helpBody: {
    ja: [
      'Shiori は下の資料から、質問に答える箇所をそのまま引用します（文章を作りません）。',
      '・`/ask` に質問を書く（例：「アントの延滞率は？」）',
      '・Shiori にメンションするか、DM で質問を送る',
      '・`/search` でキーワードを含む箇所を一覧',
      '・`/source` で資料の指定した箇所を表示',
      '・`/metric` で図表の数字を表とグラフで表示（例：延滞率、収入構造、特許ランキング）、`/figures` で資料の図表一覧',
      '答えの ◀ ▶ でほかの候補、「全文」で箇所全体（あなたにだけ表示）、👍 / 👎 で役に立ったかを教えてください。',
    ].join('\n'),
    en: [
      'Shiori answers by quoting the documents below word for word (it writes nothing of its own).',
      '• Ask with `/ask` (e.g. “How much will Alibaba invest in AI by 2028?”)',
      '• Mention Shiori or send it a direct message',
      '• List passages containing keywords with `/search`',
      '• Show a given passage with `/source`',
      '• See a figure as a table and a chart with `/metric` (e.g. delinquency rates, revenue mix, patent ranking); list a document\'s figures with `/figures`',
      'Under an answer, ◀ ▶ show other candidates, “Full text” the whole passage (only to you), and 👍 / 👎 tell us whether it helped.',
    ].join('\n'),
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

export interface CommandText {
  name: Localised;
  description: Localised;
  options: Record<string, { name: Localised; description: Localised }>;
}

// ---------------------------------------------------------------------------------------------
// Figures (issue 4): figure tables and charts, /metric, /figures and `npm run metric`.
// ---------------------------------------------------------------------------------------------

type FigureKind = import('./figures/schema.ts').FigureKind;
type PassageLocation = import('./corpus/types.ts').PassageLocation;

export const figureKindLabels: Record<FigureKind, Localised> = {
  value: { ja: '数値', en: 'value' },
  series: { ja: '推移', en: 'time series' },
  breakdown: { ja: '内訳', en: 'breakdown' },
  ranking: { ja: 'ランキング', en: 'ranking' },
};

export const figureText = {
  headerItem: { ja: '項目', en: 'Item' },
  headerDate: { ja: '時点', en: 'Date' },
  headerSegment: { ja: '内訳', en: 'Segment' },
  headerRank: { ja: '順位', en: 'Rank' },
  headerName: { ja: '名称', en: 'Name' },
  asOf: { ja: '時点：{dates}', en: 'As of {dates}' },
  unit: { ja: '単位：{unit}', en: 'Unit: {unit}' },
  source: { ja: '出所：{citation}', en: 'Source: {citation}' },
  note: { ja: '注：{note}', en: 'Note: {note}' },
  quoteField: { ja: '原文', en: 'Quote' },
  valuesField: { ja: '数値', en: 'Values' },
  unknownFigure: {
    ja: '「{query}」という図表は見つかりませんでした。近いもの：{suggestions}',
    en: 'There is no figure called “{query}”. Closest: {suggestions}',
  },
  unknownFigureNoSuggestion: {
    ja: '「{query}」という図表は見つかりませんでした。図表の一覧は {listHint} で見られます。',
    en: 'There is no figure called “{query}”. {listHint} lists the figures.',
  },
  ambiguousFigure: {
    ja: '「{query}」に当たる図表が複数あります：{candidates}。どれか一つを指定してください。',
    en: '“{query}” fits several figures: {candidates}. Please name one of them.',
  },
  numbersInDocuments: { ja: '資料の中の関連する数値：', en: 'Related numbers in the documents:' },
  figuresTitle: { ja: '『{title}』の図表（{count}件）', en: 'Figures of “{title}” ({count})' },
  noFigures: { ja: '『{title}』には登録された図表がありません。', en: 'No figures are recorded for “{title}”.' },
  chartFailed: { ja: 'グラフを描けませんでした。数値は表のとおりです。', en: 'The chart could not be drawn; the values are in the table.' },
  cliUsage: {
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
  cliChartWritten: { ja: 'グラフを書き出しました：{file}', en: 'Chart written to {file}' },
} satisfies Record<string, Localised>;

/** `2020` → 2020年, `2020-11` → 2020年11月, `2020-06-30` → 2020年6月30日 (English keeps ISO). */
export function formatPartialDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-');
  if (day !== undefined) return formatDate(isoDate, language);
  if (language === 'en') return isoDate;
  return month === undefined ? `${year}年` : `${year}年${Number(month)}月`;
}

export function formatAsOf(dates: readonly string[], language: Language): string {
  const joined = dates.map((date) => formatPartialDate(date, language)).join(language === 'ja' ? '、' : ', ');
  return fill(t(figureText.asOf, language), { dates: joined });
}

/** The full citation of a figure's source; `formatCitation` reads only a passage's location. */
export function formatFigureCitation(document: DocumentMeta, location: PassageLocation, language: Language): string {
  const locationOnly: Passage = { id: document.id, doc: document.id, order: 0, location, text: '' };
  return formatCitation(document, locationOnly, language);
}

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

// ---------------------------------------------------------------------------------------------
// Configuration (src/config.ts): what the operator reads when .env or the environment is wrong.
// There is no asker at startup, so config.ts prints each text in Japanese, then in English.
// Placeholders: {name} the variable (or `listItem`), {detail}/{howTo} for `problem`,
// {default} the default Discord API URL, {levels} the log levels.
// ---------------------------------------------------------------------------------------------

export const configText = {
  headerOne: {
    ja: 'Shiori を起動できません。.env または環境変数の次の設定を直して、もう一度実行してください。',
    en: 'Shiori cannot start: fix this setting in .env or the environment, then run it again.',
  },
  headerMany: {
    ja: 'Shiori を起動できません。.env または環境変数の次の設定を直して、もう一度実行してください。',
    en: 'Shiori cannot start: fix these settings in .env or the environment, then run it again.',
  },
  /** One problem: what is wrong, then how to set it. */
  problem: { ja: '{detail}{howTo}', en: '{detail} {howTo}' },
  /** An item of a comma-separated list (only ASK_CHANNEL_IDS, a list of ids). */
  listItem: { ja: '{name} の {item} 番目の ID', en: '{name} (item {item})' },
  missing: { ja: '{name} が設定されていません。', en: '{name} is not set.' },
  missingForCommands: {
    ja: '{name} が設定されていません（コマンドの登録に必要です）。',
    en: '{name} is not set (registering commands needs it).',
  },
  /** What a malformed value must look like, per variable. */
  invalid: {
    DISCORD_TOKEN: { ja: '{name} に空白を含めないでください。', en: '{name} must not contain spaces.' },
    DISCORD_APPLICATION_ID: {
      ja: '{name} は Discord の ID（17〜20 桁の数字）にしてください。',
      en: '{name} must be a Discord id (17–20 digits).',
    },
    DISCORD_GUILD_ID: {
      ja: '{name} は Discord の ID（17〜20 桁の数字）にしてください。',
      en: '{name} must be a Discord id (17–20 digits).',
    },
    ASK_CHANNEL_IDS: {
      ja: '{name} は Discord の ID（17〜20 桁の数字）にしてください。',
      en: '{name} must be a Discord id (17–20 digits).',
    },
    DISCORD_API_BASE_URL: {
      ja: '{name} は http:// か https:// で始まる URL にしてください。',
      en: '{name} must be an http(s) URL.',
    },
    LOG_LEVEL: { ja: '{name} は {levels} のどれかにしてください。', en: '{name} must be one of {levels}.' },
    DATA_DIR: { ja: '{name} はディレクトリのパスにしてください。', en: '{name} must be a directory path.' },
    TOTAL_SHARDS: {
      ja: '{name} は 1 以上の整数か auto にしてください。',
      en: '{name} must be a whole number ≥ 1 or auto.',
    },
  },
  /** How to obtain or choose each variable: shown after what is wrong with it. Its keys are the variables config.ts reads. */
  howTo: {
    DISCORD_TOKEN: {
      ja: 'Discord Developer Portal → アプリ → Bot → Reset Token でトークンを取得し、.env に `DISCORD_TOKEN=…` と書いてください（.env は .env.example をコピーして作ります）。',
      en: 'Set it to the bot token: Discord Developer Portal → your application → Bot → Reset Token, then put `DISCORD_TOKEN=…` in .env (copy .env.example).',
    },
    DISCORD_APPLICATION_ID: {
      ja: 'Discord Developer Portal → アプリ → General Information で Application ID を確認し、.env に `DISCORD_APPLICATION_ID=…` と書いてください。',
      en: 'Set it to the Application ID: Discord Developer Portal → your application → General Information, then put `DISCORD_APPLICATION_ID=…` in .env.',
    },
    DISCORD_GUILD_ID: {
      ja: '省略できます。コマンドを登録するサーバーの ID です（Discord の「ユーザー設定 → 詳細設定 → 開発者モード」をオンにし、サーバーを右クリック →「サーバーIDをコピー」）。空にすると全サーバー向け（グローバル）に登録します。',
      en: 'It is optional: the id of the server to register commands in (Discord → Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID). Leave it empty to register globally.',
    },
    ASK_CHANNEL_IDS: {
      ja: '省略できます。チャンネル ID をカンマ区切りで並べます（チャンネルを右クリック →「チャンネルIDをコピー」）。例：`ASK_CHANNEL_IDS=123456789012345678,234567890123456789`',
      en: 'It is optional: channel ids separated by commas (right-click a channel → Copy Channel ID), e.g. `ASK_CHANNEL_IDS=123456789012345678,234567890123456789`.',
    },
    DISCORD_API_BASE_URL: {
      ja: '省略できます。API のバージョンを含まない http(s) の URL です。例：{default}（既定値）、テスト用のローカルの偽 Discord なら http://127.0.0.1:8080/api',
      en: 'It is optional: an http(s) URL without the API version, e.g. {default} (the default) or http://127.0.0.1:8080/api for a local fake Discord.',
    },
    LOG_LEVEL: {
      ja: '省略できます。{levels} のどれかです（既定は info）。',
      en: 'It is optional: one of {levels} (default info).',
    },
    DATA_DIR: {
      ja: '省略できます。Shiori が書き込めるディレクトリで、フィードバックをここに保存します（既定は ./data）。',
      en: 'It is optional: a directory Shiori may write to (feedback is stored there), default ./data.',
    },
    TOTAL_SHARDS: {
      ja: '省略できます。`npm run start:sharded` だけが読みます。シャードの数（1 以上の整数）か、Discord の推奨値を使う `auto` です（既定は auto）。',
      en: 'It is optional and only read by `npm run start:sharded`: a whole number of shards ≥ 1, or `auto` for Discord’s recommendation (default auto).',
    },
  },
} satisfies Record<string, Localised | Record<string, Localised>>;

/** The environment variables config.ts reads. */
export type ConfigVariable = keyof typeof configText.howTo;
