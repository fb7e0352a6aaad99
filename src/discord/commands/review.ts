/** /review: the person's due review cards, one at a time, only to them. */
import { languageOfLocale } from '../../core/i18n.ts';
import type { Command } from '../command.ts';
import { slashCommand } from '../command-data.ts';
import { reply } from '../respond.ts';
import { nextReviewView } from '../review-session.ts';
import { studyCommandText } from '../text.ts';

export const review = {
  data: slashCommand(studyCommandText.review),
  async execute(interaction, context) {
    await reply(interaction, nextReviewView(context, interaction.user.id, languageOfLocale(interaction.locale)), { ephemeral: true });
  },
} satisfies Command;
