/** /stats: the person's accuracy by chapter, streak and review cards, only to them. */
import { languageOfLocale } from '../../core/i18n.ts';
import { accuracyByChapter, streakOf } from '../../study/stats.ts';
import type { Command } from '../command.ts';
import { slashCommand } from '../command-data.ts';
import { formatStats } from '../format/stats.ts';
import { displayNameOf } from '../people.ts';
import { reply } from '../respond.ts';
import { chaptersOfDocument, studyCommandMention } from '../study-lookups.ts';
import { studyCommandText } from '../text.ts';

export const stats = {
  data: slashCommand(studyCommandText.stats),
  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const userId = interaction.user.id;
    const now = context.study.now();
    const attempts = context.store.activity.attempts(userId);
    const view = formatStats({
      name: displayNameOf(interaction),
      language,
      accuracy: accuracyByChapter(attempts, context.engine.documents(), (doc) => chaptersOfDocument(context.engine, doc)),
      streak: streakOf(attempts, now),
      cards: { count: context.store.cards.count(userId), due: context.store.cards.countDue(userId, now) },
      quizCommand: studyCommandMention(context, 'quiz', language),
    });
    await reply(interaction, view, { ephemeral: true });
  },
} satisfies Command;
