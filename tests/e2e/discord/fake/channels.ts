/** Channel routes the bot uses: fetching a channel, typing, and sending messages into it. */
import { invalidReference, notFound, type RestResult } from './errors.ts';
import { editMessage, storeMessage, stripExtras } from './message-store.ts';
import { channelObject, dmChannelObject, messageObject, userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import { checkMessage, type Json } from './validate.ts';

/** `parts`: the path after /api/v10, split, starting with `channels`. */
export function channelRoute(state: FakeState, method: string, parts: string[], body: Json): RestResult {
  const channelId = parts[1]!;
  const guild = state.guildOfChannel(channelId);
  const dmRecipient = state.dmChannels.get(channelId);
  if (!guild && !dmRecipient) return { status: 404, body: { code: 10003, message: 'Unknown Channel' } };
  if (method === 'GET' && parts.length === 2) {
    if (dmRecipient) return { status: 200, body: dmChannelObject(channelId, dmRecipient) };
    const channel = guild!.channels.find((candidate) => candidate.id === channelId)!;
    return { status: 200, body: channelObject(channel, guild!.id, 0) };
  }
  if (method === 'POST' && parts[2] === 'typing' && parts.length === 3) return { status: 204 };
  if (method === 'POST' && parts[2] === 'messages' && parts.length === 3) {
    const problem = checkMessage(body);
    if (problem) return problem;
    const reference = body.message_reference;
    if (reference && !state.messages.has(reference.message_id) && reference.fail_if_not_exists !== false) {
      return invalidReference();
    }
    const message = storeMessage(
      state.messages,
      messageObject({
        channel_id: channelId,
        ...(guild ? { guild_id: guild.id } : {}),
        author: userObject(state.bot),
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        components: body.components ?? [],
        attachments: body.attachments ?? [],
        flags: body.flags ?? 0,
        ...(reference ? { type: 19, message_reference: { ...reference, channel_id: channelId } } : {}),
      }),
      body,
    );
    return { status: 200, body: stripExtras(message) };
  }
  if (parts[2] === 'messages' && parts.length === 4 && (method === 'PATCH' || method === 'GET')) {
    const target = state.messages.get(parts[3]!);
    if (!target || target.channel_id !== channelId) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (method === 'GET') return { status: 200, body: stripExtras(target) };
    if (target.author?.id !== state.bot.id) return { status: 403, body: { code: 50005, message: 'Cannot edit a message authored by another user' } };
    const problem = checkMessage(body, { partial: true });
    if (problem) return problem;
    const after = (field: 'content' | 'embeds' | 'components') => (body[field] !== undefined ? body[field] : target[field]);
    if (!after('content') && !after('embeds')?.length && !after('components')?.length) return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
    return { status: 200, body: stripExtras(editMessage(state.messages, target.id, body)) };
  }
  return notFound();
}
