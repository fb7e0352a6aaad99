/**
 * /ask question: [hide] [for] [document] → one answer card (see format/card.ts). `hide` shows it
 * only to the asker, with 共有 to post it after; `for` addresses it to someone without pinging
 * them; `document` answers from that document only. The question autocompletes from what the
 * documents offer: questions people of this server found answered (👍), figure titles, chapter
 * headings; the document from the documents' titles.
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { answerQuestion } from '../answer-question.ts';
import type { Command } from '../command.ts';
import { booleanOption, slashCommand, stringOption, userOption } from '../command-data.ts';
import { commandNames } from '../command-names.ts';
import { documentChoices } from '../format/choices.ts';
import { echoInput } from '../format/text.ts';
import { resolveDocument } from '../passages.ts';
import { questionChoices } from '../question-choices.ts';
import { cleanQuestion } from '../question-text.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';
import { commandText, discordText } from '../text.ts';

const { question: questionOption, hide: hideOption, for: forOption, document: documentOption } = commandText.ask.options;

export const ask = {
  data: slashCommand(commandText.ask, [
    stringOption(questionOption, { required: true, autocomplete: true }),
    booleanOption(hideOption),
    userOption(forOption),
    stringOption(documentOption, { autocomplete: true }),
  ]),
  answersPrivately: (interaction) => interaction.options.getBoolean(hideOption.name.en) ?? false,

  async execute(interaction, context) {
    const typed = interaction.options.getString(questionOption.name.en, true);
    const hide = interaction.options.getBoolean(hideOption.name.en) ?? false;
    const typedDocument = interaction.options.getString(documentOption.name.en);
    let within: string | undefined;
    if (typedDocument !== null && typedDocument.trim() !== '') {
      const document = resolveDocument(context.engine, typedDocument);
      if (!document) {
        const language = languageOfLocale(interaction.locale);
        return replyMistake(interaction, fill(t(discordText.unknownDocument, language), { ...commandNames(context, language), document: echoInput(typedDocument) }));
      }
      within = document.id;
    }
    // Addressed to a person, not to a bot (nor to oneself); shown as a mention that pings no one.
    const addressee = interaction.options.getUser(forOption.name.en);
    const to = addressee && !addressee.bot && addressee.id !== interaction.user.id ? addressee.id : undefined;
    const result = await answerQuestion(
      cleanQuestion(typed),
      { userId: interaction.user.id, guildId: interaction.guildId ?? undefined },
      context,
      { origin: 'slash', private: hide, card: { echo: true, ...(to ? { addressee: to } : {}) }, ...(within !== undefined && { document: within }) },
    );
    if (result.kind === 'mistake') return replyMistake(interaction, result.text);
    await reply(interaction, result.view, { ephemeral: hide });
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === documentOption.name.en) {
      await respondChoices(interaction, documentChoices(context.engine.documents(), focused.value));
      return;
    }
    const choices = questionChoices(context, focused.value, {
      language: languageOfLocale(interaction.locale),
      guildId: interaction.guildId,
      userId: interaction.user.id,
    });
    await respondChoices(interaction, choices);
  },
} satisfies Command;
