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
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
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

export function stringOption(text: OptionText, options: { required?: boolean; autocomplete?: boolean } = {}): APIApplicationCommandStringOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...localised(text),
    required: options.required ?? false,
    autocomplete: options.autocomplete ?? false,
  };
}

export function slashCommand(
  text: CommandText,
  options: APIApplicationCommandStringOption[] = [],
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...localised(text),
    options,
    // Installed in servers; usable there and in a DM with the bot.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}
