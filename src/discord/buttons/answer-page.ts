/** ◀ ▶ under an answer: show the previous or next page of hits in the same message. */
import { discordText } from '../text.ts';
import { t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { formatAnswer } from '../format/answer.ts';
import { BUTTON_PREFIX, parseAnswerPage } from '../format/custom-ids.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { replyMistake, update } from '../respond.ts';

export const answerPage = {
  prefix: BUTTON_PREFIX.answerPage,
  async execute(interaction, args, context) {
    const target = parseAnswerPage(args);
    const session = target && context.sessions.get(target.session);
    if (!target || !session) return replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    await update(interaction, formatAnswer(session.answer, session.id, target.page));
  },
} satisfies ButtonHandler;
