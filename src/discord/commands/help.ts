/** /help → what Shiori knows and how to ask, shown only to the person who asked. */
import { commandText, messageMenuText } from '../text.ts';
import type { Command } from '../command.ts';
import { slashCommand } from '../command-data.ts';
import { formatHelp } from '../format/help.ts';
import { languageOfLocale, t } from '../../core/i18n.ts';
import { reply } from '../respond.ts';

export const help = {
  data: slashCommand(commandText.help),
  async execute(interaction, context) {
    const documents = context.engine.documents().map((meta) => ({ meta, passages: context.engine.passages(meta.id).length }));
    const language = languageOfLocale(interaction.locale);
    const view = formatHelp({ documents, language, askChannelIds: [...context.askChannelIds], commands: context.commands, menuName: t(messageMenuText.askShiori, language) });
    await reply(interaction, view, { ephemeral: true });
  },
} satisfies Command;
