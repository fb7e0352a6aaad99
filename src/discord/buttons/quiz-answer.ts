/**
 * A–D on a quiz question: record the person's answer (once; the first one stands) and confirm it
 * only to them. In a solo quiz the confirmation says whether it was right; in a group the answer
 * shows for everyone when the question closes.
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { CHOICE_LETTERS } from '../../study/items.ts';
import { studyText } from '../../study/text.ts';
import type { ButtonHandler } from '../command.ts';
import { BUTTON_PREFIX, parseQuizAnswer } from '../format/custom-ids.ts';
import { displayNameOf } from '../people.ts';
import { reply, replyMistake } from '../respond.ts';
import { studyCommandMention } from '../study-lookups.ts';
import { studyDiscordText } from '../text.ts';

export const quizAnswer = {
  prefix: BUTTON_PREFIX.quizAnswer,
  async execute(interaction, args, context) {
    const language = languageOfLocale(interaction.locale);
    const target = parseQuizAnswer(args);
    if (!target) return replyMistake(interaction, fill(t(studyDiscordText.quizOver, language), { quiz: studyCommandMention(context, 'quiz', language) }));
    const outcome = context.study.quizzes.answer({ quizId: target.quiz, position: target.position, choice: target.choice, userId: interaction.user.id, displayName: displayNameOf(interaction) });
    switch (outcome.kind) {
      case 'over':
        return replyMistake(interaction, fill(t(studyDiscordText.quizOver, language), { quiz: studyCommandMention(context, 'quiz', language) }));
      case 'closed':
        return replyMistake(interaction, t(studyDiscordText.questionClosed, language));
      case 'already':
        return replyMistake(interaction, fill(t(studyDiscordText.answeredAlready, language), { letter: CHOICE_LETTERS[outcome.choice]! }));
      case 'recorded': {
        const letter = CHOICE_LETTERS[outcome.choice]!;
        const text = outcome.solo
          ? `${outcome.correct ? '✅' : '❌'} ${t(outcome.correct ? studyText.right : studyText.wrong, language)}`
          : fill(t(studyDiscordText.answerTaken, language), { letter });
        return reply(interaction, { content: text }, { ephemeral: true });
      }
    }
  },
} satisfies ButtonHandler;
