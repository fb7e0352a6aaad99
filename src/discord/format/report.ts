/** /report, pure: the organiser's report as an embed, with the accuracy chart attached when there is one. */
import type { APIEmbed } from 'discord.js';
import { say, withNote } from '../../core/i18n.ts';
import type { Language } from '../../core/types.ts';
import type { StudyReport } from '../../study/report.ts';
import { reportText, studyText } from '../../study/text.ts';
import { EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX, REPORT_LABEL_MAX, REPORT_LINE_MAX } from '../limits.ts';
import { formatPlain, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageFile, type MessageView } from './view.ts';

export const REPORT_CHART_NAME = 'accuracy-by-chapter.png';
/** Weeks of participation listed in the embed (the Markdown report has them all). */
const REPORT_WEEKS_SHOWN = 8;

const list = (lines: string[], language: Language) => truncateAtSentence(lines.join('\n') || say(reportText.none, language), EMBED_FIELD_VALUE_MAX);

export function formatReport(report: StudyReport, language: Language, chart?: MessageFile): MessageView {
  const questions = report.questions.map((question, index) => `${index + 1}. ${formatPlain(say(reportText.questionLine, language, { question: question.question.replace(/\s+/g, ' '), unanswered: question.unanswered, downvoted: question.downvoted }), REPORT_LINE_MAX)}`);
  const missed = report.missed.flatMap((group) => [
    `**${formatPlain(group.label, REPORT_LABEL_MAX)}**`,
    ...group.items.map((item) => `• ${formatPlain(say(reportText.missedLine, language, { question: item.question.replace(/\s+/g, ' '), answer: item.answer, wrong: item.wrong, answered: item.answered }), REPORT_LINE_MAX)}`),
  ]);
  const labelled = (label: string, value: string) => say(studyText.labelled, language, { label, value });
  const accuracy = report.accuracy.map((row) => labelled(formatPlain(row.label, REPORT_LABEL_MAX), withNote(`${row.percent}%`, `${row.correct}/${row.answered}`, language)));
  const participation = report.participation.slice(-REPORT_WEEKS_SHOWN).map((row) => labelled(row.week, [row.quizzes, row.answers, row.people, row.questions].join(' / ')));
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: say(reportText.title, language),
    description: say(reportText.generated, language, { at: report.generatedAt.slice(0, 16).replace('T', ' '), scope: say(reportText.scopeGuild, language) }),
    fields: [
      { name: formatPlain(say(reportText.questionsHeading, language), EMBED_FIELD_NAME_MAX), value: list(questions, language) },
      { name: formatPlain(say(reportText.missedHeading, language), EMBED_FIELD_NAME_MAX), value: list(missed, language) },
      { name: formatPlain(say(reportText.accuracyHeading, language), EMBED_FIELD_NAME_MAX), value: list(accuracy, language) },
      { name: formatPlain(withNote(say(reportText.participationHeading, language), say(reportText.participationHeader, language).split('|').slice(1).join(' / '), language), EMBED_FIELD_NAME_MAX), value: list(participation, language) },
    ],
    ...(chart ? { image: { url: `attachment://${chart.name}` } } : {}),
  };
  return { embeds: [embed], ...(chart ? { files: [chart] } : {}) };
}
