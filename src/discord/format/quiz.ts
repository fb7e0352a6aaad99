/**
 * Quiz messages, pure: the intro, a question with its A–D buttons, the same question revealed
 * (the right answer, how many chose each choice, who got it right, the source with 全文), and the
 * scoreboard. Display names are escaped and nothing pings (respond.ts sends with no mentions).
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { formatCitation } from '../../core/citation.ts';
import { fill, joinList, t } from '../../core/i18n.ts';
import type { DocumentMeta, Language } from '../../core/types.ts';
import { CHOICE_LETTERS, type QuizItem } from '../../study/items.ts';
import { EARLY_BONUS_MAX, POINTS_RIGHT, type ScoreLine } from '../../study/scoring.ts';
import { studyText } from '../../study/text.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FIELD_VALUE_MAX, EMBED_TITLE_MAX, QUIZ_NAMES_SHOWN_MAX, QUIZ_QUESTION_MAX, QUIZ_SOURCE_QUOTE_MAX } from '../limits.ts';
import { discordText, studyDiscordText } from '../text.ts';
import { fullTextId, quizAnswerId, quizKeepId, quizRevealId, quizStopId } from './custom-ids.ts';
import { escapeMarkdown, formatPlain, formatQuote, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type ButtonRow, type MessageView } from './view.ts';

const RIGHT_MARK = '✅';

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger | ButtonStyle.Success): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label, style };
}

function row(...buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

/** Discord shows `<t:…:R>` as "in 20 seconds", counting down in each reader's client. */
export function relativeTime(ms: number): string {
  return `<t:${Math.ceil(ms / 1000)}:R>`;
}

export interface QuizIntroInput {
  starter: string;
  count: number;
  seconds: number;
  /** The document or chapter the questions come from. */
  scope?: string;
  solo: boolean;
  language: Language;
}

export function formatQuizIntro(input: QuizIntroInput): MessageView {
  const { language } = input;
  const scope = input.scope ? fill(t(studyDiscordText.quizScope, language), { scope: escapeMarkdown(input.scope) }) : '';
  const template = input.solo ? studyDiscordText.quizSoloIntro : studyDiscordText.quizIntro;
  const description = fill(t(template, language), { starter: escapeMarkdown(input.starter), count: input.count, seconds: input.seconds, scope });
  const rule = fill(t(studyText.scoringRule, language), { base: POINTS_RIGHT, bonus: EARLY_BONUS_MAX });
  return { embeds: [{ color: EMBED_COLOUR, title: t(studyDiscordText.quizIntroTitle, language), description: truncateAtSentence(`${description}\n${rule}`, EMBED_DESCRIPTION_MAX) }] };
}

export interface QuestionViewInput {
  quizId: number;
  position: number;
  count: number;
  item: QuizItem;
  language: Language;
  /** When the question closes, ms since the epoch. */
  closesAt: number;
  /** A solo quiz has no 答えを見る: answering reveals. */
  solo: boolean;
}

function choiceLines(item: QuizItem): string {
  return item.choices.map((choice, index) => `${CHOICE_LETTERS[index]!}. ${escapeMarkdown(choice)}`).join('\n');
}

export function formatQuizQuestion(input: QuestionViewInput): MessageView {
  const { item, language } = input;
  const title = fill(t(studyDiscordText.questionTitle, language), { number: input.position + 1, count: input.count });
  const deadline = fill(t(studyDiscordText.deadline, language), { time: relativeTime(input.closesAt) });
  const description = `${formatPlain(item.question, QUIZ_QUESTION_MAX)}\n\n${choiceLines(item)}\n\n${deadline}`;
  const answers = row(...CHOICE_LETTERS.map((letter, choice) => button(quizAnswerId(input.quizId, input.position, choice), letter, ButtonStyle.Primary)));
  const controls = row(
    ...(input.solo ? [] : [button(quizRevealId(input.quizId, input.position), t(studyDiscordText.buttonReveal, language), ButtonStyle.Secondary)]),
    button(quizStopId(input.quizId), t(studyDiscordText.buttonStop, language), ButtonStyle.Danger),
  );
  return { embeds: [{ color: EMBED_COLOUR, title: truncateAtSentence(title, EMBED_TITLE_MAX), description: truncateAtSentence(description, EMBED_DESCRIPTION_MAX) }], components: [answers, controls] };
}

