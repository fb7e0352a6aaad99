/** Configuration (one message naming what to set) and logs (JSON lines, levels, never the token). */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { createLogger, REDACTED } from '../../../src/log.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-token-for-tests_0123456789abcdefghijklmno';

describe('parseConfig', () => {
  it('reads every variable, with defaults', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      applicationId: undefined,
      guildId: undefined,
      askChannelIds: [],
      apiBaseUrl: 'https://discord.com/api',
      logLevel: 'info',
      dataDir: './data',
      totalShards: 'auto',
      uploadMaxBytes: 20 * 1024 * 1024,
    });
    expect(
      parseConfig({
        DISCORD_TOKEN: `Bot ${TOKEN}`,
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_GUILD_ID: '',
        ASK_CHANNEL_IDS: ' 123456789012345678 , 234567890123456789,',
        DISCORD_API_BASE_URL: 'http://127.0.0.1:8080/api/',
        LOG_LEVEL: 'debug',
        DATA_DIR: '/var/lib/shiori',
        TOTAL_SHARDS: '2',
        UPLOAD_MAX_MB: '2.5',
      }),
    ).toEqual({
      token: TOKEN,
      applicationId: '123456789012345678',
      guildId: undefined,
      askChannelIds: ['123456789012345678', '234567890123456789'],
      apiBaseUrl: 'http://127.0.0.1:8080/api',
      logLevel: 'debug',
      dataDir: '/var/lib/shiori',
      totalShards: 2,
      uploadMaxBytes: 2.5 * 1024 * 1024,
    });
  });

  it('names each variable to fix and how, in one message, never echoing the token', () => {
    let error: unknown;
    try {
      parseConfig({ DISCORD_TOKEN: 'has space', ASK_CHANNEL_IDS: '12,abc', LOG_LEVEL: 'loud', TOTAL_SHARDS: '0', UPLOAD_MAX_MB: '0' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    // One entry per problem, each in Japanese and in English, each starting with the variable's name.
    for (const language of ['ja', 'en'] as const) {
      expect(problems.map((problem) => problem[language].split(' ')[0])).toEqual(['DISCORD_TOKEN', 'ASK_CHANNEL_IDS', 'ASK_CHANNEL_IDS', 'LOG_LEVEL', 'TOTAL_SHARDS', 'UPLOAD_MAX_MB']);
    }
    expect(problems[0]).toEqual({
      ja: expect.stringMatching(/^DISCORD_TOKEN に空白を含めないでください。Discord Developer Portal → アプリ → Bot → Reset Token/),
      en: expect.stringMatching(/^DISCORD_TOKEN must not contain spaces\. Set it to the bot token:/),
    });
    expect(problems[1]!.ja).toContain('ASK_CHANNEL_IDS の 1 番目の ID は Discord の ID（17〜20 桁の数字）にしてください。省略できます。');
    expect(problems[1]!.en).toContain('ASK_CHANNEL_IDS (item 1) must be a Discord id (17–20 digits). It is optional:');
    expect(problems[2]!.en).toContain('(item 2)');
    expect(problems[3]!.ja).toContain('LOG_LEVEL は debug, info, warn, error のどれかにしてください。');
    expect(problems[3]!.en).toContain('LOG_LEVEL must be one of debug, info, warn, error.');
    expect(problems[4]!.ja).toContain('TOTAL_SHARDS は 1 以上の整数か auto にしてください。');
    expect(problems[4]!.en).toContain('TOTAL_SHARDS must be a whole number ≥ 1 or auto.');
    expect(problems[5]!.ja).toContain('UPLOAD_MAX_MB は 0 より大きく 500 以下の数（MB）にしてください。省略できます。`/docs add` で受け付ける資料の最大サイズ（MB）です（既定は 20）。');
    expect(problems[5]!.en).toContain('UPLOAD_MAX_MB must be a number of megabytes above 0 and at most 500.');
    // The header, then each problem: Japanese on the bullet line, English indented under it.
    const lines = message.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Shiori を起動できません。.env または環境変数の次の設定を直して、もう一度実行してください。',
      'Shiori cannot start: fix these settings in .env or the environment, then run it again.',
    ]);
    expect(lines.slice(2)).toEqual(problems.flatMap((problem) => [`  • ${problem.ja}`, `    ${problem.en}`]));
    expect(message).not.toContain('has space');
  });

  it('a malformed URL and guild id', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE_URL: 'ftp://example.com', DISCORD_GUILD_ID: '42' })).toThrow(
      /DISCORD_GUILD_ID は Discord の ID（17〜20 桁の数字）にしてください。[^\n]*\n {4}DISCORD_GUILD_ID must be a Discord id \(17–20 digits\)\.[^]*DISCORD_API_BASE_URL は http:\/\/ か https:\/\/ で始まる URL にしてください。[^\n]*https:\/\/discord\.com\/api（既定値）[^\n]*\n {4}DISCORD_API_BASE_URL must be an http\(s\) URL\. It is optional: an http\(s\) URL without the API version, e\.g\. https:\/\/discord\.com\/api \(the default\)/,
    );
  });

  it('a missing token, and an application id for registering commands', () => {
    expect(() => parseConfig({})).toThrow(
      /Shiori を起動できません。[^\n]*\nShiori cannot start: fix this setting[^\n]*\n {2}• DISCORD_TOKEN が設定されていません。Discord Developer Portal → アプリ → Bot → Reset Token でトークンを取得し[^\n]*\n {4}DISCORD_TOKEN is not set\. Set it to the bot token: Discord Developer Portal/,
    );
    expect(() => parseConfig({ DISCORD_TOKEN: TOKEN }, 'deploy-commands')).toThrow(
      /DISCORD_APPLICATION_ID が設定されていません（コマンドの登録に必要です）。[^\n]*\n {4}DISCORD_APPLICATION_ID is not set \(registering commands needs it\)\./,
    );
  });
});

