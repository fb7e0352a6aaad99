/** 復習に追加 on a revealed quiz question: put it on the presser's review schedule (answered right or not). */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseQuizQuestion } from '../format/custom-ids.ts';
import { reply, replyMistake } from '../respond.ts';
import { studyCommandMention } from '../study-lookups.ts';
import { discordText, studyDiscordText } from '../text.ts';

export const quizKeep = {
  prefix: BUTTON_PREFIX.quizKeep,
  async execute(interaction, args, context) {
    const language = languageOfLocale(interaction.locale);
    const target = parseQuizQuestion(args);
    const item = target && context.study.quizzes.itemAt(target.quiz, target.position);
    if (!item) return replyMistake(interaction, t(discordText.sessionExpired, language));
    const kept = context.study.quizzes.keep(interaction.user.id, item);
    const text = kept === 'added' ? fill(t(studyDiscordText.keptForReview, language), { review: studyCommandMention(context, 'review', language) }) : t(studyDiscordText.keptAlready, language);
    await reply(interaction, { content: text }, { ephemeral: true });
  },
} satisfies ButtonHandler;
