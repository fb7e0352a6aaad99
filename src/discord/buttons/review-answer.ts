/** A–D on a review card: grade it, reschedule it, and show the answer with its source in the same private message. */
import { fill, t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseReviewAnswer } from '../format/custom-ids.ts';
import { replyMistake, update } from '../respond.ts';
import { answerReview } from '../review-session.ts';
import { studyCommandMention } from '../study-lookups.ts';
import { studyDiscordText } from '../text.ts';
import { languageOfLocale } from '../../core/i18n.ts';

export const reviewAnswer = {
  prefix: BUTTON_PREFIX.reviewAnswer,
  async execute(interaction, args, context) {
    const target = parseReviewAnswer(args);
    const language = target?.language ?? languageOfLocale(interaction.locale);
    const view = target && answerReview(context, interaction.user.id, target.item, target.choice, language);
    if (!view) return replyMistake(interaction, fill(t(studyDiscordText.reviewGone, language), { review: studyCommandMention(context, 'review', language) }));
    await update(interaction, view);
  },
} satisfies ButtonHandler;
