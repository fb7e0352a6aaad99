/**
 * 👍 / 👎 under an answer card. 👍 is recorded and the card shows it (the button highlighted, with
 * how many chose it). 👎 opens 「何を探していましたか？」 at once (a modal must be the first
 * answer) and is recorded meanwhile; the modal's answer is kept with it (modals/feedback-comment.ts),
 * which also shows the 👎 on the card.
 */
import { ComponentType, MessageFlags, TextInputStyle } from 'discord.js';
import { languageOfLocale, t } from '../../core/i18n.ts';
import type { Language } from '../../core/types.ts';
import { answerCardView, exampleScope } from '../answer-card.ts';
import type { AnswerSession } from '../answer-sessions.ts';
import type { ButtonHandler } from '../command.ts';
import type { BotContext } from '../context.ts';
import { hashVoter } from '../feedback-log.ts';
import { BUTTON_PREFIX, FEEDBACK_COMMENT_INPUT, feedbackModalId, parseFeedback, type Vote } from '../format/custom-ids.ts';
import { truncateAtSentence } from '../format/text.ts';
import { FEEDBACK_COMMENT_MAX, MODAL_TITLE_MAX, TEXT_INPUT_LABEL_MAX, TEXT_INPUT_PLACEHOLDER_MAX } from '../limits.ts';
import { replyMistake, showModal, update } from '../respond.ts';
import { discordText } from '../text.ts';

/** The vote as the database keeps it: the question, the hit shown, who (hashed), where. */
export function voteEntry(session: AnswerSession, shown: number, vote: Vote, user: { userId: string; guildId: string | null }, comment?: string) {
  const { answer } = session;
  const hit = answer.hits[Math.min(Math.max(0, shown), answer.hits.length - 1)];
  return {
    at: new Date().toISOString(),
    vote,
    question: answer.question,
    language: answer.language,
    session: session.id,
    page: shown,
    passages: hit ? [hit.passage.id] : [],
    confident: answer.confident,
    origin: session.origin,
    voter: hashVoter(user.userId),
    ...(user.guildId ? { guildId: user.guildId } : {}),
    ...(comment ? { comment } : {}),
  };
}

/** 「何を探していましたか？」: one optional paragraph. */
export function feedbackModal(sessionId: string, shown: number, language: Language) {
  return {
    custom_id: feedbackModalId(sessionId, shown),
    title: truncateAtSentence(t(discordText.feedbackModalTitle, language), MODAL_TITLE_MAX),
    components: [
      {
        type: ComponentType.Label as const,
        label: truncateAtSentence(t(discordText.feedbackModalLabel, language), TEXT_INPUT_LABEL_MAX),
        component: {
          type: ComponentType.TextInput as const,
          custom_id: FEEDBACK_COMMENT_INPUT,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: FEEDBACK_COMMENT_MAX,
          placeholder: truncateAtSentence(t(discordText.feedbackModalPlaceholder, language), TEXT_INPUT_PLACEHOLDER_MAX),
        },
      },
    ],
  };
}

/** The card as it stands after a vote, in the same message (private cards stay private). */
export async function refreshCard(interaction: Parameters<ButtonHandler['execute']>[0] | Parameters<typeof update>[0], session: AnswerSession, shown: number, context: BotContext) {
  const view = await answerCardView(session, context, {
    shown,
    private: interaction.message?.flags.has(MessageFlags.Ephemeral) ?? false,
    scope: exampleScope(interaction.guildId, interaction.user.id),
  });
  await update(interaction, view);
}

export const feedback = {
  prefix: BUTTON_PREFIX.feedback,
  async execute(interaction, args, context) {
    const vote = parseFeedback(args);
    const session = vote && context.sessions.get(vote.session);
    if (!vote || !session) return replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    if (vote.vote === 'down') await showModal(interaction, feedbackModal(session.id, vote.shown, session.answer.language));
    await context.feedback.record(voteEntry(session, vote.shown, vote.vote, { userId: interaction.user.id, guildId: interaction.guildId }));
    context.log.info('feedback', { session: session.id, vote: vote.vote, shown: vote.shown });
    if (vote.vote === 'up') await refreshCard(interaction, session, vote.shown, context);
  },
} satisfies ButtonHandler;
