/**
 * The only place that reads `process.env`. Every variable is validated with zod; anything missing
 * or malformed becomes one message that names the variable and says how to set it, in Japanese
 * and then in English (there is no asker at startup). The words live in config-text.ts (`configText`):
 * the schema only says whether a value is 'missing' or 'invalid'.
 */
import dotenv from 'dotenv';
import { z } from 'zod';
import { configText, type ConfigVariable } from './config-text.ts';
import { fill, type Localised } from './core/i18n.ts';

export const DEFAULT_DISCORD_API_BASE_URL = 'https://discord.com/api';
/** Where feedback, quizzes and review cards are kept unless DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = './data';
/** The largest document `/docs add` takes unless UPLOAD_MAX_MB says otherwise, and the most it may say. */
export const DEFAULT_UPLOAD_MAX_MB = 20;
const UPLOAD_MAX_MB_CEILING = 500;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the schema reports; the wording is in config-text.ts. Any other zod issue counts as 'invalid'. */
const MISSING = 'missing';
const INVALID = 'invalid';

/** Discord ids are snowflakes: 17 to 20 decimal digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, INVALID);

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
    z.string({ error: MISSING }).regex(/^\S+$/, INVALID),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  ASK_CHANNEL_IDS: optional(commaSeparated(snowflake)),
  DISCORD_API_BASE_URL: optional(z.url({ protocol: /^https?$/, error: INVALID })),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: INVALID })),
  DATA_DIR: optional(z.string()),
  TOTAL_SHARDS: optional(
    z
      .string()
      .regex(/^(auto|[1-9]\d*)$/, INVALID)
      .transform((value) => (value === 'auto' ? ('auto' as const) : Number(value))),
  ),
  UPLOAD_MAX_MB: optional(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, INVALID)
      .transform(Number)
      .refine((value) => value > 0 && value <= UPLOAD_MAX_MB_CEILING, INVALID),
  ),
} satisfies Record<ConfigVariable, z.ZodType>);

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
  /** The largest file `/docs add` accepts, in bytes. */
  uploadMaxBytes: number;
  /** For start:sharded. Not SHARD_COUNT: discord.js reads that name itself in every Client. */
  totalShards: number | 'auto';
}

/** What a program needs beyond the token. */
export type ConfigPurpose = 'bot' | 'deploy-commands';

/** Values the texts in `configText` refer to. */
const TEXT_VALUES = { default: DEFAULT_DISCORD_API_BASE_URL, levels: LOG_LEVELS.join(', '), uploadDefault: DEFAULT_UPLOAD_MAX_MB, uploadCeiling: UPLOAD_MAX_MB_CEILING };

export class ConfigError extends Error {
  /** One entry per problem, each in both languages. Never contains a value (the token stays secret). */
  constructor(readonly problems: Localised[]) {
    const header = problems.length === 1 ? configText.headerOne : configText.headerMany;
    super(
      `${header.ja}\n${header.en}\n` + problems.map((problem) => `  • ${problem.ja}\n    ${problem.en}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** What is wrong with a variable (`configText.missing`, `.invalid[name]`, …), then how to set it. */
function describeProblem(name: ConfigVariable, detail: Localised, item?: number): Localised {
  const describe = (language: keyof Localised) => {
    const subject = item === undefined ? name : fill(configText.listItem[language], { name, item });
    return fill(configText.problem[language], {
      detail: fill(detail[language], { ...TEXT_VALUES, name: subject }),
      howTo: fill(configText.howTo[name][language], TEXT_VALUES),
    });
  };
  return { ja: describe('ja'), en: describe('en') };
}

/** Validate an environment (pure: pass `process.env` or a test object). Throws ConfigError. */
export function parseConfig(env: Record<string, string | undefined>, purpose: ConfigPurpose = 'bot'): Config {
  const parsed = environmentSchema.safeParse(env);
  const problems: Localised[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]) as ConfigVariable;
      const item = issue.path.length > 1 ? Number(issue.path[1]) + 1 : undefined;
      const detail = issue.message === MISSING ? configText.missing : configText.invalid[name];
      problems.push(describeProblem(name, detail, item));
    }
  } else if (purpose === 'deploy-commands' && !parsed.data.DISCORD_APPLICATION_ID) {
    problems.push(describeProblem('DISCORD_APPLICATION_ID', configText.missingForCommands));
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
    dataDir: data.DATA_DIR ?? DEFAULT_DATA_DIR,
    totalShards: data.TOTAL_SHARDS ?? 'auto',
    uploadMaxBytes: Math.round((data.UPLOAD_MAX_MB ?? DEFAULT_UPLOAD_MAX_MB) * 1024 * 1024),
  };
}

/**
 * For tools that only read Shiori's data (`npm run report`): DATA_DIR from the environment or
 * `.env`, default ./data. No token is needed to read a report.
 */
export function loadDataDir(): string {
  dotenv.config({ quiet: true });
  const value = process.env.DATA_DIR?.trim();
  return value ? value : DEFAULT_DATA_DIR;
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