export interface RevealViewInput {
  quizId: number;
  position: number;
  count: number;
  item: QuizItem;
  document: DocumentMeta | undefined;
  language: Language;
  /** How many chose each choice. */
  counts: number[];
  /** Display names of those who got it right, first first. */
  rightNames: string[];
  /** Why the quiz ended here (stopped, interrupted), if it did. */
  note?: string;
}

/** Names within a field: as many as fit, then "and N more". */
function namesLine(names: readonly string[], language: Language): string {
  if (names.length === 0) return t(studyDiscordText.nobodyRight, language);
  const shown = names.slice(0, QUIZ_NAMES_SHOWN_MAX).map((name) => escapeMarkdown(name));
  const more = names.length - shown.length;
  const line = joinList(shown, language) + (more > 0 ? ` ${fill(t(studyDiscordText.morePeople, language), { count: more })}` : '');
  return truncateAtSentence(line, EMBED_FIELD_VALUE_MAX);
}

export function sourceText(item: QuizItem, document: DocumentMeta | undefined, language: Language): string {
  const citation = document ? formatCitation(document, item.source.location, language) : item.source.doc;
  return `${formatQuote(item.source.quote, [], QUIZ_SOURCE_QUOTE_MAX)}\n— ${formatPlain(citation, EMBED_FIELD_VALUE_MAX - QUIZ_SOURCE_QUOTE_MAX - 10)}`;
}

export function formatQuizReveal(input: RevealViewInput): MessageView {
  const { item, language } = input;
  const lines = item.choices.map((choice, index) => {
    const text = `${CHOICE_LETTERS[index]}. ${escapeMarkdown(choice)}　— ${fill(t(studyDiscordText.choiceCount, language), { count: input.counts[index] ?? 0 })}`;
    return index === item.answer ? `${RIGHT_MARK} **${text}**` : text;
  });
  const answer = fill(t(studyText.rightAnswer, language), { letter: CHOICE_LETTERS[item.answer]!, choice: item.choices[item.answer]! });
  const note = input.note ? `\n\n${input.note}` : '';
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: truncateAtSentence(fill(t(studyDiscordText.revealedTitle, language), { number: input.position + 1 }), EMBED_TITLE_MAX),
    description: truncateAtSentence(`${formatPlain(item.question, QUIZ_QUESTION_MAX)}\n\n${lines.join('\n')}\n\n**${escapeMarkdown(answer)}**${note}`, EMBED_DESCRIPTION_MAX),
    fields: [
      { name: t(studyDiscordText.rightPeople, language), value: namesLine(input.rightNames, language) },
      { name: t(studyText.sourceLabel, language), value: truncateAtSentence(sourceText(item, input.document, language), EMBED_FIELD_VALUE_MAX) },
    ],
  };
  const buttons = row(
    button(fullTextId(language, item.source.passage), t(discordText.buttonFullText, language), ButtonStyle.Secondary),
    button(quizKeepId(input.quizId, input.position), t(studyDiscordText.buttonKeep, language), ButtonStyle.Secondary),
  );
  return { embeds: [embed], components: [buttons] };
}

export interface ScoreboardInput {
  status: 'finished' | 'stopped' | 'interrupted';
  scores: ScoreLine[];
  questionCount: number;
  language: Language;
  /** /review as the reader's client names it. */
  reviewCommand: string;
  note?: string;
}

export function formatScoreboard(input: ScoreboardInput): MessageView {
  const { language } = input;
  const title = { finished: studyDiscordText.scoreboardTitle, stopped: studyDiscordText.scoreboardStopped, interrupted: studyDiscordText.scoreboardInterrupted }[input.status];
  const lines = input.scores.map((score) =>
    fill(t(studyText.scoreLine, language), { rank: score.rank, name: escapeMarkdown(score.displayName), points: score.points, correct: score.correct, count: input.questionCount }),
  );
  const body = [input.note, lines.length > 0 ? lines.join('\n') : t(studyText.noAnswers, language), fill(t(studyDiscordText.reviewHint, language), { review: input.reviewCommand })].filter(Boolean).join('\n\n');
  const footer = fill(t(studyText.scoringRule, language), { base: POINTS_RIGHT, bonus: EARLY_BONUS_MAX });
  return { embeds: [{ color: EMBED_COLOUR, title: t(title, language), description: truncateAtSentence(body, EMBED_DESCRIPTION_MAX), footer: { text: footer } }] };
}
