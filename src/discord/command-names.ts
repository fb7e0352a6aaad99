/**
 * Commands named the way the reader's client shows them, for every notice that points at one:
 * «/検索（/search）» for a Japanese reader, «/search» for an English one.
 */
import { fill, t } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import { commandMention } from './command-data.ts';
import type { BotContext } from './context.ts';
import { discordText } from './text.ts';

/** The command registered under the English `name`, as the reader's client names it (plain `/name` if it is not registered). */
export function nameCommand(context: Pick<BotContext, 'commands'>, name: string, language: Language): string {
  const command = context.commands.find((candidate) => candidate.name === name);
  return command ? commandMention(command, language) : `/${name}`;
}

/**
 * Every registered command as the reader's client names it, by English name: fill a text's
 * `{search}`, `{source}`, `{help}`… placeholders with it.
 */
export function commandNames(context: Pick<BotContext, 'commands'>, language: Language): Record<string, string> {
  return Object.fromEntries(context.commands.map((command) => [command.name, commandMention(command, language)]));
}

/** A passage that is gone (an older index, a made-up id): open it again with /source. */
export function unknownPassageText(context: Pick<BotContext, 'commands'>, language: Language): string {
  return fill(t(discordText.unknownPassage, language), commandNames(context, language));
}
