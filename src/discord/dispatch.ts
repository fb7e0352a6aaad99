/**
 * Interactions → the command, button, select menu or modal that handles them, inside the one
 * top-level catch: whatever goes wrong is logged and the person gets an apology; the bot carries on.
 */
import type { APIApplicationCommandOption, ButtonInteraction, CommandInteractionOption, Interaction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import { buttons } from './buttons/index.ts';
import type { ButtonHandler, Command, MessageCommand, ModalHandler, SelectHandler } from './command.ts';
import { commands, messageCommands } from './commands/index.ts';
import { modals } from './modals/index.ts';
import { selects } from './selects/index.ts';
import type { BotContext } from './context.ts';
import { customIdArguments, customIdPrefix } from './format/custom-ids.ts';
import { commandNames } from './command-names.ts';
import { discordText } from './text.ts';
import { detectLanguage, fill, languageOfLocale, t } from '../core/i18n.ts';
import { AUTO_DEFER_AFTER_MS, DEFER_AT_ONCE_AFTER_MS, FREE_TEXT_OPTION_MAX } from './limits.ts';
import { deferIfSlow, deferReply, replyBug, replyMistake, respondChoices } from './respond.ts';

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
  /** The longest text each option takes, by command and option name: found once, checked on every interaction. */
  optionMaxima: ReadonlyMap<string, ReadonlyMap<string, number>>;
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
  const slashCommands = byKey(lists.commands ?? commands, (command) => command.data.name, 'commands');
  return {
    commands: slashCommands,
    optionMaxima: new Map([...slashCommands].map(([name, command]) => [name, declaredMaxima(command)])),
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
    await context.turns.next();
    await handler.execute(interaction, customIdArguments(interaction.customId), context);
  } catch (error) {
    cancelDefer();
    throw error;
  }
  return cancelDefer;
}

/** Every string a person typed into a command's options (subcommands' included), with the option's name. */
function typedStrings(options: readonly CommandInteractionOption[]): Array<{ name: string; value: string }> {
  return options.flatMap((option) => [...(typeof option.value === 'string' ? [{ name: option.name, value: option.value }] : []), ...typedStrings(option.options ?? [])]);
}

/** The longest text each option of a command takes, as registered (`max_length`), by option name. */
function declaredMaxima(command: Command): Map<string, number> {
  const maxima = new Map<string, number>();
  const visit = (options: readonly APIApplicationCommandOption[]) => {
    for (const option of options) {
      if ('max_length' in option && typeof option.max_length === 'number') maxima.set(option.name, option.max_length);
      if ('options' in option && option.options) visit(option.options as APIApplicationCommandOption[]);
    }
  };
  visit(command.data.options ?? []);
  return maxima;
}

/**
 * What an interaction may cost, checked before any work, for every kind alike: the person's
 * allowance (autocomplete has its own, larger one), and no option longer than it was registered
 * to take (Discord's client enforces `max_length`, but anyone can send anything). Returns the
 * refusal to show, or undefined to go on; a refused autocomplete gets no suggestions.
 */
function refusal(interaction: Interaction, context: BotContext, registry: Registry): string | undefined {
  const language = languageOfLocale(interaction.locale);
  const limiter = interaction.isAutocomplete() ? context.autocompleteLimiter : context.interactionLimiter;
  const decision = limiter.take(interaction.user.id);
  if (!decision.allowed) {
    context.log.info('rate limited', { user: interaction.user.id, retryAfterMs: decision.retryAfterMs });
    return fill(t(discordText.rateLimited, language), { seconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) });
  }
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const maxima = registry.optionMaxima.get(interaction.commandName);
    for (const { name, value } of typedStrings(interaction.options.data)) {
      const max = maxima?.get(name) ?? FREE_TEXT_OPTION_MAX;
      const length = [...value].length;
      // In the language it was written in, as the engine answers a question.
      if (length > max) return fill(t(discordText.optionTooLong, detectLanguage(value)), { max, length });
    }
  }
  return undefined;
}

/** Whether a command would wait behind others' work (or has already waited): then it is acknowledged first. */
function mustWait(interaction: Interaction, context: BotContext): boolean {
  return context.turns.waiting > 0 || Date.now() - interaction.createdTimestamp >= DEFER_AT_ONCE_AFTER_MS;
}

export async function handleInteraction(interaction: Interaction, context: BotContext, registry: Registry): Promise<void> {
  const started = performance.now();
  const log = context.log.child({ interaction: interaction.id, what: describe(interaction), user: interaction.user.id });
  const onDeferError = (error: unknown) => log.warn('could not defer', { error });
  let cancelDefer = () => {};
  try {
    const refused = refusal(interaction, context, registry);
    if (refused !== undefined) {
      if (interaction.isAutocomplete()) await respondChoices(interaction, []);
      else if (interaction.isRepliable()) await replyMistake(interaction, refused);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = registry.commands.get(interaction.commandName);
      if (!command) {
        // A command Discord still shows (registered by an older version, not yet removed): not the person's fault.
        log.warn('no handler for command');
        await replyMistake(interaction, fill(t(discordText.commandGone, languageOfLocale(interaction.locale)), commandNames(context, languageOfLocale(interaction.locale))));
        return;
      }
      cancelDefer = deferIfSlow(interaction, AUTO_DEFER_AFTER_MS, onDeferError);
      // Not awaited: the request goes out while the command waits for its turn.
      if (mustWait(interaction, context)) deferReply(interaction, command.answersPrivately?.(interaction) ?? false).catch(onDeferError);
      await context.turns.next();
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
      if (!command) {
        log.warn('no handler for message command');
        await replyMistake(interaction, fill(t(discordText.commandGone, languageOfLocale(interaction.locale)), commandNames(context, languageOfLocale(interaction.locale))));
        return;
      }
      cancelDefer = deferIfSlow(interaction, AUTO_DEFER_AFTER_MS, onDeferError);
      // Answered privately (see commands/ask-shiori.ts).
      if (mustWait(interaction, context)) deferReply(interaction, true).catch(onDeferError);
      await context.turns.next();
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
