/**
 * 「何を探していましたか？」 sent: what the person typed is kept with their 👎 (or, if that vote
 * could not be kept, with a new one), the card shows the 👎, and they are thanked privately.
 */
import { languageOfLocale, t } from '../../core/i18n.ts';
import { refreshCard, voteEntry } from '../buttons/feedback.ts';
import type { ModalHandler } from '../command.ts';
import { hashVoter } from '../feedback-log.ts';
import { FEEDBACK_COMMENT_INPUT, MODAL_PREFIX, parseFeedbackModal } from '../format/custom-ids.ts';
import { FEEDBACK_COMMENT_MAX } from '../limits.ts';
import { followUp, reply, replyMistake } from '../respond.ts';
import { discordText } from '../text.ts';

export const feedbackComment = {
  prefix: MODAL_PREFIX.feedbackComment,
  async execute(interaction, args, context) {
    const target = parseFeedbackModal(args);
    const session = target && context.sessions.get(target.session);
    if (!target || !session) return replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    const typed = interaction.fields.fields.has(FEEDBACK_COMMENT_INPUT) ? interaction.fields.getTextInputValue(FEEDBACK_COMMENT_INPUT) : '';
    // Any client can send anything: the modal's max_length is not a promise.
    const comment = [...typed.trim()].slice(0, FEEDBACK_COMMENT_MAX).join('');
    const kept = comment ? await context.feedback.addComment(session.id, hashVoter(interaction.user.id), comment) : true;
    if (!kept) await context.feedback.record(voteEntry(session, target.shown, 'down', { userId: interaction.user.id, guildId: interaction.guildId }, comment));
    context.log.info('feedback comment', { session: session.id, shown: target.shown, length: comment.length });
    const thanks = { content: t(comment ? discordText.feedbackCommentThanks : discordText.feedbackThanksDown, session.answer.language) };
    if (!interaction.isFromMessage()) return reply(interaction, thanks, { ephemeral: true });
    await refreshCard(interaction, session, target.shown, context);
    await followUp(interaction, thanks, { ephemeral: true });
  },
} satisfies ModalHandler;
