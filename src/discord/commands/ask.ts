/**
 * /ask question: → the answer quoted from the documents, with ◀ ▶ 全文 👍 👎; a question for a
 * figure of the catalogue also gets the figure's card and chart in a second message.
 */
import { commandText } from '../text.ts';
import { answerQuestion } from '../answer-question.ts';
import type { Command } from '../command.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { figureCardView } from '../figure-card.ts';
import { followUp, reply, replyMistake } from '../respond.ts';

export const ask = {
  data: slashCommand(commandText.ask, [stringOption(commandText.ask.options.question, { required: true })]),
  async execute(interaction, context) {
    const question = interaction.options.getString(commandText.ask.options.question.name.en, true);
    const result = answerQuestion(question, interaction.user.id, 'slash', context, interaction.guildId ?? undefined);
    if (result.kind === 'mistake') return replyMistake(interaction, result.text);
    await reply(interaction, result.view);
    // The answer is out; a figure card that fails is logged, not apologised for.
    for (const figure of result.figures) {
      await followUp(interaction, await figureCardView(figure, context, result.session.answer.language)).catch((error: unknown) =>
        context.log.warn('figure card not sent', { error, figure: figure.id }),
      );
    }
  },
} satisfies Command;
