/**
 * Channel routes the bot uses: fetching a channel or thread, typing, sending messages into a
 * channel or thread (with the permissions Discord checks for it), editing them, and starting a
 * thread from a message.
 */
import { dispatchToGuild } from './gateway.ts';
import { invalidReference, notFound, type RestResult } from './errors.ts';
import { editMessage, storeMessage, stripExtras } from './message-store.ts';
import { channelObject, dmChannelObject, messageObject, PERMISSION, threadObject, userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import { checkLength, checkMessage, invalidFormBody, type FieldError, type Json } from './validate.ts';

const missingPermissions = (): RestResult => ({ status: 403, body: { code: 50013, message: 'Missing Permissions' } });

/** `parts`: the path after /api/v10, split, starting with `channels`. */
export function channelRoute(state: FakeState, method: string, parts: string[], body: Json): RestResult {
  const channelId = parts[1]!;
  const guild = state.guildOfChannel(channelId);
  const dmRecipient = state.dmChannels.get(channelId);
  const thread = state.thread(channelId);
  if (!guild && !dmRecipient) return { status: 404, body: { code: 10003, message: 'Unknown Channel' } };
  if (method === 'GET' && parts.length === 2) {
    if (dmRecipient) return { status: 200, body: dmChannelObject(channelId, dmRecipient) };
    if (thread) return { status: 200, body: threadObject(thread, guild!.id) };
    const channel = guild!.channels.find((candidate) => candidate.id === channelId)!;
    return { status: 200, body: channelObject(channel, guild!.id, 0, guild!.botRoleId) };
  }
  if (method === 'POST' && parts[2] === 'typing' && parts.length === 3) return { status: 204 };
  if (method === 'POST' && parts[2] === 'messages' && parts.length === 3) {
    const problem = checkMessage(body);
    if (problem) return problem;
    if (guild) {
      // Discord checks the bot may post here: in a thread with Send Messages in Threads, files with Attach Files.
      const permissions = state.botPermissionsIn(channelId);
      const needed = thread ? PERMISSION.sendMessagesInThreads : PERMISSION.sendMessages;
      if ((permissions & needed) === 0n || (body.attachments?.length && (permissions & PERMISSION.attachFiles) === 0n)) return missingPermissions();
      if (!thread && guild.channels.find((candidate) => candidate.id === channelId)?.type === 15) {
        return { status: 400, body: { code: 50008, message: 'Cannot send messages in a non-text channel' } };
      }
    }
    const reference = body.message_reference;
    if (reference && !state.messages.has(reference.message_id) && reference.fail_if_not_exists !== false) {
      return invalidReference();
    }
    if (thread) thread.messageCount += 1;
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
  if (method === 'POST' && parts[2] === 'messages' && parts[4] === 'threads' && parts.length === 5 && guild) return startThread(state, channelId, parts[3]!, body);
  if (parts[2] === 'messages' && parts.length === 4 && (method === 'PATCH' || method === 'GET')) {
    const target = state.messages.get(parts[3]!);
    if (!target || target.channel_id !== channelId) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (method === 'GET') return { status: 200, body: stripExtras(target) };
    if (target.author?.id !== state.bot.id) return { status: 403, body: { code: 50005, message: 'Cannot edit a message authored by another user' } };
    const problem = checkMessage(body, { partial: true, editing: target });
    if (problem) return problem;
    const after = (field: 'content' | 'embeds' | 'components') => (body[field] !== undefined ? body[field] : target[field]);
    if (!after('content') && !after('embeds')?.length && !after('components')?.length) return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
    return { status: 200, body: stripExtras(editMessage(state.messages, target.id, body)) };
  }
  return notFound();
}

/**
 * POST /channels/{channel}/messages/{message}/threads: a public thread from a message of a text
 * channel, named 1–100 characters, once per message, with Create Public Threads. The thread's id is
 * new; Discord tells the bot with THREAD_CREATE.
 */
function startThread(state: FakeState, channelId: string, messageId: string, body: Json): RestResult {
  const guild = state.guildOfChannel(channelId)!;
  const channel = guild.channels.find((candidate) => candidate.id === channelId);
  if (!channel || (channel.type ?? 0) !== 0) return { status: 400, body: { code: 50024, message: 'Cannot execute action on this channel type' } };
  const errors: FieldError[] = [];
  checkLength(errors, ['name'], body?.name, 1, 100);
  if (body?.auto_archive_duration !== undefined && ![60, 1440, 4320, 10080].includes(body.auto_archive_duration)) {
    errors.push({ path: ['auto_archive_duration'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {60, 1440, 4320, 10080}.' });
  }
  if (errors.length > 0) return invalidFormBody(errors);
  const message = state.messages.get(messageId);
  if (!message || message.channel_id !== channelId) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
  if ((state.botPermissionsIn(channelId) & PERMISSION.createPublicThreads) === 0n) return missingPermissions();
  if (message.thread) return { status: 400, body: { code: 160004, message: 'A thread has already been created for this message' } };
  // A thread started from a message has the message's id.
  const thread = { id: messageId, name: body.name, parentId: channelId, ownerId: state.bot.id, messageCount: 0 };
  guild.threads.push(thread);
  const api = threadObject(thread, guild.id);
  state.messages.set(messageId, { ...message, thread: api, flags: (message.flags ?? 0) | 32 });
  dispatchToGuild(state, guild.id, 'THREAD_CREATE', { ...api, newly_created: true });
  return { status: 201, body: api };
}
