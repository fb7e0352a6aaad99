/**
 * Structured logs: one JSON object per line on stdout, so they can be grepped, shipped or parsed
 * by a test. Secrets never reach the output: the bot token and any interaction or webhook token
 * inside a URL (discord.js puts request URLs in its errors) are replaced before writing.
 */
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

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
export const REDACTED = '[redacted]';

/**
 * Interaction tokens live in `/interactions/{id}/{token}/callback` and `/webhooks/{app}/{token}`;
 * each lets anyone answer as the bot for 15 minutes.
 */
const URL_TOKEN = /((?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

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

/** Errors do not survive JSON.stringify; keep what helps to debug them. */
function serialiseError(error: Error): LogFields {
  const fields: LogFields = { name: error.name, message: error.message, stack: error.stack };
  for (const key of ['code', 'status', 'method', 'url'] as const) {
    if (key in error) fields[key] = (error as unknown as Record<string, unknown>)[key];
  }
  if (error.cause !== undefined) fields.cause = error.cause instanceof Error ? serialiseError(error.cause) : error.cause;
  return fields;
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return serialiseError(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function redact(text: string, secrets: readonly string[]): string {
  let result = text.replace(URL_TOKEN, `$1${REDACTED}`);
  for (const secret of secrets) {
    // A real token is ~70 characters; a 1–3 character test token would blank out ordinary words.
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  return result;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = SEVERITY[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter(Boolean);
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());

  const make = (base: LogFields): Logger => {
    const emit = (level: LogLevel, message: string, fields?: LogFields) => {
      if (SEVERITY[level] < threshold) return;
      let line: string;
      try {
        line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...base, ...fields }, replacer);
      } catch {
        // A circular structure must not take the bot down with it.
        line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...base, unserialisable: true });
      }
      write(`${redact(line, secrets)}\n`);
    };
    return {
      debug: (message, fields) => emit('debug', message, fields),
      info: (message, fields) => emit('info', message, fields),
      warn: (message, fields) => emit('warn', message, fields),
      error: (message, fields) => emit('error', message, fields),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make(options.base ?? {});
}
