/**
 * /review messages, pure: a due card (the quiz item with A–D buttons), the card answered (right
 * or not, the right answer, the source, when it comes back), and "nothing due".
 */
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import { fill, t } from '../../core/i18n.ts';
import type { DocumentMeta, Language } from '../../core/types.ts';
import { CHOICE_LETTERS, type QuizItem } from '../../study/items.ts';
import { studyText } from '../../study/text.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FIELD_VALUE_MAX, QUIZ_QUESTION_MAX } from '../limits.ts';
import { discordText, studyDiscordText } from '../text.ts';
import { fullTextId, reviewAnswerId, reviewNextId } from './custom-ids.ts';
import { relativeTime, sourceText } from './quiz.ts';
import { escapeMarkdown, formatPlain, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label, style };
}

export function formatReviewCard(item: QuizItem, due: number, language: Language): MessageView {
  const lines = item.choices.map((choice, index) => `${CHOICE_LETTERS[index]}. ${escapeMarkdown(choice)}`).join('\n');
  return {
    embeds: [{ color: EMBED_COLOUR, title: fill(t(studyDiscordText.reviewTitle, language), { left: due }), description: truncateAtSentence(`${formatPlain(item.question, QUIZ_QUESTION_MAX)}\n\n${lines}`, EMBED_DESCRIPTION_MAX) }],
    components: [{ type: ComponentType.ActionRow, components: CHOICE_LETTERS.map((letter, choice) => button(reviewAnswerId(language, item.id, choice), letter, ButtonStyle.Primary)) }],
  };
}

/** When the next cards are due, as a sentence; empty when the person has no cards. */
export function nextDueText(next: { at: number; count: number } | undefined, language: Language): string {
  return next ? fill(t(studyDiscordText.reviewNextAt, language), { time: relativeTime(next.at), count: next.count }) : t(studyDiscordText.reviewNoCards, language);
}

export interface ReviewedInput {
  item: QuizItem;
  choice: number;
  document: DocumentMeta | undefined;
  language: Language;
  /** When this card comes back. */
  due: number;
  /** More cards due now: a 次の問題 button; otherwise when the next ones are due. */
  moreDue: number;
  next?: { at: number; count: number };
}

export function formatReviewed(input: ReviewedInput): MessageView {
  const { item, language } = input;
  const right = input.choice === item.answer;
  const verdict = fill(t(right ? studyText.yourAnswerRight : studyText.yourAnswerWrong, language), { letter: CHOICE_LETTERS[input.choice]!, choice: item.choices[input.choice] ?? '' });
  const answer = fill(t(studyText.rightAnswer, language), { letter: CHOICE_LETTERS[item.answer]!, choice: item.choices[item.answer]! });
  const after = input.moreDue > 0 ? '' : `\n\n${fill(t(studyDiscordText.reviewDone, language), { next: nextDueText(input.next, language) })}`;
  const description = `${formatPlain(item.question, QUIZ_QUESTION_MAX)}\n\n${right ? '✅' : '❌'} ${escapeMarkdown(verdict)}\n**${escapeMarkdown(answer)}**\n${fill(t(studyDiscordText.reviewRescheduled, language), { time: relativeTime(input.due) })}${after}`;
  const buttons = [button(fullTextId(language, item.source.passage), t(discordText.buttonFullText, language), ButtonStyle.Secondary)];
  if (input.moreDue > 0) buttons.unshift(button(reviewNextId(language), t(studyDiscordText.buttonNext, language), ButtonStyle.Primary));
  return {
    embeds: [
      {
        color: EMBED_COLOUR,
        title: t(right ? studyText.right : studyText.wrong, language),
        description: truncateAtSentence(description, EMBED_DESCRIPTION_MAX),
        fields: [{ name: t(studyText.sourceLabel, language), value: truncateAtSentence(sourceText(item, input.document, language), EMBED_FIELD_VALUE_MAX) }],
      },
    ],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
  };
}

export function formatNothingDue(next: { at: number; count: number } | undefined, language: Language): MessageView {
  return { content: fill(t(studyDiscordText.reviewNothingDue, language), { next: nextDueText(next, language) }) };
}
