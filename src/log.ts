/**
 * Structured logs: one JSON object per line on stdout, so they can be grepped, shipped or parsed
 * by a test. pino writes them; this module only keeps the project's call order
 * (`log.info(message, fields)`) and its options. Secrets never reach the output: the bot token and
 * any interaction or webhook token inside a URL (discord.js puts request URLs in its errors) are
 * replaced in the finished line, wherever they appear, and known secret fields by their path.
 */
import pino from 'pino';
import type { LogLevel } from './config.ts';

export type { LogLevel };
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (for example `{ shard: 1 }`). */
  child(fields: LogFields): Logger;
}

export const REDACTED = '[redacted]';

/**
 * Interaction tokens live in `/interactions/{id}/{token}/callback` and `/webhooks/{app}/{token}`;
 * each lets anyone answer as the bot for 15 minutes.
 */
const URL_TOKEN = /((?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

/** Fields that hold a secret wherever they are logged (pino's `redact` paths). */
const SECRET_PATHS = ['token', '*.token', 'authorization', 'headers.authorization', '*.headers.authorization'];

export interface LoggerOptions {
  level?: LogLevel;
  /** Exact strings to remove from every line: the bot token. */
  secrets?: string[];
  /** Where lines go; stdout by default. */
  write?: (line: string) => void;
  /** Fields on every line. */
  base?: LogFields;
  /** The clock, for tests. */
  now?: () => Date;
}

/** The secrets and URL tokens in a finished line replaced. Tokens hold no `"` or `\`, so the JSON stays valid. */
function scrub(line: string, secrets: readonly string[]): string {
  let result = line.replace(URL_TOKEN, `$1${REDACTED}`);
  // A real token is ~70 characters; a 1–3 character test token would blank out ordinary words.
  for (const secret of secrets) if (secret.length >= 4) result = result.replaceAll(secret, REDACTED);
  return result;
}

/**
 * An error with its stack and its causes (pino's serializer), without the request body discord.js
 * attaches to its errors: the message text and any uploaded chart, which the URL and status
 * identify well enough. A cause that is not an Error is kept as it is.
 */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const serialized = pino.stdSerializers.errWithCause(value) as unknown as LogFields;
  delete serialized.requestBody;
  if (value.cause !== undefined && serialized.cause === undefined) serialized.cause = value.cause;
  return serialized;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter(Boolean);
  const now = options.now ?? (() => new Date());
  const destination = options.write ? { write: options.write } : pino.destination({ dest: 1, sync: true });
  const root = pino(
    {
      level: options.level ?? 'info',
      base: options.base ?? null, // no pid or hostname on every line
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) }, // "info", not 30
      errorKey: 'error',
      serializers: { error: serializeError },
      redact: { paths: SECRET_PATHS, censor: REDACTED },
      hooks: { streamWrite: (line) => scrub(line, secrets) },
    },
    destination,
  );
  // The message goes first in the merging object, so that it stands before the fields, as people read it.
  const wrap = (logger: pino.Logger): Logger => ({
    debug: (message, fields) => logger.debug({ msg: message, ...fields }),
    info: (message, fields) => logger.info({ msg: message, ...fields }),
    warn: (message, fields) => logger.warn({ msg: message, ...fields }),
    error: (message, fields) => logger.error({ msg: message, ...fields }),
    child: (fields) => wrap(logger.child(fields)),
  });
  return wrap(root);
}
