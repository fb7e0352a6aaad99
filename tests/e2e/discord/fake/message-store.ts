/** Messages as the fake keeps them: the API object plus the request that last shaped it. */
import type { Json } from './validate.ts';

export const EPHEMERAL = 64;
export const LOADING = 128;

/** A message in the fake, as Discord would return it, plus the request that last shaped it. */
export type FakeMessage = Json & { id: string; channel_id: string; request: Json; ephemeral: boolean };

export function storeMessage(messages: Map<string, FakeMessage>, message: Json, request: Json): FakeMessage {
  const stored: FakeMessage = { ...message, request, ephemeral: Boolean((message.flags ?? 0) & EPHEMERAL) };
  messages.set(stored.id, stored);
  return stored;
}

export function editMessage(messages: Map<string, FakeMessage>, id: string, changes: Json): FakeMessage {
  const current = messages.get(id);
  if (!current) throw new Error(`fake Discord: no message ${id} to edit`);
  const edited: FakeMessage = {
    ...current,
    ...(changes.content !== undefined ? { content: changes.content ?? '' } : {}),
    ...(changes.embeds !== undefined ? { embeds: changes.embeds ?? [] } : {}),
    ...(changes.components !== undefined ? { components: changes.components ?? [] } : {}),
    ...(changes.attachments !== undefined ? { attachments: changes.attachments ?? [] } : {}),
    // Editing a deferred response removes the loading state; ephemerality stays as it was.
    flags: (current.flags ?? 0) & ~LOADING,
    edited_timestamp: new Date().toISOString(),
    request: changes,
  };
  messages.set(id, edited);
  return edited;
}

/** The message as the API returns it, without the fake's bookkeeping. */
export function stripExtras(message: FakeMessage): Json {
  const { request: _request, ephemeral: _ephemeral, ...api } = message;
  return api;
}
