/**
 * A small Discord on 127.0.0.1 for end-to-end tests: the REST API over HTTP and the gateway over
 * WebSocket, enough for the real discord.js Client to log in, receive interactions and messages,
 * and answer them. It rejects what Discord rejects (limits, double acknowledgements, answers after
 * 3 s) with Discord's status codes and error bodies, and records everything the bot sends.
 * See ../../../../shared/docs/discord-e2e.md for the protocol facts it follows.
 *
 * This file is the entry point tests import; the fake itself lives in ./fake/:
 * discord.ts (FakeDiscord), state.ts, server.ts, rest.ts with commands.ts, channels.ts,
 * interaction-callback.ts and webhooks.ts, gateway.ts, person-actions.ts, interaction.ts,
 * message-store.ts, and the helpers validate.ts, objects.ts, mentions.ts, attachments.ts, ids.ts.
 */
export { FakeDiscord } from './fake/discord.ts';
export { ACK_DEADLINE_MS, FakeInteraction, type Acknowledgement } from './fake/interaction.ts';
export type { FakeMessage } from './fake/message-store.ts';
export type { FakeGuild, FakeUser } from './fake/objects.ts';
export type { FakeDiscordOptions, RecordedRequest } from './fake/state.ts';
export type { Json } from './fake/validate.ts';
