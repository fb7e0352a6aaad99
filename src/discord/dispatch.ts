/**
 * Interactions → the command, button, select menu or modal that handles them, inside the one
 * top-level catch: whatever goes wrong is logged and the person gets an apology; the bot carries on.
 */
import type { ButtonInteraction, Interaction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import { buttons } from './buttons/index.ts';
import type { ButtonHandler, Command, MessageCommand, ModalHandler, SelectHandler } from './command.ts';
import { commands, messageCommands } from './commands/index.ts';
import { modals } from './modals/index.ts';
import { selects } from './selects/index.ts';
import type { BotContext } from './context.ts';
import { customIdArguments, customIdPrefix } from './format/custom-ids.ts';
import { discordText } from './text.ts';
import { languageOfLocale, t } from '../core/i18n.ts';
import { AUTO_DEFER_AFTER_MS } from './limits.ts';
import { deferIfSlow, replyBug, replyMistake, respondChoices } from './respond.ts';

function byKey<T>(items: readonly T[], key: (item: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(key(item))) throw new Error(`two ${what} named ${key(item)}`);
    map.set(key(item), item);
  }
  return map;
}

export interface Registry {
  commands: ReadonlyMap<string, Command>;
  messageCommands: ReadonlyMap<string, MessageCommand>;
  buttons: ReadonlyMap<string, ButtonHandler>;
  selects: ReadonlyMap<string, SelectHandler>;
  modals: ReadonlyMap<string, ModalHandler>;
}

export interface RegistryLists {
  commands?: readonly Command[];
  messageCommands?: readonly MessageCommand[];
  buttons?: readonly ButtonHandler[];
  selects?: readonly SelectHandler[];
  modals?: readonly ModalHandler[];
}

export function createRegistry(lists: RegistryLists = {}): Registry {
  return {
    commands: byKey(lists.commands ?? commands, (command) => command.data.name, 'commands'),
    messageCommands: byKey(lists.messageCommands ?? messageCommands, (command) => command.data.name, 'message commands'),
    buttons: byKey(lists.buttons ?? buttons, (button) => button.prefix, 'button prefixes'),
    selects: byKey(lists.selects ?? selects, (select) => select.prefix, 'select menu prefixes'),
    modals: byKey(lists.modals ?? modals, (modal) => modal.prefix, 'modal prefixes'),
  };
}

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  if (interaction.isButton()) return `button ${customIdPrefix(interaction.customId)}`;
  if (interaction.isStringSelectMenu()) return `select ${customIdPrefix(interaction.customId)}`;
  if (interaction.isMessageContextMenuCommand()) return `message menu ${interaction.commandName}`;
  if (interaction.isModalSubmit()) return `modal ${customIdPrefix(interaction.customId)}`;
  return `type ${interaction.type}`;
}

/** A handler of a custom-id family (button, select menu, modal) for an interaction of its kind. */
interface CustomIdHandler<I> {
  execute(interaction: I, args: string, context: BotContext): Promise<void>;
}

/**
 * Run the handler of the interaction's custom id, deferring if it is slow; returns what cancels
 * that deferral. An id no handler knows is from an older version of Shiori: not the person's
 * fault, nothing to do but say so.
 */
async function runByCustomId<I extends ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction>(
  interaction: I,
  handlers: ReadonlyMap<string, CustomIdHandler<I>>,
  context: BotContext,
  onDeferError: (error: unknown) => void,
): Promise<() => void> {
  const handler = handlers.get(customIdPrefix(interaction.customId));
  if (!handler) {
    await replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    return () => {};
  }
  const cancelDefer = deferIfSlow(interaction, AUTO_DEFER_AFTER_MS, onDeferError);
  try {
    await handler.execute(interaction, customIdArguments(interaction.customId), context);
  } catch (error) {
    cancelDefer();
    throw error;
  }
  return cancelDefer;
}

export async function handleInteraction(interaction: Interaction, context: BotContext, registry: Registry): Promise<void> {
  const started = performance.now();
  const log = context.log.child({ interaction: interaction.id, what: describe(interaction), user: interaction.user.id });
  const onDeferError = (error: unknown) => log.warn('could not defer', { error });
  let cancelDefer = () => {};
  try {
    if (interaction.isChatInputCommand()) {
      const command = registry.commands.get(interaction.commandName);
      if (!command) throw new Error(`no handler for command ${interaction.commandName}`);
      cancelDefer = deferIfSlow(interaction, AUTO_DEFER_AFTER_MS, onDeferError);
      await command.execute(interaction, context);
    } else if (interaction.isAutocomplete()) {
      const command = registry.commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await respondChoices(interaction, []);
    } else if (interaction.isButton()) {
      cancelDefer = await runByCustomId(interaction, registry.buttons, context, onDeferError);
    } else if (interaction.isStringSelectMenu()) {
      cancelDefer = await runByCustomId(interaction, registry.selects, context, onDeferError);
    } else if (interaction.isMessageContextMenuCommand()) {
      const command = registry.messageCommands.get(interaction.commandName);
      if (!command) throw new Error(`no handler for message command ${interaction.commandName}`);
      cancelDefer = deferIfSlow(interaction, AUTO_DEFER_AFTER_MS, onDeferError);
      await command.execute(interaction, context);
    } else if (interaction.isModalSubmit()) {
      cancelDefer = await runByCustomId(interaction, registry.modals, context, onDeferError);
    }
    log.debug('handled', { ms: Math.round(performance.now() - started) });
  } catch (error) {
    log.error('interaction failed', { error, ms: Math.round(performance.now() - started) });
    try {
      if (interaction.isAutocomplete()) await respondChoices(interaction, []);
      else if (interaction.isRepliable()) await replyBug(interaction, languageOfLocale(interaction.locale));
    } catch (apologyError) {
      log.error('could not apologise', { error: apologyError });
    }
  } finally {
    cancelDefer();
  }
}
