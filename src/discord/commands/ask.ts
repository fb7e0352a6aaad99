/**
 * /ask question: [document:] → the answer (from that document only, when one is named) quoted from the documents, with ◀ ▶ 全文 👍 👎; a question for a
 * figure of the catalogue also gets the figure's card and chart in a second message.
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { commandText, discordText } from '../text.ts';
import { answerQuestion } from '../answer-question.ts';
import type { Command } from '../command.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { figureCardView } from '../figure-card.ts';
import { documentChoices } from '../format/choices.ts';
import { escapeMarkdown, singleLine, truncateAtSentence } from '../format/text.ts';
import { resolveDocument } from '../passages.ts';
import { followUp, reply, replyMistake, respondChoices } from '../respond.ts';

const { question: questionOption, document: documentOption } = commandText.ask.options;
/** How much of a person's typing to repeat back in a message. */
const ECHO_MAX = 100;

export const ask = {
  data: slashCommand(commandText.ask, [stringOption(questionOption, { required: true }), stringOption(documentOption, { autocomplete: true })]),
  async execute(interaction, context) {
    const question = interaction.options.getString(questionOption.name.en, true);
    const typedDocument = interaction.options.getString(documentOption.name.en);
    let within: string | undefined;
    if (typedDocument !== null && typedDocument.trim() !== '') {
      const document = resolveDocument(context.engine, typedDocument);
      if (!document) {
        const echo = escapeMarkdown(truncateAtSentence(singleLine(typedDocument), ECHO_MAX));
        return replyMistake(interaction, fill(t(discordText.unknownDocument, languageOfLocale(interaction.locale)), { document: echo }));
      }
      within = document.id;
    }
    const result = answerQuestion(question, interaction.user.id, 'slash', context, interaction.guildId ?? undefined, within);
    if (result.kind === 'mistake') return replyMistake(interaction, result.text);
    await reply(interaction, result.view);
    // The answer is out; a figure card that fails is logged, not apologised for.
    for (const figure of result.figures) {
      await followUp(interaction, await figureCardView(figure, context, result.session.answer.language)).catch((error: unknown) =>
        context.log.warn('figure card not sent', { error, figure: figure.id }),
      );
    }
  },

  async autocomplete(interaction, context) {
    await respondChoices(interaction, documentChoices(context.engine.documents(), interaction.options.getFocused()));
  },
} satisfies Command;
