/**
 * Builds command registration data from the texts in text.ts: English names and descriptions by
 * default, Japanese as the `ja` localisation, and where each command can be used (installed in a
 * server, or by a person to their own account).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type APIApplicationCommandAttachmentOption,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandBooleanOption,
  type APIApplicationCommandIntegerOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandOption,
  type APIApplicationCommandStringOption,
  type APIApplicationCommandUserOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Localised } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import { FREE_TEXT_OPTION_MAX } from './limits.ts';
import type { CommandText } from './text.ts';

type OptionText = CommandText['options'][string];

/** Name and description in English, with the Japanese client's localisations. */
function localised(text: OptionText | CommandText) {
  return {
    name: text.name.en,
    name_localizations: { [Locale.Japanese]: text.name.ja },
    description: text.description.en,
    description_localizations: { [Locale.Japanese]: text.description.ja },
  };
}

/** A command as the reader's client shows it: «/質問（/ask）» in Japanese, «/ask» in English. */
export function commandMention(command: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'name' | 'name_localizations'>, language: Language): string {
  const localised = language === 'ja' ? command.name_localizations?.[Locale.Japanese] : undefined;
  return localised && localised !== command.name ? `/${localised}（/${command.name}）` : `/${command.name}`;
}

export function localisedDescription(command: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'description' | 'description_localizations'>, language: Language): string {
  return (language === 'ja' ? command.description_localizations?.[Locale.Japanese] : undefined) ?? command.description;
}

/**
 * A text option. Discord's client refuses a value over `max_length` before sending it (the handler
 * still checks: any client can send anything); every free-text option has one.
 */
export function stringOption(text: OptionText, options: { required?: boolean; autocomplete?: boolean; maxLength?: number } = {}): APIApplicationCommandStringOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...localised(text),
    required: options.required ?? false,
    autocomplete: options.autocomplete ?? false,
    max_length: options.maxLength ?? FREE_TEXT_OPTION_MAX,
  };
}

/** A whole-number option; Discord's client keeps the value within `min`–`max` (the handler still checks). */
export function integerOption(text: OptionText, options: { min: number; max: number; required?: boolean }): APIApplicationCommandIntegerOption {
  return {
    type: ApplicationCommandOptionType.Integer,
    ...localised(text),
    required: options.required ?? false,
    min_value: options.min,
    max_value: options.max,
  };
}

/** A yes/no option (Discord shows True / False). */
export function booleanOption(text: OptionText): APIApplicationCommandBooleanOption {
  return { type: ApplicationCommandOptionType.Boolean, ...localised(text), required: false };
}

/** An option naming a member or user (Discord offers a list of people). */
export function userOption(text: OptionText): APIApplicationCommandUserOption {
  return { type: ApplicationCommandOptionType.User, ...localised(text), required: false };
}

/**
 * Where a command can be used. `anywhere`: installed in a server or by a person to their own
 * account, in servers, in a DM with Shiori and in other DMs and group DMs: for commands that only
 * answer through the interaction, which Discord delivers even where Shiori is not in the server.
 * `server`: only where Shiori is installed in the server, in the server and in a DM with Shiori.
 * `server-only`: only in servers that installed Shiori.
 */
export type CommandReach = 'anywhere' | 'server' | 'server-only';

export function reachOf(reach: CommandReach): Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'integration_types' | 'contexts'> {
  if (reach === 'anywhere') {
    return {
      integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
    };
  }
  return {
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: reach === 'server-only' ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/** A file the person attaches to the command. */
export function attachmentOption(text: OptionText, options: { required?: boolean } = {}): APIApplicationCommandAttachmentOption {
  return { type: ApplicationCommandOptionType.Attachment, ...localised(text), required: options.required ?? false };
}

/** A subcommand (`/docs add`), named and described like an option, with its own options. */
export function subcommand(text: OptionText, options: APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption {
  return { type: ApplicationCommandOptionType.Subcommand, ...localised(text), options };
}

export interface SlashCommandOptions {
  /** Only members with these permissions see the command (a bit field as a decimal string); server admins may change it. */
  defaultMemberPermissions?: bigint;
  /** Where it can be used; `anywhere` by default. */
  reach?: CommandReach;
}

export function slashCommand(
  text: CommandText,
  options: APIApplicationCommandOption[] = [],
  settings: SlashCommandOptions = {},
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...localised(text),
    options,
    ...reachOf(settings.reach ?? 'anywhere'),
    ...(settings.defaultMemberPermissions !== undefined ? { default_member_permissions: settings.defaultMemberPermissions.toString() } : {}),
  };
}

/** A command in a message's menu (Apps → the name): names may have spaces and capitals; no description. */
export function messageMenuCommand(name: Localised, reach: CommandReach = 'anywhere'): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.Message,
    name: name.en,
    name_localizations: { [Locale.Japanese]: name.ja },
    ...reachOf(reach),
  };
}
