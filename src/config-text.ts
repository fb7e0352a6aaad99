/**
 * What the operator reads when .env or the environment is wrong (src/config.ts). There is no
 * asker at startup, so each text is printed in Japanese, then in English.
 * Placeholders: {name} the variable (or `listItem`), {detail}/{howTo} for `problem`,
 * {default} the default Discord API URL, {levels} the log levels.
 */
import type { Localised } from './core/i18n.ts';

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
    UPLOAD_MAX_MB: {
      ja: '{name} は 0 より大きく {uploadCeiling} 以下の数（MB）にしてください。',
      en: '{name} must be a number of megabytes above 0 and at most {uploadCeiling}.',
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
    UPLOAD_MAX_MB: {
      ja: '省略できます。`/docs add` で受け付ける資料の最大サイズ（MB）です（既定は {uploadDefault}）。',
      en: 'It is optional: the largest document `/docs add` accepts, in megabytes (default {uploadDefault}).',
    },
  },
} satisfies Record<string, Localised | Record<string, Localised>>;

/** The environment variables config.ts reads. */
export type ConfigVariable = keyof typeof configText.howTo;
