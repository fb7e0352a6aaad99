/**
 * Every message Shiori sends goes through here, so three rules hold everywhere at once:
 * nothing pings anyone (allowed mentions parse nothing, replies do not ping their author),
 * every payload is cut to Discord's limits, and a person's mistake is shown only to them (❌)
 * while a bug gets an apology (🐞). It also keeps the 3-second acknowledgement deadline:
 * `deferIfSlow` defers a handler that is still working, and the send functions then edit the
 * deferred response instead of replying twice.
 */
import {
  MessageFlags,
  Routes,
  type APIMessage,
  type AutocompleteInteraction,
  type Client,
  type Message,
  type ButtonInteraction,
  type StringSelectMenuInteraction,
  type MessageMentionOptions,
  type ModalMessageModalSubmitInteraction,
  type ThreadChannel,
  type RepliableInteraction,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Language } from '../core/types.ts';
import { discordText } from './text.ts';
import { t } from '../core/i18n.ts';
import type { Choice } from './format/choices.ts';
import { fitView } from './format/fit.ts';
import type { MessageView } from './format/view.ts';

/** Parse no @everyone, @here, user or role mention, and do not ping the author of a replied-to message. */
export const NO_PINGS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

export const MISTAKE_PREFIX = '❌';
export const BUG_PREFIX = '🐞';

/** The components Shiori puts on messages: buttons and string select menus; and a modal opened from one. */
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalMessageModalSubmitInteraction;

/** How an interaction was acknowledged before its handler answered. */
type Deferral = 'reply' | 'update';

/**
 * Acknowledgements that are in flight or done, per interaction. discord.js only sets `deferred`
 * once the request has returned, so without this a reply racing a defer would answer twice
 * (Discord: 40060 "already acknowledged").
 */
const acknowledgements = new WeakMap<RepliableInteraction, { kind: Deferral | 'answered'; done: Promise<unknown> }>();

async function settled(interaction: RepliableInteraction) {
  const ack = acknowledgements.get(interaction);
  if (ack) await ack.done.catch(() => undefined);
  return ack?.kind;
}

/** Files as discord.js takes them; only when there are some (an empty list on an edit would delete the message's attachments). */
function filesOf(view: MessageView) {
  return view.files?.length ? { files: view.files.map((file) => ({ attachment: file.data, name: file.name, description: file.description })) } : {};
}

/**
 * The message as discord.js sends it. A card is a Components V2 message: the flag, its components,
 * and no content or embeds at all (Discord refuses them beside the flag, even empty).
 */
function payload(view: MessageView) {
  const fitted = fitView(view);
  if (fitted.card) return { components: fitted.card, flags: MessageFlags.IsComponentsV2 as const, allowedMentions: NO_PINGS, ...filesOf(fitted) };
  return {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: NO_PINGS,
    ...filesOf(fitted),
  };
}

/** The message's flags with `ephemeral` added when asked for. */
function withEphemeral(body: ReturnType<typeof payload>, ephemeral: boolean): number | undefined {
  const flags = ('flags' in body ? body.flags : 0) | (ephemeral ? MessageFlags.Ephemeral : 0);
  return flags === 0 ? undefined : flags;
}

function track<T>(interaction: RepliableInteraction, kind: Deferral | 'answered', request: Promise<T>): Promise<T> {
  acknowledgements.set(interaction, { kind, done: request });
  return request;
}

/**
 * If the handler has not answered after `afterMs`, acknowledge for it: a command shows
 * "thinking…", a button keeps its message as it is. Returns a function that cancels the timer.
 */
export function deferIfSlow(interaction: RepliableInteraction, afterMs: number, onError: (error: unknown) => void): () => void {
  const timer = setTimeout(() => {
    if (isAcknowledged(interaction)) return;
    const onMessage = interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage());
    const request = onMessage ? track(interaction, 'update', interaction.deferUpdate()) : deferReply(interaction, false);
    request.catch(onError);
  }, afterMs);
  return () => clearTimeout(timer);
}

function isAcknowledged(interaction: RepliableInteraction): boolean {
  return acknowledgements.has(interaction) || interaction.replied || interaction.deferred;
}

/**
 * Show "thinking…" now (only to the person when `ephemeral`), unless the interaction is already
 * acknowledged: for slow private work (an upload), or a command that would otherwise wait behind
 * others' work. The answer follows as an edit (a private answer to a public deferral is sent
 * privately, see reply()).
 */
