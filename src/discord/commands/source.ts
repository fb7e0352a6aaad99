/**
 * /source document: location: → that passage, shown only to the person, with ◀ ▶ to the
 * neighbouring slides or sections and 共有 to post it in the channel. Both options autocomplete;
 * their values are ids, but typed text works too.
 */
import { commandText, discordText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import type { Command } from '../command.ts';
import { commandNames } from '../command-names.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { documentChoices } from '../format/choices.ts';
import { echoInput, escapeMarkdown } from '../format/text.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { findPassage, locationChoices, passageView, resolveDocument } from '../passages.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';

const { document: documentOption, location: locationOption } = commandText.source.options;
/** How much of a person's typing to repeat back in a message. */

export const source = {
  data: slashCommand(commandText.source, [
    stringOption(documentOption, { required: true, autocomplete: true }),
    stringOption(locationOption, { autocomplete: true }),
  ]),
  answersPrivately: () => true,

  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const typedDocument = interaction.options.getString(documentOption.name.en, true);
    const document = resolveDocument(context.engine, typedDocument);
    if (!document) {
      return replyMistake(interaction, fill(t(discordText.unknownDocument, language), { ...commandNames(context, language), document: echoInput(typedDocument) }));
    }
    const typedLocation = interaction.options.getString(locationOption.name.en) ?? '';
    const passage = findPassage(context.engine, document, typedLocation);
    const view = passage && passageView(context.engine, passage, language, { neighbours: true, share: true });
    if (!view) {
      return replyMistake(
        interaction,
        fill(t(discordText.unknownLocation, language), { title: escapeMarkdown(document.title), location: echoInput(typedLocation) }),
      );
    }
    await reply(interaction, view, { ephemeral: true });
  },

  async autocomplete(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const focused = interaction.options.getFocused(true);
    if (focused.name === documentOption.name.en) {
      return respondChoices(interaction, documentChoices(context.engine.documents(), focused.value));
    }
    const document = resolveDocument(context.engine, interaction.options.getString(documentOption.name.en) ?? '');
    await respondChoices(interaction, document ? locationChoices(context.engine, document, focused.value, language) : []);
  },
} satisfies Command;
