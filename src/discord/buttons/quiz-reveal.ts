/** 答えを見る on a quiz question: its starter closes the question now instead of waiting for the time. */
import { languageOfLocale, t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseQuizQuestion } from '../format/custom-ids.ts';
import { acknowledgeUpdate, replyMistake } from '../respond.ts';
import { studyDiscordText } from '../text.ts';

export const quizReveal = {
  prefix: BUTTON_PREFIX.quizReveal,
  async execute(interaction, args, context) {
    const language = languageOfLocale(interaction.locale);
    const target = parseQuizQuestion(args);
    if (!target || !context.study.quizzes.isRunning(target.quiz)) return replyMistake(interaction, t(studyDiscordText.questionClosed, language));
    if (context.study.quizzes.starterOf(target.quiz) !== interaction.user.id) return replyMistake(interaction, t(studyDiscordText.onlyStarterReveals, language));
    await acknowledgeUpdate(interaction);
    if (!(await context.study.quizzes.reveal(target.quiz, target.position))) await replyMistake(interaction, t(studyDiscordText.questionClosed, language));
  },
} satisfies ButtonHandler;
