/** /ask question: → the answer quoted from the documents, with ◀ ▶ 全文 👍 👎. */
import { commandText } from '../../messages.ts';
import { answerQuestion } from '../answer-question.ts';
import type { Command } from '../command.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { reply, replyMistake } from '../respond.ts';

export const ask = {
  data: slashCommand(commandText.ask, [stringOption(commandText.ask.options.question, { required: true })]),
  async execute(interaction, context) {
    const question = interaction.options.getString(commandText.ask.options.question.name.en, true);
    const result = answerQuestion(question, interaction.user.id, 'slash', context);
    if (result.kind === 'mistake') await replyMistake(interaction, result.text);
    else await reply(interaction, result.view);
  },
} satisfies Command;
