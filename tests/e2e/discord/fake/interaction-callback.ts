/**
 * The first response to an interaction (POST /interactions/{id}/{token}/callback): once only,
 * within ACK_DEADLINE_MS, and of a type the interaction allows.
 */
import { unknownInteraction, type RestResult } from './errors.ts';
import { ACK_DEADLINE_MS } from './interaction.ts';
import { editMessage, EPHEMERAL, LOADING, storeMessage, stripExtras } from './message-store.ts';
import { messageObject, userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import { checkChoices, checkMessage, type Json } from './validate.ts';

export function interactionCallback(state: FakeState, id: string, token: string, body: Json, withResponse: boolean): RestResult {
  const interaction = state.interactions.get(id);
  if (!interaction || interaction.token !== token) return unknownInteraction();
  if (interaction.ack) return { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } };
  const ms = Date.now() - interaction.sentAt;
  if (ms > ACK_DEADLINE_MS) return unknownInteraction();
  const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
  if (!allowed[interaction.type]?.includes(body?.type)) {
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }] } } } };
  }
  const data = body.data ?? {};
  const where = { channel_id: interaction.payload.channel_id, ...(interaction.payload.guild_id ? { guild_id: interaction.payload.guild_id } : {}) };
  const metadata = {
    interaction_metadata: { id, type: interaction.type, user: interaction.payload.member?.user ?? interaction.payload.user, authorizing_integration_owners: interaction.payload.authorizing_integration_owners },
    webhook_id: state.applicationId,
    application_id: state.applicationId,
  };
  switch (body.type) {
    case 4: {
      const problem = checkMessage(data, { base: ['data'] });
      if (problem) return problem;
      interaction.original = storeMessage(
        state.messages,
        messageObject({ ...where, ...metadata, type: interaction.type === 2 ? 20 : 0, author: userObject(state.bot), content: data.content ?? '', embeds: data.embeds ?? [], components: data.components ?? [], attachments: data.attachments ?? [], flags: data.flags ?? 0 }),
        data,
      );
      break;
    }
    case 5:
      interaction.original = storeMessage(
        state.messages,
        messageObject({ ...where, ...metadata, type: 20, author: userObject(state.bot), flags: LOADING | ((data.flags ?? 0) & EPHEMERAL) }),
        data,
      );
      break;
    case 6:
      interaction.original = state.messages.get(interaction.payload.message.id);
      break;
    case 7: {
      const problem = checkMessage(data, { base: ['data'], partial: true });
      if (problem) return problem;
      interaction.original = editMessage(state.messages, interaction.payload.message.id, data);
      break;
    }
    case 8: {
      const problem = checkChoices(data.choices);
      if (problem) return problem;
      interaction.choices = data.choices;
      break;
    }
    default:
      return { status: 400, body: { code: 0, message: 'fake Discord: modals are not supported' } };
  }
  interaction.ack = { type: body.type, ms };
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: { id, type: interaction.type, response_message_id: interaction.original?.id, response_message_loading: body.type === 5, response_message_ephemeral: Boolean((interaction.original?.flags ?? 0) & EPHEMERAL) },
      resource: interaction.original ? { type: body.type, message: stripExtras(interaction.original) } : { type: body.type },
    },
  };
}
