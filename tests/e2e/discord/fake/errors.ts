/** What a REST route answers, and the Discord errors that several routes give. */
import type { DiscordError, Json } from './validate.ts';

/** A status and, unless it is 204, a JSON body. */
export interface RestResult {
  status: number;
  body?: Json;
}

export function notFound(): { status: number; body: Json } {
  return { status: 404, body: { code: 0, message: '404: Not Found' } };
}

export function unknownInteraction(): DiscordError {
  return { status: 404, body: { code: 10062, message: 'Unknown interaction' } };
}

export function invalidReference(): DiscordError {
  return {
    status: 400,
    body: { code: 50035, message: 'Invalid Form Body', errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } },
  };
}