export async function deferReply(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (isAcknowledged(interaction)) return;
  await track(interaction, 'reply', interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
}

/** Answer an interaction with a new message (public unless `ephemeral`). */
export async function reply(interaction: RepliableInteraction, view: MessageView, options: { ephemeral?: boolean } = {}): Promise<void> {
  const ephemeral = options.ephemeral ?? false;
  const body = payload(view);
  const flags = withEphemeral(body, ephemeral);
  const earlier = await settled(interaction);
  if (earlier === undefined) {
    await track(interaction, 'answered', interaction.reply({ ...body, flags }));
  } else if (earlier === 'reply' && !(ephemeral && !interaction.ephemeral)) {
    await interaction.editReply(body);
  } else if (earlier === 'reply') {
    // Deferred in public but the answer is private: send it privately and remove "thinking…".
    await interaction.followUp({ ...body, flags });
    await interaction.deleteReply().catch(() => undefined);
  } else {
    await interaction.followUp({ ...body, flags });
  }
}

/** Another message after the interaction's answer (public unless `ephemeral`): a thank-you after a modal updated a card. */
export async function followUp(interaction: RepliableInteraction, view: MessageView, options: { ephemeral?: boolean } = {}): Promise<void> {
  const body = payload(view);
  await interaction.followUp({ ...body, flags: withEphemeral(body, options.ephemeral ?? false) });
}

/** Replace the message a button or select menu is on (◀ ▶, a chapter chosen). */
export async function update(interaction: ComponentInteraction, view: MessageView): Promise<void> {
  const body = payload(view);
  const earlier = await settled(interaction);
  if (earlier === undefined) await track(interaction, 'answered', interaction.update(body));
  else if (earlier === 'update') await interaction.editReply(body);
  else await interaction.followUp({ ...body, flags: withEphemeral(body, true) });
}

/** Open a modal: it must be the first answer to the interaction (so handlers open it before any slow work). */
export async function showModal(interaction: ButtonInteraction, modal: APIModalInteractionResponseCallbackData): Promise<void> {
  if ((await settled(interaction)) !== undefined) throw new Error('a modal must be the first answer to an interaction');
  await track(interaction, 'answered', interaction.showModal(modal));
}

/**
 * Acknowledge a button without changing its message now: the handler edits the message itself
 * later (a quiz question revealed by its timer or by a button edits the same way).
 */
export async function acknowledgeUpdate(interaction: ComponentInteraction): Promise<void> {
  if ((await settled(interaction)) !== undefined) return;
  await track(interaction, 'update', interaction.deferUpdate());
}

/** The message body as the REST API takes it (views are API data already). */
function restBody(view: MessageView) {
  const fitted = fitView(view);
  if (fitted.card) return { components: fitted.card, flags: MessageFlags.IsComponentsV2, allowed_mentions: { parse: [] } };
  return { content: fitted.content ?? '', embeds: fitted.embeds ?? [], components: fitted.components ?? [], allowed_mentions: { parse: [] } };
}

/**
 * Post a message in a channel (a quiz question): not an interaction response, so it can be edited
 * for as long as the quiz runs, and after a restart. Returns the message's id.
 */
export async function sendToChannel(client: Client, channelId: string, view: MessageView): Promise<string> {
  const message = (await client.rest.post(Routes.channelMessages(channelId), { body: restBody(view) })) as APIMessage;
  return message.id;
}

/** Replace a message Shiori posted with sendToChannel. */
export async function editChannelMessage(client: Client, channelId: string, messageId: string, view: MessageView): Promise<void> {
  await client.rest.patch(Routes.channelMessage(channelId, messageId), { body: restBody(view) });
}

/** A person's mistake: only they see it. */
export function replyMistake(interaction: RepliableInteraction, text: string): Promise<void> {
  return reply(interaction, mistakeView(text), { ephemeral: true });
}

/** Our bug: apologise privately; the caller has logged it. */
export function replyBug(interaction: RepliableInteraction, language: Language): Promise<void> {
  return reply(interaction, bugView(language), { ephemeral: true });
}

/** Autocomplete cannot be deferred: answer at once, and never twice. */
export async function respondChoices(interaction: AutocompleteInteraction, choices: Choice[]): Promise<void> {
  if (interaction.responded) return;
  await interaction.respond(choices);
}

/** Answer a free question (mention, DM, ask channel) as a reply to it. */
export async function replyToMessage(message: Message, view: MessageView): Promise<Message> {
  // failIfNotExists: the question may be deleted before the answer arrives; send it anyway.
  return message.reply({ ...payload(view), failIfNotExists: false });
}

/** Start a public thread from a question's message, named after the question (a thread started from a message never pings). */
export async function startThread(message: Message, name: string): Promise<ThreadChannel> {
  return message.startThread({ name });
}

/** Post a message in a thread Shiori started (the answer to the question it was started from). */
export async function sendToThread(thread: ThreadChannel, view: MessageView): Promise<Message> {
  return thread.send(payload(view));
}

export function mistakeView(text: string): MessageView {
  return { content: `${MISTAKE_PREFIX} ${text}` };
}

export function bugView(language: Language): MessageView {
  return { content: `${BUG_PREFIX} ${t(discordText.internalError, language)}` };
}