describe('createLogger', () => {
  const capture = (level: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    const lines: string[] = [];
    const log = createLogger({ level, secrets: [TOKEN], write: (line) => lines.push(line), now: () => new Date('2026-01-01T00:00:00Z') });
    return { log, lines };
  };

  it('writes one JSON object per line, with fields and child fields', () => {
    const { log, lines } = capture();
    log.child({ shards: [1] }).info('ready', { guilds: 2 });
    expect(lines).toEqual(['{"level":"info","time":"2026-01-01T00:00:00.000Z","shards":[1],"msg":"ready","guilds":2}\n']);
  });

  it('drops lines below LOG_LEVEL', () => {
    const { log, lines } = capture('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['c', 'd']);
  });

  it('never writes the token or an interaction token, wherever they hide', () => {
    const { log, lines } = capture();
    const cause = new Error(`401 Unauthorized for ${TOKEN}`);
    const error = Object.assign(new Error(`request failed with Bot ${TOKEN}`, { cause }), {
      url: 'https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246secret_token-1/callback',
      status: 404,
    });
    log.error('interaction failed', { error, headers: { authorization: `Bot ${TOKEN}` }, webhook: { token: 'aW50ZXJhY3Rpb246secret_token-2' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain('secret_token');
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.error.message).toBe(`request failed with Bot ${REDACTED}`);
    expect(parsed.error.stack).toMatch(/^Error: request failed with Bot \[redacted\]\n {4}at /);
    expect(parsed.error.cause).toMatchObject({ type: 'Error', message: `401 Unauthorized for ${REDACTED}` });
    expect(parsed.error.cause.stack).toMatch(/^Error: 401 Unauthorized for \[redacted\]\n/);
    expect(parsed.error.url).toBe(`https://discord.com/api/v10/interactions/123456789012345678/${REDACTED}/callback`);
    expect(parsed.error.status).toBe(404);
    expect(parsed.headers).toEqual({ authorization: REDACTED });
    expect(parsed.webhook).toEqual({ token: REDACTED });
  });

  it('keeps a reason that is not an Error as it is, and leaves out the request body discord.js attaches', () => {
    const { log, lines } = capture();
    log.error('unhandled rejection', { error: 'gave up' });
    log.error('send failed', { error: Object.assign(new Error('Cannot send an empty message'), { status: 400, requestBody: { files: [], json: { content: '' } } }) });
    expect(JSON.parse(lines[0]!).error).toBe('gave up');
    const second = JSON.parse(lines[1]!);
    expect(second.error).toMatchObject({ type: 'Error', message: 'Cannot send an empty message', status: 400 });
    expect(second.error).not.toHaveProperty('requestBody');
  });

  it('survives values JSON cannot hold', () => {
    const { log, lines } = capture();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    log.info('odd', { circular, big: 10n });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"[Circular]"');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'odd', big: 10 });
  });
});
