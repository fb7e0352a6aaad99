/** 「ほかの候補」 under an answer card: show the chosen candidate's quote in the same card. */
import { MessageFlags } from 'discord.js';
import { languageOfLocale, t } from '../../core/i18n.ts';
import { answerCardView, exampleScope } from '../answer-card.ts';
import type { SelectHandler } from '../command.ts';
import { parseSession, SELECT_PREFIX } from '../format/custom-ids.ts';
import { replyMistake, update } from '../respond.ts';
import { discordText } from '../text.ts';

export const answerCandidate = {
  prefix: SELECT_PREFIX.answerCandidate,
  async execute(interaction, args, context) {
    const target = parseSession(args);
    const session = target && context.sessions.get(target.session);
    const shown = Number(interaction.values[0]);
    if (!session || !Number.isInteger(shown) || !session.answer.hits[shown]) {
      return replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    }
    const view = await answerCardView(session, context, {
      shown,
      private: interaction.message.flags.has(MessageFlags.Ephemeral),
      scope: exampleScope(interaction.guildId, interaction.user.id),
    });
    await update(interaction, view);
  },
} satisfies SelectHandler;
