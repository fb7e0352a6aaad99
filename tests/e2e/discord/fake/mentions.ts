/**
 * Who a message would notify, computed as Discord does from its content and allowed_mentions.
 * Embeds never notify; Components V2 text displays do, like content. Without allowed_mentions
 * Discord parses everything and pings the author of a replied-to message; with it, only what it
 * allows (replied_user defaults to false).
 */
import { textDisplays } from './components-v2.ts';
import type { Json } from './validate.ts';

export function pingsOf(request: Json, repliedAuthorId?: string): string[] {
  // Text displays of a Components V2 message notify like content does.
  const content: string = [request.content ?? '', ...textDisplays(request.components)].join('\n');
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
