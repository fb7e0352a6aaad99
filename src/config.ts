/**
 * The only place that reads `process.env`. Every variable is validated with zod; anything missing
 * or malformed becomes one message that names the variable and says how to set it.
 * (Operator-facing text, so it is English and lives here rather than in messages.ts.)
 */
import dotenv from 'dotenv';
import { z } from 'zod';

export const DEFAULT_DISCORD_API_BASE_URL = 'https://discord.com/api';
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Discord ids are snowflakes: 17 to 20 decimal digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** How to obtain or choose each variable: shown next to the variable's name when it is wrong. */
const HOW_TO_SET = {
  DISCORD_TOKEN:
    'Set it to the bot token: Discord Developer Portal → your application → Bot → Reset Token, then put `DISCORD_TOKEN=…` in .env (copy .env.example).',
  DISCORD_APPLICATION_ID:
    'Set it to the Application ID: Discord Developer Portal → your application → General Information, then put `DISCORD_APPLICATION_ID=…` in .env.',
  DISCORD_GUILD_ID:
    'It is optional: the id of the server to register commands in (Discord → Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID). Leave it empty to register globally.',
  ASK_CHANNEL_IDS:
    'It is optional: channel ids separated by commas (right-click a channel → Copy Channel ID), e.g. `ASK_CHANNEL_IDS=123456789012345678,234567890123456789`.',
  DISCORD_API_BASE_URL: `It is optional: an http(s) URL without the API version, e.g. ${DEFAULT_DISCORD_API_BASE_URL} (the default) or http://127.0.0.1:8080/api for a local fake Discord.`,
  LOG_LEVEL: `It is optional: one of ${LOG_LEVELS.join(', ')} (default info).`,
  DATA_DIR: 'It is optional: a directory Shiori may write to (feedback is stored there), default ./data.',
  TOTAL_SHARDS:
    'It is optional and only read by `npm run start:sharded`: a whole number of shards ≥ 1, or `auto` for Discord’s recommendation (default auto).',
} as const;

type VariableName = keyof typeof HOW_TO_SET;

/** An empty value in .env (`DISCORD_GUILD_ID=`) means "not set", not "set to nothing". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const commaSeparated = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item),
  );

const environmentSchema = z.object({
  // A pasted `Bot …` prefix is tolerated: it is how the token travels in HTTP headers.
  DISCORD_TOKEN: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().replace(/^Bot\s+/i, '') || undefined : value),
    z.string({ error: 'is not set' }).regex(/^\S+$/, 'must not contain spaces'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  ASK_CHANNEL_IDS: optional(commaSeparated(snowflake)),
  DISCORD_API_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  DATA_DIR: optional(z.string()),
  TOTAL_SHARDS: optional(
    z
      .string()
      .regex(/^(auto|[1-9]\d*)$/, 'must be a whole number ≥ 1 or auto')
      .transform((value) => (value === 'auto' ? ('auto' as const) : Number(value))),
  ),
});

export interface Config {
  token: string;
  applicationId: string | undefined;
  guildId: string | undefined;
  /** Channels where every message is a question; non-empty means the Message Content intent is requested. */
  askChannelIds: string[];
  /** Without the version: discord.js appends `/v10`. */
  apiBaseUrl: string;
  logLevel: LogLevel;
  dataDir: string;
  /** For start:sharded. Not SHARD_COUNT: discord.js reads that name itself in every Client. */
  totalShards: number | 'auto';
}

/** What a program needs beyond the token. */
export type ConfigPurpose = 'bot' | 'deploy-commands';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Shiori cannot start: fix ${problems.length === 1 ? 'this setting' : 'these settings'} in .env or the environment, then run it again.\n` +
        problems.map((problem) => `  • ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

function describeProblem(name: VariableName, message: string): string {
  return `${name} ${message}. ${HOW_TO_SET[name]}`;
}

/** Validate an environment (pure: pass `process.env` or a test object). Throws ConfigError. */
export function parseConfig(env: Record<string, string | undefined>, purpose: ConfigPurpose = 'bot'): Config {
  const parsed = environmentSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]) as VariableName;
      const item = issue.path.length > 1 ? `(item ${Number(issue.path[1]) + 1}) ` : '';
      problems.push(describeProblem(name, `${item}${issue.message}`));
    }
  } else if (purpose === 'deploy-commands' && !parsed.data.DISCORD_APPLICATION_ID) {
    problems.push(describeProblem('DISCORD_APPLICATION_ID', 'is not set (registering commands needs it)'));
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const data = parsed.data;
  return {
    token: data.DISCORD_TOKEN,
    applicationId: data.DISCORD_APPLICATION_ID,
    guildId: data.DISCORD_GUILD_ID,
    askChannelIds: data.ASK_CHANNEL_IDS ?? [],
    apiBaseUrl: (data.DISCORD_API_BASE_URL ?? DEFAULT_DISCORD_API_BASE_URL).replace(/\/+$/, ''),
    logLevel: data.LOG_LEVEL ?? 'info',
    dataDir: data.DATA_DIR ?? './data',
    totalShards: data.TOTAL_SHARDS ?? 'auto',
  };
}

/**
 * For the command-line entry points: load `.env` (variables already in the environment win),
 * validate, and on failure print the message and exit with status 78 (EX_CONFIG).
 */
export function loadConfigOrExit(purpose: ConfigPurpose = 'bot'): Config {
  dotenv.config({ quiet: true });
  try {
    return parseConfig(process.env, purpose);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}
