/** 👍 / 👎 under an answer: record the vote with the question and the passages shown, then thank the voter privately. */
import { discordText } from '../text.ts';
import { t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { hashVoter } from '../feedback-log.ts';
import { hitsOnPage } from '../format/answer.ts';
import { BUTTON_PREFIX, parseFeedback } from '../format/custom-ids.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { reply, replyMistake } from '../respond.ts';

export const feedback = {
  prefix: BUTTON_PREFIX.feedback,
  async execute(interaction, args, context) {
    const vote = parseFeedback(args);
    const session = vote && context.sessions.get(vote.session);
    if (!vote || !session) return replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    const { answer } = session;
    const shown = hitsOnPage(answer, vote.page);
    await context.feedback.record({
      at: new Date().toISOString(),
      vote: vote.vote,
      question: answer.question,
      language: answer.language,
      session: session.id,
      page: shown.page,
      passages: shown.hits.map((hit) => hit.passage.id),
      confident: answer.confident,
      origin: session.origin,
      voter: hashVoter(interaction.user.id),
      ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    });
    context.log.info('feedback', { session: session.id, vote: vote.vote, page: shown.page });
    const thanks = vote.vote === 'up' ? discordText.feedbackThanksUp : discordText.feedbackThanksDown;
    await reply(interaction, { content: t(thanks, answer.language) }, { ephemeral: true });
  },
} satisfies ButtonHandler;
