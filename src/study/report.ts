/**
 * The organiser's report: the questions Shiori could not answer or that got 👎 (most frequent
 * first), the quiz items most often missed (by chapter), accuracy by chapter, and participation
 * week by week. Gathered from the store, then written as Markdown (`npm run report`) or shown on
 * Discord (/report, with a chart of accuracy by chapter).
 */
import { fill, say, withNote } from '../core/i18n.ts';
import type { DocumentMeta, Language } from '../core/types.ts';
import type { ParticipationRow } from '../store/activity.ts';
import type { Store } from '../store/store.ts';
import type { QuizItem } from './items.ts';
import { accuracyByChapter, type ChapterAccuracy } from './stats.ts';
import { reportText } from './text.ts';

/** Lines per list in a report. */
export const REPORT_LIST_MAX = 10;

export interface ReportQuestion {
  question: string;
  unanswered: number;
  downvoted: number;
}

export interface MissedItem {
  question: string;
  answer: string;
  wrong: number;
  answered: number;
}

export interface StudyReport {
  generatedAt: string;
  guildId?: string;
  questions: ReportQuestion[];
  missed: Array<{ label: string; items: MissedItem[] }>;
  accuracy: ChapterAccuracy[];
  participation: ParticipationRow[];
}

export interface ReportInput {
  store: Store;
  documents: readonly DocumentMeta[];
  /** Chapters of a document in reading order, to list chapters as the document does. */
  chapterOrder: (doc: string) => readonly string[];
  guildId?: string;
  now?: Date;
}

export function gatherReport({ store, documents, chapterOrder, guildId, now = new Date() }: ReportInput): StudyReport {
  const questions = new Map<string, ReportQuestion>();
  const key = (question: string) => question.trim().toLowerCase();
  for (const row of store.activity.unanswered(guildId, REPORT_LIST_MAX * 2)) {
    questions.set(key(row.question), { question: row.question, unanswered: row.count, downvoted: 0 });
  }
  for (const row of store.activity.downvoted(guildId, REPORT_LIST_MAX * 2)) {
    const entry = questions.get(key(row.question)) ?? { question: row.question, unanswered: 0, downvoted: 0 };
    entry.downvoted = row.count;
    questions.set(key(row.question), entry);
  }
  const title = (doc: string) => documents.find((document) => document.id === doc)?.title ?? doc;
  const missed = new Map<string, MissedItem[]>();
  for (const row of store.activity.missedItems(guildId, REPORT_LIST_MAX * 3)) {
    const item = JSON.parse(row.item) as QuizItem;
    const label = row.chapter ?? title(row.doc);
    const list = missed.get(label) ?? [];
    if (list.length < REPORT_LIST_MAX) list.push({ question: item.question, answer: item.choices[item.answer] ?? '', wrong: row.wrong, answered: row.answered });
    missed.set(label, list);
  }
  const accuracy = accuracyByChapter(
    store.activity.chapterAccuracy(guildId).flatMap((row) => Array.from({ length: row.answered }, (_, index) => ({ doc: row.doc, chapter: row.chapter, correct: index < row.correct, at: 0 }))),
    documents,
    chapterOrder,
  );
  return {
    generatedAt: now.toISOString(),
    ...(guildId ? { guildId } : {}),
    questions: [...questions.values()].sort((a, b) => b.unanswered + b.downvoted - (a.unanswered + a.downvoted)).slice(0, REPORT_LIST_MAX),
    missed: [...missed.entries()].map(([label, items]) => ({ label, items })),
    accuracy,
    participation: store.activity.participation(guildId),
  };
}

/** One line of text for a list item: line breaks folded, Markdown table pipes escaped. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function reportMarkdown(report: StudyReport, language: Language): string {
  const none = say(reportText.none, language);
  const lines = [`# ${say(reportText.title, language)}`, '', say(reportText.generated, language, { at: report.generatedAt.slice(0, 16).replace('T', ' '), scope: say(report.guildId ? reportText.scopeGuild : reportText.scopeAll, language) }), ''];
  lines.push(`## ${say(reportText.questionsHeading, language)}`, '');
  if (report.questions.length === 0) lines.push(none);
  report.questions.forEach((question, index) => lines.push(`${index + 1}. ${say(reportText.questionLine, language, { question: oneLine(question.question), unanswered: question.unanswered, downvoted: question.downvoted })}`));
  lines.push('', `## ${say(reportText.missedHeading, language)}`, '');
  if (report.missed.length === 0) lines.push(none);
  for (const group of report.missed) {
    lines.push(`### ${oneLine(group.label)}`, '');
    for (const item of group.items) lines.push(`- ${say(reportText.missedLine, language, { question: oneLine(item.question), answer: oneLine(item.answer), wrong: item.wrong, answered: item.answered })}`);
    lines.push('');
  }
  if (report.missed.length > 0) lines.pop();
  lines.push('', `## ${say(reportText.accuracyHeading, language)}`, '');
  if (report.accuracy.length === 0) lines.push(none);
  for (const row of report.accuracy) lines.push(`- ${oneLine(row.label)}: ${row.percent}% (${row.correct}/${row.answered})`);
  lines.push('', `## ${say(reportText.participationHeading, language)}`, '');
  if (report.participation.length === 0) lines.push(none);
  else {
    const header = say(reportText.participationHeader, language).split('|');
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
    for (const row of report.participation) lines.push(`| ${row.week} | ${row.quizzes} | ${row.answers} | ${row.people} | ${row.questions} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The chart's title, bars and footer: accuracy by chapter. */
export function accuracyChartInput(report: StudyReport, language: Language) {
  return {
    title: say(reportText.chartTitle, language),
    unit: say(reportText.chartUnit, language),
    footer: fill(reportText.chartFooter[language], { at: report.generatedAt.slice(0, 10) }),
    bars: report.accuracy.map((row) => ({ label: row.label, value: row.percent, text: withNote(`${row.percent}%`, `${row.correct}/${row.answered}`, language) })),
  };
}
