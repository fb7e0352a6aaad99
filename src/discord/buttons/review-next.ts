/** 次の問題 after a review card: the next due card in the same private message. */
import { languageOfLocale } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseLanguage } from '../format/custom-ids.ts';
import { update } from '../respond.ts';
import { nextReviewView } from '../review-session.ts';

export const reviewNext = {
  prefix: BUTTON_PREFIX.reviewNext,
  async execute(interaction, args, context) {
    await update(interaction, nextReviewView(context, interaction.user.id, parseLanguage(args) ?? languageOfLocale(interaction.locale)));
  },
} satisfies ButtonHandler;
