/** /figures document: → the figures of a document (title, kind, id), to pick one for /metric. */
import { discordText, figureCommandText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import type { Command } from '../command.ts';
import { commandNames, nameCommand } from '../command-names.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { documentChoices } from '../format/choices.ts';
import { formatFigureList } from '../format/figure.ts';
import { echoInput } from '../format/text.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { resolveDocument } from '../passages.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';

const { document: documentOption } = figureCommandText.figures.options;
/** How much of a person's typing to repeat back in a message. */

export const figures = {
  data: slashCommand(figureCommandText.figures, [stringOption(documentOption, { required: true, autocomplete: true })]),

  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const typed = interaction.options.getString(documentOption.name.en, true);
    const document = resolveDocument(context.engine, typed);
    if (!document) {
      return replyMistake(interaction, fill(t(discordText.unknownDocument, language), { ...commandNames(context, language), document: echoInput(typed) }));
    }
    const ofDocument = context.engine.figures().filter((figure) => figure.source.doc === document.id);
    await reply(interaction, formatFigureList(document, ofDocument, language, nameCommand(context, figureCommandText.metric.name.en, language)));
  },

  async autocomplete(interaction, context) {
    await respondChoices(interaction, documentChoices(context.engine.documents(), interaction.options.getFocused()));
  },
} satisfies Command;
