/**
 * The shape of a slash command, a message-menu command, and of a button, select menu or modal
 * family. A command is one file in commands/ that exports plain data plus handlers `satisfies
 * Command` (or `MessageCommand`); commands/index.ts lists them, and both dispatch (dispatch.ts) and
 * registration (cli/deploy-commands.ts) read those lists.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { BotContext } from './context.ts';

export interface Command {
  /** Sent as is to Discord when registering. `data.name` is what dispatch matches. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  /**
   * Whether this use of the command answers only the person (when it is acknowledged before its
   * work, under a burst, "thinking…" is then shown only to them too). Public by default.
   */
  answersPrivately?(interaction: ChatInputCommandInteraction): boolean;
  /** For options declared with `autocomplete: true`. Must answer within 3 s and cannot defer. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A command in a message's menu (Apps → 「Shiori に聞く」): it gets the message it was used on. */
export interface MessageCommand {
  /** Sent as is to Discord when registering; `data.name` (English) is what dispatch matches. */
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

export interface ButtonHandler {
  /** The custom id's text before the first `:` (see format/custom-ids.ts). */
  prefix: string;
  /** `args` is the custom id after the prefix and its colon. */
  execute(interaction: ButtonInteraction, args: string, context: BotContext): Promise<void>;
}

export interface SelectHandler {
  /** The select menu's custom id before the first `:` (see format/custom-ids.ts). */
  prefix: string;
  /** `args` is the custom id after the prefix and its colon; the chosen values are on the interaction. */
  execute(interaction: StringSelectMenuInteraction, args: string, context: BotContext): Promise<void>;
}

export interface ModalHandler {
  /** The modal's custom id before the first `:` (see format/custom-ids.ts). */
  prefix: string;
  /** `args` is the custom id after the prefix and its colon; the values typed are on the interaction. */
  execute(interaction: ModalSubmitInteraction, args: string, context: BotContext): Promise<void>;
}
