/**
 * 「Shiori に聞く」 / "Ask Shiori" in a message's menu (Apps): the message, cleaned of mentions and
 * markdown, is the question. The answer card is private, addressed to the message's author, with
 * 共有 to post it in the channel for them.
 */
import { languageOfLocale, t } from '../../core/i18n.ts';
import { answerQuestion } from '../answer-question.ts';
import type { MessageCommand } from '../command.ts';
import { messageMenuCommand } from '../command-data.ts';
import { cleanQuestion } from '../question-text.ts';
import { reply, replyMistake } from '../respond.ts';
import { discordText, messageMenuText } from '../text.ts';

export const askShiori = {
  data: messageMenuCommand(messageMenuText.askShiori),

  async execute(interaction, context) {
    const target = interaction.targetMessage;
    // Interactions carry the message's text even without the Message Content intent.
    const question = cleanQuestion(target.content);
    if (!question) return replyMistake(interaction, t(discordText.menuNoText, languageOfLocale(interaction.locale)));
    const author = target.author;
    const addressee = !author.bot && author.id !== interaction.user.id ? author.id : undefined;
    const result = await answerQuestion(question, { userId: interaction.user.id, guildId: interaction.guildId ?? undefined }, context, {
      origin: 'message-menu',
      private: true,
      card: { echo: true, ...(addressee ? { addressee } : {}) },
    });
    if (result.kind === 'mistake') return replyMistake(interaction, result.text);
    await reply(interaction, result.view, { ephemeral: true });
  },
} satisfies MessageCommand;
