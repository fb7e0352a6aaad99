/** /stats, pure: a person's streak, accuracy by chapter and review cards. */
import { fill, t, withNote } from '../../core/i18n.ts';
import type { Language } from '../../core/types.ts';
import type { ChapterAccuracy, Streak } from '../../study/stats.ts';
import { studyText } from '../../study/text.ts';
import { EMBED_FIELD_VALUE_MAX, EMBED_TITLE_MAX } from '../limits.ts';
import { studyDiscordText } from '../text.ts';
import { escapeMarkdown, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

export interface StatsInput {
  name: string;
  language: Language;
  accuracy: ChapterAccuracy[];
  streak: Streak;
  cards: { count: number; due: number };
  /** /quiz as the reader's client names it. */
  quizCommand: string;
}

export function formatStats(input: StatsInput): MessageView {
  const { language } = input;
  const title = truncateAtSentence(fill(t(studyDiscordText.statsTitle, language), { name: input.name }), EMBED_TITLE_MAX);
  if (input.accuracy.length === 0 && input.cards.count === 0) {
    return { embeds: [{ color: EMBED_COLOUR, title, description: fill(t(studyDiscordText.statsNothing, language), { quiz: input.quizCommand }) }] };
  }
  const streak = input.streak.current > 0 ? fill(t(studyText.streakDays, language), { days: input.streak.current }) : t(studyText.noStreak, language);
  const accuracy = input.accuracy
    .map((row) => fill(t(studyText.labelled, language), { label: escapeMarkdown(row.label), value: fill(t(studyText.accuracy, language), { percent: row.percent, correct: row.correct, answered: row.answered }) }))
    .join('\n');
  return {
    embeds: [
      {
        color: EMBED_COLOUR,
        title,
        fields: [
          { name: t(studyDiscordText.statsStreak, language), value: withNote(streak, fill(t(studyDiscordText.statsBest, language), { days: input.streak.best }), language) },
          { name: t(studyDiscordText.statsAccuracy, language), value: truncateAtSentence(accuracy || '—', EMBED_FIELD_VALUE_MAX) },
          { name: t(studyDiscordText.statsCards, language), value: fill(t(studyDiscordText.statsCardsLine, language), input.cards) },
        ],
      },
    ],
  };
}
