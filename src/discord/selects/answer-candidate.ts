/**
 * 「ほかの候補」 under an answer card: show the chosen candidate's quote in the same card. A public
 * card changes only for the person who asked (or shared) it; anyone else gets a private copy
 * showing their choice, so no one turns someone else's answer under them.
 */
import { MessageFlags } from 'discord.js';
import { languageOfLocale, t } from '../../core/i18n.ts';
import { answerCardView, exampleScope } from '../answer-card.ts';
import type { SelectHandler } from '../command.ts';
import { parseSession, SELECT_PREFIX } from '../format/custom-ids.ts';
import { reply, replyMistake, update } from '../respond.ts';
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
    const isPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
    const own = isPrivate || session.card.owner === undefined || session.card.owner === interaction.user.id;
    const view = await answerCardView(session, context, {
      shown,
      private: !own || isPrivate,
      scope: exampleScope(interaction.guildId, interaction.user.id),
    });
    if (own) await update(interaction, view);
    else await reply(interaction, view, { ephemeral: true });
  },
} satisfies SelectHandler;
