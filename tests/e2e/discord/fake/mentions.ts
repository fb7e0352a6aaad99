/**
 * Who a message would notify, computed as Discord does from its content and allowed_mentions.
 * Embeds never notify. Without allowed_mentions Discord parses everything and pings the author of
 * a replied-to message; with it, only what it allows (replied_user defaults to false).
 */
import type { Json } from './validate.ts';

export function pingsOf(request: Json, repliedAuthorId?: string): string[] {
  const content: string = request.content ?? '';
  const allowed = request.allowed_mentions;
  const parse: string[] = allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles'];
  const pings: string[] = [];
  for (const match of content.matchAll(/@(everyone|here)/g)) if (parse.includes('everyone')) pings.push(`@${match[1]}`);
  for (const match of content.matchAll(/<@!?(\d+)>/g)) {
    if (parse.includes('users') || allowed?.users?.includes(match[1])) pings.push(`user:${match[1]}`);
  }
  for (const match of content.matchAll(/<@&(\d+)>/g)) {
    if (parse.includes('roles') || allowed?.roles?.includes(match[1])) pings.push(`role:${match[1]}`);
  }
  const repliedUser = allowed ? allowed.replied_user === true : true;
  if (request.message_reference && repliedAuthorId && repliedUser) pings.push(`replied:${repliedAuthorId}`);
  return pings;
}
