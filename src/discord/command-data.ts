/**
 * Builds slash-command registration data from the texts in text.ts: English names and
 * descriptions by default, Japanese as the `ja` localisation, usable in servers and in DMs.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type APIApplicationCommandAttachmentOption,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandIntegerOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandOption,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Language } from '../core/types.ts';
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

export function stringOption(text: OptionText, options: { required?: boolean; autocomplete?: boolean } = {}): APIApplicationCommandStringOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...localised(text),
    required: options.required ?? false,
    autocomplete: options.autocomplete ?? false,
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
  /** Only in servers (not in a DM with the bot). */
  guildOnly?: boolean;
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
    // Installed in servers; usable there and in a DM with the bot.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: settings.guildOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
    ...(settings.defaultMemberPermissions !== undefined ? { default_member_permissions: settings.defaultMemberPermissions.toString() } : {}),
  };
}
