/** 中止 on a quiz question: its starter, or anyone with Manage Messages, ends the quiz; answers so far count. */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseQuizStop } from '../format/custom-ids.ts';
import { canManageMessages, displayNameOf } from '../people.ts';
import { acknowledgeUpdate, replyMistake } from '../respond.ts';
import { studyCommandMention } from '../study-lookups.ts';
import { studyDiscordText } from '../text.ts';

export const quizStop = {
  prefix: BUTTON_PREFIX.quizStop,
  async execute(interaction, args, context) {
    const language = languageOfLocale(interaction.locale);
    const target = parseQuizStop(args);
    if (!target || !context.study.quizzes.isRunning(target.quiz)) {
      return replyMistake(interaction, fill(t(studyDiscordText.quizOver, language), { quiz: studyCommandMention(context, 'quiz', language) }));
    }
    const starter = context.study.quizzes.starterOf(target.quiz) === interaction.user.id;
    if (!starter && !canManageMessages(interaction)) return replyMistake(interaction, t(studyDiscordText.onlyStarterStops, language));
    await acknowledgeUpdate(interaction);
    context.log.info('quiz stopped', { quiz: target.quiz, byStarter: starter });
    await context.study.quizzes.stop(target.quiz, displayNameOf(interaction));
  },
} satisfies ButtonHandler;
