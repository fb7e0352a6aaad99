/**
 * The interaction webhook (/webhooks/{application}/{token}): follow-up messages, and reading,
 * editing or deleting the original response or a follow-up. Only after the first response.
 */
import { notFound, type RestResult } from './errors.ts';
import { editMessage, storeMessage, stripExtras } from './message-store.ts';
import { messageObject, userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import { checkMessage, type Json } from './validate.ts';

/** `parts`: the path after /api/v10, split, starting with `webhooks`. */
export function webhookRoute(state: FakeState, method: string, parts: string[], body: Json): RestResult {
  const [, applicationId, token, messages, messageId] = parts;
  const interaction = [...state.interactions.values()].find((candidate) => candidate.token === token);
  if (applicationId !== state.applicationId || !interaction || !interaction.ack) return { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
  if (messages === undefined && method === 'POST') {
    const problem = checkMessage(body);
    if (problem) return problem;
    const message = storeMessage(
      state.messages,
      messageObject({
        channel_id: interaction.payload.channel_id,
        ...(interaction.payload.guild_id ? { guild_id: interaction.payload.guild_id } : {}),
        author: userObject(state.bot),
        webhook_id: state.applicationId,
        application_id: state.applicationId,
        // As Discord does: follow-ups carry who used the interaction (discord.js reads it).
        interaction_metadata: {
          id: interaction.id,
          type: interaction.type,
          user: interaction.payload.member?.user ?? interaction.payload.user,
          authorizing_integration_owners: interaction.payload.authorizing_integration_owners,
        },
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        components: body.components ?? [],
        attachments: body.attachments ?? [],
        flags: body.flags ?? 0,
      }),
      body,
    );
    interaction.followUps.push(message);
    return { status: 200, body: stripExtras(message) };
  }
  if (messages !== 'messages' || messageId === undefined) return notFound();
  const target = messageId === '@original' ? interaction.original : interaction.followUps.find((message) => message.id === messageId);
  if (!target || !state.messages.has(target.id)) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
  if (method === 'GET') return { status: 200, body: stripExtras(target) };
  if (method === 'DELETE') {
    state.messages.delete(target.id);
    return { status: 204 };
  }
  if (method !== 'PATCH') return notFound();
  const problem = checkMessage(body, { partial: true });
  if (problem) return problem;
  const after = (field: 'content' | 'embeds' | 'components') => (body[field] !== undefined ? body[field] : target[field]);
  if (!after('content') && !after('embeds')?.length && !after('components')?.length) {
    return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
  }
  const edited = editMessage(state.messages, target.id, body);
  if (target === interaction.original) {
    interaction.original = edited;
    interaction.edited = true;
  }
  return { status: 200, body: stripExtras(edited) };
}
