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
  sourceField: { ja: '出典', en: 'Source' },
  answerFooter: {
    ja: '{page}/{pages} ページ・資料の文章をそのまま引用しています',
    en: 'Page {page} of {pages} · quoted word for word from the documents',
  },
  cardAddressee: { ja: '{user} さんへ', en: 'For {user}' },
  cardQuestion: { ja: '質問：{question}', en: 'Question: {question}' },
  cardReadWith: { ja: '前の質問の「{words}」と合わせて読みました', en: 'Read together with “{words}” from the previous question' },
  cardSharedBy: { ja: '{name} さんが共有', en: 'Shared by {name}' },
  candidatesPlaceholder: { ja: 'ほかの候補（{count}件）', en: 'Other candidates ({count})' },
  buttonShare: { ja: '共有', en: 'Share' },
  missUnclear: { ja: 'この質問にはっきり答えている箇所は見つかりませんでした。近いのは：', en: 'Nothing in the documents answers this clearly. Nearest:' },
  missUnknownWords: { ja: '「{words}」は資料に出てきません。近いのは：', en: '“{words}” does not appear in the documents. Nearest:' },
  missNothing: { ja: '資料の中に、この質問に関係する箇所は見つかりませんでした。', en: 'Nothing in the documents relates to this question.' },
  missHint: { ja: '{search} でキーワードを探すか、{ask} で候補から選べます。', en: 'Look for keywords with {search}, or pick a suggestion in {ask}.' },
  missHintExample: { ja: '{search} でキーワードを探せます。聞き方の例：「{example}」', en: 'Look for keywords with {search}. For example: “{example}”' },
  menuNoText: { ja: 'このメッセージには質問にできる文字がありません。', en: 'This message has no text to ask about.' },
  feedbackModalTitle: { ja: '何を探していましたか？', en: 'What were you looking for?' },
  feedbackModalLabel: { ja: '探していたこと（空欄でも送れます）', en: 'What you were looking for (optional)' },
  feedbackModalPlaceholder: { ja: '例：2019年の個人向けの延滞率', en: 'e.g. the 2019 rate for individuals' },
  feedbackCommentThanks: { ja: 'ありがとうございます。「役に立たなかった」と、探していたことを記録しました。改善に使います。', en: 'Thank you: recorded as not helpful, with what you were looking for. It will help us improve.' },
  searchTitle: { ja: '「{query}」の検索結果', en: 'Results for “{query}”' },
  searchSummary: { ja: '{count}件見つかりました。全文は {source} で表示できます。', en: '{count} found. Open one with {source}.' },
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
  commandGone: {
    ja: 'このコマンドはもうありません。使えるコマンドは {help} で見られます。',
    en: 'This command no longer exists. {help} lists the commands there are.',
  },
  optionTooLong: {
    ja: '入力が長すぎます（{length}文字）。{max}文字以内でお願いします。',
    en: 'That is too long ({length} characters). Please keep it within {max}.',
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
    ja: '「{document}」という資料はありません。資料名を入力して候補から選んでください。一覧は {help} で見られます。',
    en: 'There is no document “{document}”. Type part of its title and pick it from the list; {help} lists them.',
  },
  unknownLocation: {
    ja: '『{title}』に「{location}」という場所はありません。スライドや段落の番号（例：12）を入れるか、候補から選んでください。',
    en: '“{location}” is not a place in “{title}”. Enter a slide or paragraph number (e.g. 12) or pick one from the list.',
  },
  unknownPassage: {
    ja: 'この箇所は見つかりませんでした（資料が更新された可能性があります）。もう一度 {source} で開いてください。',
    en: 'This passage no longer exists (the documents may have changed). Please open it again with {source}.',
  },
  internalError: {
    ja: '申し訳ありません。内部でエラーが起きました。記録しましたので、少し時間をおいてもう一度お試しください。',
    en: 'Sorry, something went wrong on our side. It has been logged; please try again in a moment.',
  },
  helpTitle: { ja: 'Shiori（栞）の使い方', en: 'How to use Shiori (栞)' },
  helpIntro: {
    ja: 'Shiori は下の資料から、質問に答える箇所をそのまま引用します（文章を作りません）。Shiori にメンションすると、質問の名前のスレッドで答えます（続けて質問できます）。DM でも、メッセージのメニュー（アプリ →「{menu}」）からも聞けます。',
    en: 'Shiori answers by quoting the documents below word for word (it writes nothing of its own). Mention Shiori and it answers in a thread named after your question (ask on there). You can also send it a DM, or use “{menu}” in a message’s menu (Apps).',
  },
  helpCommandsField: { ja: 'コマンド', en: 'Commands' },
  helpButtons: {
    ja: '答えの「ほかの候補」で別の箇所、「全文」で箇所全体（あなたにだけ表示）、👍 / 👎 で役に立ったかを教えてください。{ask} の「非公開」で自分だけに表示し、「共有」であとから投稿できます。',
    en: 'Under an answer, “Other candidates” shows other places, “Full text” the whole passage (only to you), and 👍 / 👎 tell us whether it helped. {ask} with “hide” shows the answer only to you; “Share” posts it after.',
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
      hide: {
        name: { en: 'hide', ja: '非公開' },
        description: { en: 'Show the answer only to you (you can share it after)', ja: '答えを自分だけに表示（あとで共有できます）' },
      },
      for: {
        name: { en: 'for', ja: '宛先' },
        description: { en: 'Address the answer to someone (they are not pinged)', ja: '答えを誰か宛てにする（通知はしません）' },
      },
      document: {
        name: { en: 'document', ja: '資料' },
        description: { en: 'Answer from this document only (type to see suggestions)', ja: 'この資料の中だけから答える（入力すると候補が出ます）' },
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

/** Commands in a message's menu (Apps → …): names may have spaces and capitals; English is the default. */
export const messageMenuText = {
  askShiori: { en: 'Ask Shiori', ja: 'Shiori に聞く' },
} satisfies Record<string, Localised>;

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
  figureFooter: { ja: '{kind}・{citation}・資料の数値をそのまま掲載', en: '{kind} · {citation} · numbers as the document gives them' },
  figureLine: { ja: '{title}（{kind}）', en: '{title} ({kind})' },
  figuresFooter: { ja: '{metric} に名前かIDを入れると表とグラフを表示します。', en: 'Give {metric} a name or id to see its table and chart.' },
} satisfies Record<string, Localised>;

/** /quiz, /review, /stats, /outline and /report: English is the default, Japanese the localisation (as `commandText`). */
export const studyCommandText = {
  quiz: {
    name: { en: 'quiz', ja: 'クイズ' },
    description: { en: 'A quiz on the documents for everyone in this channel (alone in a DM)', ja: '資料からのクイズをこのチャンネルのみんなで（DMではひとりで）' },
    options: {
      document: {
        name: { en: 'document', ja: '資料' },
        description: { en: 'Only questions from this document (type to see suggestions)', ja: 'この資料からだけ出題（入力すると候補が出ます）' },
      },
      chapter: {
        name: { en: 'chapter', ja: '章' },
        description: { en: 'Only questions from this chapter of the document', ja: '資料のこの章からだけ出題' },
      },
      count: {
        name: { en: 'count', ja: '問題数' },
        description: { en: 'How many questions (1–20, default 5)', ja: '問題の数（1〜20、既定は5）' },
      },
      seconds: {
        name: { en: 'seconds', ja: '秒数' },
        description: { en: 'Seconds to answer each question (5–120, default 20)', ja: '1問あたりの回答時間（5〜120秒、既定は20秒）' },
      },
    },
  },
  review: {
    name: { en: 'review', ja: '復習' },
    description: { en: 'Review the quiz questions you are due to see again, privately', ja: '復習の時期が来た問題を、自分だけに出題します' },
    options: {},
  },
  stats: {
    name: { en: 'stats', ja: '統計' },
    description: { en: 'Your accuracy by chapter and your streak', ja: 'あなたの章ごとの正答率と連続学習日数' },
    options: {},
  },
  outline: {
    name: { en: 'outline', ja: '目次' },
    description: { en: 'A document as a study guide: chapters and key messages', ja: '資料を学習ガイドとして：章と各スライドの要点' },
    options: {
      document: {
        name: { en: 'document', ja: '資料' },
        description: { en: 'Which document (type to see suggestions)', ja: 'どの資料か（入力すると候補が出ます）' },
      },
      chapter: {
        name: { en: 'chapter', ja: '章' },
        description: { en: 'Open at this chapter', ja: 'この章を開く' },
      },
    },
  },
  report: {
    name: { en: 'report', ja: 'レポート' },
    description: { en: 'For organisers: unanswered questions, missed items, accuracy, participation', ja: '運営者向け：答えられなかった質問、よく間違える問題、正答率、参加状況' },
    options: {},
  },
} satisfies Record<string, CommandText>;

/** What the study commands and their buttons say on Discord. */
export const studyDiscordText = {
  quizIntroTitle: { ja: 'クイズを始めます', en: 'Quiz time' },
  quizIntro: {
    ja: '{starter} さんが始めました：全{count}問・各{seconds}秒{scope}。\nA〜D のボタンで答えてください（答えはあなたにだけ確認されます）。1問につき1回、最初の回答が有効です。',
    en: '{starter} started it — questions: {count}, {seconds} s each{scope}.\nAnswer with the A–D buttons (only you see your confirmation). One answer per question; the first one counts.',
  },
  quizSoloIntro: {
    ja: 'ひとりクイズ：全{count}問・各{seconds}秒{scope}。A〜D のボタンで答えてください。',
    en: 'Solo quiz — questions: {count}, {seconds} s each{scope}. Answer with the A–D buttons.',
  },
  quizScope: { ja: '（{scope}から出題）', en: ' (from {scope})' },
  questionTitle: { ja: '第{number}問（全{count}問）', en: 'Question {number} of {count}' },
  deadline: { ja: '締め切り {time}', en: 'Closes {time}' },
  buttonReveal: { ja: '答えを見る', en: 'Show answer' },
  buttonStop: { ja: '中止', en: 'Stop' },
  buttonKeep: { ja: '復習に追加', en: 'Add to review' },
  buttonNext: { ja: '次の問題', en: 'Next' },
  answerTaken: { ja: '{letter} で回答しました。答えは締め切りのあとに表示されます。', en: 'Your answer {letter} is in. The answer shows when the question closes.' },
  answeredAlready: { ja: 'この問題にはすでに {letter} で回答しています。最初の回答が有効です。', en: 'You already answered {letter}; your first answer stands.' },
  questionClosed: { ja: 'この問題はもう締め切られました。', en: 'This question has closed.' },
  quizOver: { ja: 'このクイズは終了しています。新しく始めるには {quiz} を使ってください。', en: 'This quiz is over. Start a new one with {quiz}.' },
  quizRunningHere: { ja: 'このチャンネルではクイズが進行中です：{link}', en: 'A quiz is already running in this channel: {link}' },
  onlyStarterReveals: { ja: '答えを表示できるのは、クイズを始めた人だけです。', en: 'Only the person who started the quiz can show the answer.' },
  onlyStarterStops: { ja: 'クイズを中止できるのは、始めた人と「メッセージの管理」権限を持つ人だけです。', en: 'Only the person who started the quiz, or someone with Manage Messages, can stop it.' },
  countOutOfRange: { ja: '問題数は {min}〜{max} の数にしてください（入力：{value}）。', en: 'The number of questions must be {min}–{max} (you gave {value}).' },
  secondsOutOfRange: { ja: '秒数は {min}〜{max} の数にしてください（入力：{value}）。', en: 'Seconds must be {min}–{max} (you gave {value}).' },
  unknownChapter: { ja: '『{title}』に「{chapter}」という章はありません。章：{chapters}', en: '“{title}” has no chapter “{chapter}”. Chapters: {chapters}' },
  noChapters: { ja: '『{title}』には章がありません。', en: '“{title}” has no chapters.' },
  chapterNeedsDocument: { ja: '章を選ぶときは、資料も指定してください。', en: 'To pick a chapter, pick the document too.' },
  noItems: { ja: 'この範囲からは問題を作れませんでした。資料か章を変えてみてください。', en: 'No questions could be made from this part. Try another document or chapter.' },
  cannotPost: { ja: 'このチャンネルに投稿できないため、クイズを始められませんでした（Shiori の「メッセージを送信」権限を確認してください）。', en: 'I cannot post in this channel, so the quiz could not start (check that Shiori may Send Messages here).' },
  revealedTitle: { ja: '第{number}問の答え', en: 'Answer to question {number}' },
  choiceCount: { ja: '{count}人', en: '{count}' },
  rightPeople: { ja: '正解した人', en: 'Got it right' },
  nobodyRight: { ja: 'いませんでした', en: 'Nobody' },
  morePeople: { ja: 'ほか{count}人', en: 'and {count} more' },
  stoppedNote: { ja: 'クイズは {name} さんが中止しました。', en: '{name} stopped the quiz.' },
  interruptedNote: { ja: 'Shiori の再起動でクイズが中断されました。ここまでの回答は記録されています。', en: 'The quiz was interrupted by a restart of Shiori. The answers given so far are kept.' },
  scoreboardTitle: { ja: 'クイズの結果', en: 'Quiz results' },
  scoreboardStopped: { ja: 'クイズの結果（中止）', en: 'Quiz results (stopped)' },
  scoreboardInterrupted: { ja: 'クイズの結果（中断）', en: 'Quiz results (interrupted)' },
  reviewHint: { ja: '間違えた問題は {review} でいつでも復習できます（あなたにだけ表示）。', en: 'Review the ones you missed any time with {review} (only you see it).' },
  keptForReview: { ja: 'この問題を復習に追加しました。{review} で出題されます。', en: 'Added to your review. {review} will ask it.' },
  keptAlready: { ja: 'この問題はすでに復習に入っています。', en: 'This question is already in your review.' },
  reviewTitle: { ja: '復習（残り{left}問）', en: 'Review ({left} left)' },
  reviewNothingDue: { ja: 'いま復習する問題はありません。{next}', en: 'Nothing is due for review now. {next}' },
  reviewNextAt: { ja: '次は {time} に {count}問です。', en: 'Next: {count} due {time}.' },
  reviewNoCards: { ja: 'クイズで間違えた問題や「復習に追加」した問題がここに来ます。', en: 'Questions you miss in a quiz, or add with “Add to review”, come here.' },
  reviewDone: { ja: '今回の復習はここまでです。{next}', en: 'That is all for now. {next}' },
  reviewGone: { ja: 'この復習カードは見つかりませんでした。もう一度 {review} を使ってください。', en: 'This review card is gone. Run {review} again.' },
  reviewRescheduled: { ja: '次にこの問題が出るのは {time} です。', en: 'This question comes back {time}.' },
  statsTitle: { ja: '{name} さんの学習状況', en: 'Study stats for {name}' },
  statsNothing: { ja: 'まだ回答がありません。{quiz} で始めましょう。', en: 'No answers yet. Start with {quiz}.' },
  statsStreak: { ja: '連続学習', en: 'Streak' },
  statsBest: { ja: '最長 {days}日', en: 'best {days} days' },
  statsAccuracy: { ja: '章ごとの正答率', en: 'Accuracy by chapter' },
  statsCards: { ja: '復習カード', en: 'Review cards' },
  statsCardsLine: { ja: '{count}枚（いま復習できるもの {due}枚）', en: '{count} ({due} due now)' },
  outlineTitle: { ja: '『{title}』の目次', en: 'Outline of “{title}”' },
  outlinePlaceholder: { ja: '章を選ぶ', en: 'Jump to a chapter' },
  outlineOverview: { ja: '{sections}つの章・{entries}箇所。章を選ぶと各スライド（段落）の要点とボタンが出ます。', en: '{sections} chapters, {entries} places. Pick a chapter to see its key messages with buttons.' },
  outlineFooter: { ja: 'ボタンで箇所を開きます（{source} と同じ表示）', en: 'Buttons open a place (as {source} shows it)' },
  reportOnlyManagers: { ja: 'レポートは「サーバーの管理」権限を持つ人だけが見られます。', en: 'Only members with Manage Server can see the report.' },
  reportOnlyInServer: { ja: 'レポートはサーバーの中で使ってください。', en: 'Use the report inside a server.' },
  studyUnavailable: { ja: '学習機能のデータベースが使えないため、この操作はいまできません。', en: 'The study database is not available, so this cannot be done right now.' },
} satisfies Record<string, Localised>;

/** /docs: the documents, and adding and removing them from Discord. */
export const docsCommandText = {
  docs: {
    name: { en: 'docs', ja: '資料管理' },
    description: { en: 'List, add or remove the documents Shiori answers from', ja: 'Shiori が答えに使う資料の一覧・追加・削除' },
    options: {
      list: { name: { en: 'list', ja: '一覧' }, description: { en: 'List the documents', ja: '資料の一覧を表示します' } },
      add: { name: { en: 'add', ja: '追加' }, description: { en: 'Add a document: PDF, HTML, Markdown or text', ja: '資料を追加します（PDF・HTML・Markdown・テキスト）' } },
      remove: { name: { en: 'remove', ja: '削除' }, description: { en: 'Remove a document', ja: '資料を削除します' } },
      file: { name: { en: 'file', ja: 'ファイル' }, description: { en: 'The file to add', ja: '追加するファイル' } },
      document: { name: { en: 'document', ja: '資料' }, description: { en: 'Which document (type to see suggestions)', ja: 'どの資料か（入力すると候補が出ます）' } },
    },
  },
} satisfies Record<string, CommandText>;

export const docsText = {
  listTitle: { ja: '資料の一覧（{count}件）', en: 'Documents ({count})' },
  listLine: { ja: '**{title}**　`{id}`　{kind}・{extent}・{date}', en: '**{title}** `{id}` {kind} · {extent} · {date}' },
  extentSeparator: { ja: '・', en: ', ' },
  listMore: { ja: 'ほか {count}件', en: '{count} more' },
  pages: { ja: '{count}ページ', en: '{count} pages' },
  passages: { ja: '{count}段落', en: '{count} passages' },
  noDate: { ja: '日付なし', en: 'no date' },
  kinds: {
    ja: { slides: 'スライド', article: '記事', report: '報告書', document: '文書' },
    en: { slides: 'slides', article: 'article', report: 'report', document: 'document' },
  },
  formats: {
    ja: { pdf: 'PDF', html: 'HTML', text: 'テキスト', markdown: 'Markdown' },
    en: { pdf: 'PDF', html: 'HTML', text: 'text', markdown: 'Markdown' },
  },
  added: {
    ja: '『{title}』を追加しました（`{id}`、{extent}、{seconds}秒）。`/ask` で質問できます。',
    en: 'Added “{title}” (`{id}`, {extent}, {seconds} s). Ask about it with `/ask`.',
  },
  addedWarnings: { ja: '注意：{warnings}', en: 'Note: {warnings}' },
  removed: { ja: '『{title}』（`{id}`）を削除しました（{seconds}秒）。', en: 'Removed “{title}” (`{id}`) ({seconds} s).' },
  onlyManagers: { ja: '資料の追加と削除は「サーバーの管理」権限を持つ人だけができます。', en: 'Only members with Manage Server can add or remove documents.' },
  onlyInServer: { ja: '資料の追加と削除はサーバーの中で使ってください。', en: 'Add and remove documents inside a server.' },
  unavailable: { ja: 'この Shiori では資料の追加と削除が使えません（資料フォルダーを監視していません）。', en: 'This Shiori cannot add or remove documents (it is not watching its document folder).' },
  tooLarge: {
    ja: 'ファイルが大きすぎます（{size}）。追加できるのは {limit} までです（上限は設定 UPLOAD_MAX_MB で変えられます）。',
    en: 'The file is too large ({size}). The limit is {limit} (the UPLOAD_MAX_MB setting).',
  },
  empty: { ja: 'ファイルが空です。', en: 'The file is empty.' },
  notDocument: {
    ja: 'このファイルは資料として読めません（中身が {kind} です）。追加できるのは PDF・HTML・Markdown・テキストです。',
    en: 'This file cannot be read as a document (its content is {kind}). Shiori takes PDF, HTML, Markdown and text.',
  },
  badName: { ja: 'ファイル名から資料の ID を作れません。文字か数字を含む名前にしてください。', en: 'The file name gives no document id; use a name with letters or digits.' },
  exists: {
    ja: '同じ ID（`{id}`）の資料「{title}」がすでにあります。上書きはしません。別の名前にするか、先に `/docs remove` で削除してください。',
    en: 'A document with the same id (`{id}`), “{title}”, is already there; it is not overwritten. Rename the file, or remove the old one first with `/docs remove`.',
  },
  unusable: { ja: 'このファイルは追加できませんでした：{reason}', en: 'This file could not be added: it {reason}' },
  buildFailed: {
    ja: '索引を作り直せなかったため、元に戻しました（{detail}）。',
    en: 'The index could not be rebuilt with this change, so it was undone ({detail}).',
  },
  unknownDocument: { ja: '「{id}」という資料はありません。入力して候補から選んでください。', en: 'There is no document “{id}”. Type part of its title and pick it from the list.' },
  downloadFailed: { ja: '添付ファイルを受け取れませんでした（{detail}）。もう一度試してください。', en: 'The attachment could not be downloaded ({detail}). Please try again.' },
} as const;
